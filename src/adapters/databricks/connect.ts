import type { ErrorClassifier } from '../../core/live/execute.ts';
import type { Config } from '../../core/model/config.ts';
import { type AuthContext, authenticator } from './auth.ts';
import { AmbiguousWriteError, DatabricksError } from './errors.ts';
import { DEFAULT_RETRY, type RetryPolicy, Transport } from './transport.ts';
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
      lazy(() => authenticator(host, region.auth, options)),
      options.retry ?? DEFAULT_RETRY,
    );
    out.set(region.name, new DatabricksWorkspace(region.name, transport, config.project));
  }
  return out;
}

/** Builds the authenticator on first use, so a region's missing credentials fail its preflight only. */
function lazy(make: () => (h: Headers) => Promise<void>): (h: Headers) => Promise<void> {
  let auth: ((h: Headers) => Promise<void>) | undefined;
  return (headers) => {
    auth ??= make();
    return auth(headers);
  };
}

export const DATABRICKS_ERRORS: ErrorClassifier = {
  isAmbiguous: (err) => err instanceof AmbiguousWriteError,
  isAlreadyExists: (err) => err instanceof DatabricksError && err.isAlreadyExists,
};
