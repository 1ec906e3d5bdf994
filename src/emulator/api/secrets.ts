import type { JsonObject } from '../../core/model/json.ts';
import { exists, invalid, notFound } from '../errors.ts';
import type { SecretScope, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

function scope(ws: WorkspaceState, name: unknown): SecretScope {
  const s = ws.scopes.get(String(name));
  if (!s) throw notFound(`Scope ${String(name)} does not exist!`);
  return s;
}

export const secretRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/scopes/create',
    handler: ({ ws, body, user }) => {
      const name = String(body.scope ?? '');
      if (!/^[A-Za-z0-9_.@-]{1,128}$/.test(name)) throw invalid(`Invalid scope name ${name}`);
      if (ws.scopes.has(name)) throw exists(`Scope ${name} already exists!`);
      const keyvault = body.backend_azure_keyvault as JsonObject | undefined;
      ws.scopes.set(name, {
        name,
        backend_type: String(body.scope_backend_type ?? (keyvault ? 'AZURE_KEYVAULT' : 'DATABRICKS')),
        ...(keyvault ? { keyvault_metadata: keyvault } : {}),
        secrets: new Map(),
        acls: new Map([[String(body.initial_manage_principal ?? user), 'MANAGE']]),
      });
      return {};
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/secrets/scopes/list',
    handler: ({ ws }) => ({
      scopes: [...ws.scopes.values()].map((s) => ({
        name: s.name,
        backend_type: s.backend_type,
        ...(s.keyvault_metadata ? { keyvault_metadata: s.keyvault_metadata } : {}),
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/scopes/delete',
    handler: ({ ws, body }) => {
      scope(ws, body.scope);
      ws.scopes.delete(String(body.scope));
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/put',
    handler: ({ ws, body }) => {
      const s = scope(ws, body.scope);
      s.secrets.set(String(body.key), {
        value: String(body.string_value ?? body.bytes_value ?? ''),
        last_updated_timestamp: ws.now(),
      });
      return {};
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/secrets/list',
    // Values are never returned: only keys and when they last changed.
    handler: ({ ws, query }) => ({
      secrets: [...scope(ws, query.get('scope')).secrets.entries()].map(([key, v]) => ({
        key,
        last_updated_timestamp: v.last_updated_timestamp,
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/delete',
    handler: ({ ws, body }) => {
      const s = scope(ws, body.scope);
      if (!s.secrets.delete(String(body.key))) throw notFound(`Secret ${String(body.key)} does not exist`);
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/acls/put',
    handler: ({ ws, body }) => {
      const permission = String(body.permission);
      if (!['READ', 'WRITE', 'MANAGE'].includes(permission))
        throw invalid(`Invalid permission ${permission}`);
      const principal = String(body.principal);
      const target = scope(ws, body.scope);
      // Source: the SDK's SecretsAPI.putAcl docs ("INVALID_PARAMETER_VALUE if the permission or
      // principal is invalid"); a principal is a user or group name, or an application id.
      const known = ['user_name', 'group_name', 'service_principal_name'].some((k) =>
        ws.knows({ [k]: principal }),
      );
      if (!known) throw invalid(`Principal ${principal} does not exist`);
      target.acls.set(principal, permission);
      return {};
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/secrets/acls/list',
    handler: ({ ws, query }) => ({
      items: [...scope(ws, query.get('scope')).acls.entries()].map(([principal, permission]) => ({
        principal,
        permission,
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/secrets/acls/delete',
    handler: ({ ws, body }) => {
      if (!scope(ws, body.scope).acls.delete(String(body.principal)))
        throw notFound(`ACL for ${String(body.principal)} does not exist`);
      return {};
    },
  },
];
