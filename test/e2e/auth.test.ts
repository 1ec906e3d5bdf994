import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from '../../src/adapters/databricks/auth.ts';
import { Transport } from '../../src/adapters/databricks/transport.ts';
import { runPlan } from '../../src/app/live.ts';
import { m2mSecret } from '../../src/emulator/api/oidc.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { connectProject, FAST_RETRY, startEmulator } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

let emulator: Emulator;
let hosts: Record<string, string>;

beforeAll(async () => {
  // The secondary's federation policy accepts the account id as audience, as well as its token endpoint.
  ({ emulator, hosts } = await startEmulator({ federationAudiences: ['acct-123'] }));
});
afterAll(() => emulator.stop());

/** A GitHub-shaped ID token (unsigned: the emulator checks shape, issuer and audience). */
function fakeIdToken(audience: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ iss: 'https://token.actions.githubusercontent.com', aud: audience, sub: 'repo:acme/live-config:ref:refs/tags/v1.0.0' })}.sig`;
}

describe('authentication per region', () => {
  it('OAuth M2M through the SDK, against the workspace token endpoint', async () => {
    const host = hosts.primary ?? '';
    const secrets: string[] = [];
    const auth = authenticator(
      host,
      { type: 'oauth-m2m', client_id: 'sp-123', client_secret_env: 'SP_SECRET' },
      { env: { SP_SECRET: m2mSecret(emulator.workspace('primary')) }, onSecret: (s) => secrets.push(s) },
    );
    const t = new Transport(host, auth, FAST_RETRY);
    const me = await t.request<{ userName: string }>('GET', '/api/2.0/preview/scim/v2/Me', {
      idempotent: true,
    });
    expect(me.userName).toBe('sp-123');
    expect(secrets).toContain(m2mSecret(emulator.workspace('primary')));
  });

  it('GitHub OIDC federation: the ID token is exchanged for a workspace token, and every token is handed over for masking', async () => {
    const host = hosts.secondary ?? '';
    const masked: string[] = [];
    const audiences: string[] = [];
    const auth = authenticator(
      host,
      { type: 'github-oidc', client_id: 'sp-federated', audience: 'acct-123' },
      {
        env: {},
        idToken: async (aud) => {
          audiences.push(aud);
          return fakeIdToken(aud);
        },
        onSecret: (s) => masked.push(s),
      },
    );
    const t = new Transport(host, auth, FAST_RETRY);
    const me = await t.request<{ userName: string }>('GET', '/api/2.0/preview/scim/v2/Me', {
      idempotent: true,
    });
    expect(me.userName).toBe('sp-federated');
    await t.request('GET', '/api/2.0/preview/scim/v2/Me', { idempotent: true });
    expect(audiences).toEqual(['acct-123']); // exchanged once, then reused
    expect(masked).toHaveLength(2); // the ID token and the access token
    const log = JSON.stringify(emulator.requests);
    for (const secret of masked) expect(log).not.toContain(secret);
  });

  it('a whole plan runs with federation configured in codeploy.yml', async () => {
    const files = exampleFiles();
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace(
      'auth: { type: token, env: DATABRICKS_TOKEN_SECONDARY }',
      'auth: { type: github-oidc, client_id: sp-federated, audience: acct-123 }',
    );
    const ctx = connectProject(
      files,
      hosts,
      { DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token },
      { idToken: async (aud) => fakeIdToken(aud) },
    );
    const report = await runPlan(ctx);
    expect(report.message).toBeUndefined();
    expect(report.plans.map((p) => p.summary.create)).toEqual([27, 27]);
  });

  it('refuses clearly when federation has no ID token source', async () => {
    const files = exampleFiles();
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace(
      'auth: { type: token, env: DATABRICKS_TOKEN_SECONDARY }',
      'auth: { type: github-oidc, client_id: sp-federated }',
    );
    const report = await runPlan(
      connectProject(files, hosts, { DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token }),
    );
    expect(report.reason).toBe('preflight');
    expect(report.message).toContain('secondary: github-oidc needs a GitHub OIDC token');
  });

  it('never sends a credential over plain http, except to localhost', async () => {
    const report = await runPlan(
      connectProject(
        exampleFiles(),
        { ...hosts, secondary: 'http://dbc-e5f6a7b8-usw2.cloud.databricks.com' },
        { DATABRICKS_TOKEN_PRIMARY: 'dapi-primary', DATABRICKS_TOKEN_SECONDARY: 'dapi-secondary' },
      ),
    );
    expect(report.reason).toBe('preflight');
    expect(report.message).toContain(
      'secondary: refusing to send credentials to http://dbc-e5f6a7b8-usw2.cloud.databricks.com: a workspace host must be https://',
    );
    expect(report.message).not.toContain('dapi-secondary');
  });

  it('asks for an ID token for the workspace token endpoint when no audience is set, as the Go SDK does', async () => {
    const host = hosts.secondary ?? '';
    const audiences: string[] = [];
    const auth = authenticator(
      host,
      { type: 'github-oidc', client_id: 'sp-federated' },
      {
        env: {},
        idToken: async (aud) => {
          audiences.push(aud);
          return fakeIdToken(aud);
        },
      },
    );
    const me = await new Transport(host, auth, FAST_RETRY).request<{ userName: string }>(
      'GET',
      '/api/2.0/preview/scim/v2/Me',
      { idempotent: true },
    );
    expect(me.userName).toBe('sp-federated');
    expect(audiences).toEqual([`${host}/oidc/v1/token`]);
  });

  it('an exchange the workspace refuses names the cause the server gave', async () => {
    const files = exampleFiles();
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace(
      'auth: { type: token, env: DATABRICKS_TOKEN_SECONDARY }',
      'auth: { type: github-oidc, client_id: sp-federated, audience: acct-999 }',
    );
    const report = await runPlan(
      connectProject(
        files,
        hosts,
        { DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token },
        { idToken: async (aud) => fakeIdToken(aud) },
      ),
    );
    expect(report.reason).toBe('preflight');
    expect(report.message).toMatch(
      /secondary: the token exchange at .* was refused \(401: invalid_client: Token audience acct-999 is not accepted by any federation policy of sp-federated\)/,
    );
  });

  it('a wrong OAuth client secret names the cause, never the secret', async () => {
    const files = exampleFiles();
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace(
      'auth: { type: token, env: DATABRICKS_TOKEN_SECONDARY }',
      'auth: { type: oauth-m2m, client_id: sp-123, client_secret_env: SP_SECRET }',
    );
    const report = await runPlan(
      connectProject(files, hosts, {
        DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token,
        SP_SECRET: 'not-the-secret-0451',
      }),
    );
    expect(report.reason).toBe('preflight');
    expect(report.message).toMatch(/secondary: cannot authenticate to .* \(oauth-m2m\): .*invalid_client/);
    expect(report.message).not.toContain('not-the-secret-0451');
  });
});
