import type { Grant } from '../../../core/model/definition.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { DatabricksError } from '../errors.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi } from './api.ts';

interface ScopeInfo {
  name: string;
  backend_type?: string;
  keyvault_metadata?: JsonObject;
}

/**
 * Secret scopes with their secrets and ACLs. Secret values can never be read back: a scope's
 * observed `secrets` list carries only the keys, and `meta.secret_timestamps` each one's
 * last_updated_timestamp, which the core compares
 * with what it recorded when it last put the value.
 */
export const secretScopesApi: KindApi = {
  kind: 'secret-scope',
  async list(t, hints) {
    const r = await t.request<{ scopes?: ScopeInfo[] }>('GET', '/api/2.0/secrets/scopes/list', {
      idempotent: true,
    });
    const out: ObservedObject[] = [];
    for (const s of r.scopes ?? []) {
      const spec: JsonObject = {
        scope: s.name,
        backend_type: s.backend_type ?? 'DATABRICKS',
        ...(s.keyvault_metadata ? { backend_azure_keyvault: s.keyvault_metadata } : {}),
      };
      const ofInterest = [...(hints.names['secret-scope'] ?? []), ...(hints.stateIds['secret-scope'] ?? [])];
      if (!ofInterest.includes(s.name)) {
        out.push({ kind: 'secret-scope', id: s.name, name: s.name, spec });
        continue;
      }
      const secrets = await t.request<{ secrets?: Array<{ key: string; last_updated_timestamp?: number }> }>(
        'GET',
        '/api/2.0/secrets/list',
        { query: { scope: s.name }, idempotent: true },
      );
      const acls = await t.request<{ items?: Array<{ principal: string; permission: string }> }>(
        'GET',
        '/api/2.0/secrets/acls/list',
        { query: { scope: s.name }, idempotent: true },
      );
      out.push({
        kind: 'secret-scope',
        id: s.name,
        name: s.name,
        spec: { ...spec, secrets: (secrets.secrets ?? []).map((x) => ({ key: x.key })) },
        // Not part of the spec: when each value was last put, to tell a change made by hand.
        meta: {
          secret_timestamps: Object.fromEntries(
            (secrets.secrets ?? []).map((x) => [x.key, x.last_updated_timestamp ?? 0]),
          ),
        },
        permissions: (acls.items ?? []).map((a) => ({ principal: a.principal, permission: a.permission })),
      });
    }
    return out;
  },
  async create(t, obj) {
    const scope = String(obj.spec.scope);
    const keyvault = obj.spec.backend_azure_keyvault;
    try {
      await t.request('POST', '/api/2.0/secrets/scopes/create', {
        body: {
          scope,
          ...(keyvault ? { scope_backend_type: 'AZURE_KEYVAULT', backend_azure_keyvault: keyvault } : {}),
          // Who manages the new scope (the caller when left out). Source: the SDK's CreateScope.
          ...(typeof obj.spec.initial_manage_principal === 'string'
            ? { initial_manage_principal: obj.spec.initial_manage_principal }
            : {}),
        },
        // The scope name is its identity: a repeat answers RESOURCE_ALREADY_EXISTS, which is fine.
        idempotent: true,
      });
    } catch (err) {
      if (!(err instanceof DatabricksError && err.isAlreadyExists)) throw err;
    }
    await putSecrets(t, scope, obj.secretValues ?? {});
    return scope;
  },
  async update(t, id, obj, current) {
    await putSecrets(t, id, obj.secretValues ?? {});
    const wanted = new Set(((obj.spec.secrets as JsonObject[] | undefined) ?? []).map((s) => String(s.key)));
    for (const s of (current.spec.secrets as JsonObject[] | undefined) ?? []) {
      if (!wanted.has(String(s.key))) {
        await ignoreNotFound(() =>
          t.request('POST', '/api/2.0/secrets/delete', {
            body: { scope: id, key: String(s.key) },
            idempotent: true,
          }),
        );
      }
    }
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.0/secrets/scopes/delete', { body: { scope: id }, idempotent: true }),
    );
  },
  async setPermissions(t, id, grants: Grant[]) {
    const current = await t.request<{ items?: Array<{ principal: string; permission: string }> }>(
      'GET',
      '/api/2.0/secrets/acls/list',
      { query: { scope: id }, idempotent: true },
    );
    const wanted = new Map(grants.map((g) => [String(g.principal), String(g.permission)]));
    for (const [principal, permission] of wanted) {
      if (current.items?.some((a) => a.principal === principal && a.permission === permission)) continue;
      await t.request('POST', '/api/2.0/secrets/acls/put', {
        body: { scope: id, principal, permission },
        idempotent: true,
      });
    }
    for (const a of current.items ?? []) {
      if (!wanted.has(a.principal)) {
        await ignoreNotFound(() =>
          t.request('POST', '/api/2.0/secrets/acls/delete', {
            body: { scope: id, principal: a.principal },
            idempotent: true,
          }),
        );
      }
    }
  },
};

async function putSecrets(t: Transport, scope: string, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await t.request('POST', '/api/2.0/secrets/put', {
      body: { scope, key, string_value: value },
      idempotent: true,
    });
  }
}
