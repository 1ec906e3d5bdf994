import type { ErrorClassifier } from '../../core/live/execute.ts';
import type { Config } from '../../core/model/config.ts';
import { type AuthContext, authenticator } from './auth.ts';
import { AmbiguousWriteError, DatabricksError, UnreachableError } from './errors.ts';
import { type Authenticate, DEFAULT_RETRY, type RetryPolicy, Transport } from './transport.ts';
import { DatabricksWorkspace } from './workspace.ts';

export interface ConnectOptions extends AuthContext {
  /** Region → host, replacing codeploy.yml's (`--host primary=http://127.0.0.1:8001`). */
  hosts?: Record<string, string>;
  retry?: RetryPolicy;
}

/** One workspace client per region of the config. Credentials are looked up here, not later. */
export function connect(config: Config, options: ConnectOptions): Map<string, DatabricksWorkspace> {
  const out = new Map<string, DatabricksWorkspace>();
  for (const region of config.regions) {
    const host = options.hosts?.[region.name] ?? region.host;
    const transport = new Transport(
      host,
      lazy(() => authenticator(checkedHost(host), region.auth, options)),
      options.retry ?? DEFAULT_RETRY,
    );
    out.set(region.name, new DatabricksWorkspace(region.name, transport, config.project, config.stateFolder));
  }
  return out;
}

/**
 * Credentials travel over TLS only: a plain `http://` host is allowed on the loopback interface (the
 * emulator, a local proxy) and nowhere else.
 */
function checkedHost(host: string): string {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new Error(`host "${host}" is not a URL (expected https://<workspace>)`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error(
      `refusing to send credentials to ${url.origin}: a workspace host must be https:// (plain http is allowed on localhost only)`,
    );
  return host;
}

/** Builds the authenticator on first use, so a region's missing credentials fail its preflight only. */
function lazy(make: () => Authenticate): Authenticate {
  let auth: Authenticate | undefined;
  return () => {
    auth ??= make();
    return auth();
  };
}

export const DATABRICKS_ERRORS: ErrorClassifier = {
  isAmbiguous: (err) => err instanceof AmbiguousWriteError,
  isAlreadyExists: (err) => err instanceof DatabricksError && err.isAlreadyExists,
  // Retried already by the transport, and still failing: yet a later run may well get through.
  isTransient: (err) =>
    err instanceof AmbiguousWriteError ||
    err instanceof UnreachableError ||
    (err instanceof DatabricksError && (err.status >= 500 || err.status === 429)) ||
    (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')),
};
