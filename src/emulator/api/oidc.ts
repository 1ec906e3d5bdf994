import { randomBytes } from 'node:crypto';
import { ApiFailure } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

/** The client secret the emulator accepts for OAuth M2M (any client id). */
export function m2mSecret(ws: WorkspaceState): string {
  return `emulator-m2m-secret-${ws.name}`;
}

function issue(ws: WorkspaceState, principal: string) {
  const token = `emu-oauth-${randomBytes(12).toString('hex')}`;
  ws.issuedTokens.set(token, principal);
  ws.directory.servicePrincipals.add(principal);
  return { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: 'all-apis' };
}

function decodeJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The workspace's OAuth endpoints: client credentials (M2M) and the token exchange that GitHub OIDC
 * federation uses. The emulator checks the JWT's shape, issuer and audience (against the federation
 * policy's audiences), not its signature.
 */
export const oidcRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/oidc/.well-known/oauth-authorization-server',
    handler: ({ ws }) => ({
      issuer: `${ws.host}/oidc`,
      authorization_endpoint: `${ws.host}/oidc/v1/authorize`,
      token_endpoint: `${ws.host}/oidc/v1/token`,
      grant_types_supported: ['client_credentials', 'urn:ietf:params:oauth:grant-type:token-exchange'],
    }),
  },
  {
    method: 'POST',
    pattern: '/oidc/v1/token',
    handler: ({ ws, body }) => {
      const grant = String(body.grant_type ?? '');
      if (grant === 'client_credentials') {
        if (body.client_secret !== m2mSecret(ws))
          throw new ApiFailure(401, 'invalid_client', 'Client authentication failed');
        return issue(ws, String(body.client_id ?? 'service-principal'));
      }
      if (grant === 'urn:ietf:params:oauth:grant-type:token-exchange') {
        const claims = decodeJwt(String(body.subject_token ?? ''));
        if (!claims || typeof claims.iss !== 'string' || claims.aud === undefined || !body.client_id) {
          throw new ApiFailure(
            400,
            'invalid_request',
            'subject_token must be a JWT with iss and aud, and client_id is required',
          );
        }
        // The federation policy names the audiences it accepts; a workspace's token endpoint is the
        // default one clients ask for (databricks-sdk-go config/auth_databricks_wif.go determineAudience).
        const accepted = [`${ws.host}/oidc/v1/token`, ...ws.federationAudiences];
        const audiences = [claims.aud].flat().map(String);
        if (!audiences.some((a) => accepted.includes(a)))
          throw new ApiFailure(
            401,
            'invalid_client',
            `Token audience ${audiences.join(', ')} is not accepted by any federation policy of ${String(body.client_id)}`,
          );
        return issue(ws, String(body.client_id));
      }
      throw new ApiFailure(400, 'unsupported_grant_type', `Unsupported grant_type ${grant}`);
    },
  },
];
