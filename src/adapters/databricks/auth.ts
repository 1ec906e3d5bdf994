import type { Config } from '@databricks/sdk-experimental/dist/config/Config.js';
import type { AuthConfig } from '../../core/model/config.ts';
import type { Authenticate } from './transport.ts';

/** Where a GitHub OIDC token comes from: `core.getIDToken` in the action, the runner's env in the CLI. */
export type IdTokenSource = (audience: string) => Promise<string>;

export interface AuthContext {
  env: Record<string, string | undefined>;
  idToken?: IdTokenSource;
  /** Called with every credential obtained, so the caller can mask it in logs. */
  onSecret?: (value: string) => void;
}

export class AuthError extends Error {
  override name = 'AuthError';
}

/**
 * Credentials for one region. A token is sent as the SDK's PatCredentials sends it (a Bearer
 * header); OAuth M2M and GitHub OIDC go through the SDK's Config, loaded only when a region uses
 * them (it is a third of the bundle, and the action starts faster without it). The SDK is told not
 * to read ~/.databrickscfg or DATABRICKS_* variables (`loaders: []`): each region's credentials
 * come only from what codeploy.yml names.
 */
export function authenticator(host: string, auth: AuthConfig, ctx: AuthContext): Authenticate {
  const base = { host, loaders: [], env: {} };
  const secrets: string[] = [];
  const keep = (value: string) => {
    secrets.push(value);
    ctx.onSecret?.(value);
  };
  let config: () => Promise<Config>;
  switch (auth.type) {
    case 'token': {
      const token = ctx.env[auth.env];
      if (!token) throw new AuthError(`environment variable ${auth.env} is not set (the region's token)`);
      keep(token);
      // source: @databricks/sdk-experimental dist/config/PatCredentials.js
      const headers = Object.freeze({ authorization: `Bearer ${token}` });
      return async () => headers;
    }
    case 'oauth-m2m': {
      const secret = ctx.env[auth.client_secret_env];
      if (!secret)
        throw new AuthError(
          `environment variable ${auth.client_secret_env} is not set (the OAuth client secret)`,
        );
      keep(secret);
      config = once(
        async () =>
          new (await sdkConfig())({
            ...base,
            clientId: auth.client_id,
            clientSecret: secret,
            authType: 'oauth-m2m',
          }),
      );
      break;
    }
    case 'github-oidc':
      config = once(
        async () =>
          new (await sdkConfig())({
            ...base,
            credentials: federationProvider(host, auth.client_id, auth.audience, ctx) as never,
          }),
      );
      break;
  }
  return async () => {
    try {
      // The SDK's Config writes into a Headers (and refreshes its token when it must).
      const headers = new Headers();
      await (await config()).authenticate(headers);
      return Object.fromEntries(headers);
    } catch (err) {
      if (err instanceof AuthError) throw err;
      // The SDK's message may quote the request: keep its first line, with every credential masked.
      throw new AuthError(`cannot authenticate to ${host} (${auth.type}): ${firstLine(err, secrets)}`);
    }
  };
}

async function sdkConfig(): Promise<typeof Config> {
  const sdk = await import('@databricks/sdk-experimental/dist/config/Config.js');
  // A CommonJS module: Node gives its exports by name, the bundle only as `default`.
  return sdk.Config ?? (sdk as unknown as { default: typeof sdk }).default.Config;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

function firstLine(err: unknown, secrets: readonly string[]): string {
  let text = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  for (const s of secrets) if (s) text = text.split(s).join('***');
  return (text || (err instanceof Error ? err.name : 'error')).slice(0, 300);
}

/**
 * GitHub OIDC → Databricks workload identity federation: exchange the job's ID token at the
 * workspace's token endpoint (RFC 8693), and reuse the access token until shortly before it expires.
 */
function federationProvider(host: string, clientId: string, audience: string | undefined, ctx: AuthContext) {
  let cached: { token: string; until: number } | undefined;
  return {
    name: 'github-oidc',
    async configure() {
      return async (headers: Headers) => {
        if (!cached || Date.now() > cached.until) cached = await exchange(host, clientId, audience, ctx);
        headers.set('Authorization', `Bearer ${cached.token}`);
      };
    },
  };
}

async function exchange(host: string, clientId: string, audience: string | undefined, ctx: AuthContext) {
  if (!ctx.idToken)
    throw new AuthError(
      'github-oidc needs a GitHub OIDC token: run in GitHub Actions with `permissions: id-token: write`',
    );
  // A workspace's token endpoint is the audience federation policies expect unless told otherwise
  // (databricks-sdk-go config/auth_databricks_wif.go: "the auth endpoint is the default audience").
  const jwt = await ctx.idToken(audience ?? tokenEndpoint(host));
  ctx.onSecret?.(jwt);
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    subject_token: jwt,
    client_id: clientId,
    scope: 'all-apis',
  });
  const r = await fetch(tokenEndpoint(host), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  if (!r.ok)
    throw new AuthError(
      `the token exchange at ${host} was refused (${r.status}${await serverReason(r)}); check the service principal's federation policy (issuer, subject, audience ${audience ?? tokenEndpoint(host)}) and client_id ${clientId}`,
    );
  const json = (await r.json()) as { access_token?: string; expires_in?: number };
  if (!json.access_token) throw new AuthError(`the token exchange at ${host} returned no access token`);
  ctx.onSecret?.(json.access_token);
  return {
    token: json.access_token,
    until: Date.now() + Math.max(60, (json.expires_in ?? 3600) - 60) * 1000,
  };
}

export function tokenEndpoint(host: string): string {
  return `${host.replace(/\/$/, '')}/oidc/v1/token`;
}

/** The server's own words for a refusal (`error_code`/`error` and its message), never the request. */
async function serverReason(r: Response): Promise<string> {
  try {
    const json = (await r.json()) as Record<string, unknown>;
    const code = json.error_code ?? json.error;
    const message = json.message ?? json.error_description;
    const text = [code, message].filter((x) => typeof x === 'string').join(': ');
    return text ? `: ${text.slice(0, 300)}` : '';
  } catch {
    return '';
  }
}

/** The CLI's ID-token source: the runner's request URL and token, as `core.getIDToken` uses them. */
export function runnerIdTokenSource(env: Record<string, string | undefined>): IdTokenSource | undefined {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) return undefined;
  return async (audience) => {
    const r = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!r.ok) throw new AuthError(`the GitHub OIDC token request failed (${r.status})`);
    const json = (await r.json()) as { value?: string };
    if (!json.value) throw new AuthError('the GitHub OIDC token response had no value');
    return json.value;
  };
}
