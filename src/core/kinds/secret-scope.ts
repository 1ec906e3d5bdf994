import { createHash } from 'node:crypto';
import { isObject, type JsonObject, sortKeys } from '../model/json.ts';
import type { KindRules, LiveHooks } from './types.ts';

/**
 * A secret scope with its ACLs and, optionally, secrets whose values come from environment variables
 * at apply time. Values are never written in the repo, never read back from the workspace (the API
 * cannot), and never shown in a plan.
 */
export const secretScope: KindRules = {
  kind: 'secret-scope',
  plural: 'secret-scopes',
  description: 'A secret scope, its ACLs (`permissions` of principal and READ/WRITE/MANAGE) and its secrets.',
  wave: 0,
  identity: { field: 'scope', unique: true },
  api: { idField: 'name', listKey: 'scopes' },
  nameField: 'scope',
  permissionLevels: ['READ', 'WRITE', 'MANAGE'],
  deployerKeepsManage: true,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        scope: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.@-]{1,128}$',
          description: 'Defaults to the object name.',
        },
        backend_type: { enum: ['DATABRICKS', 'AZURE_KEYVAULT'] },
        backend_azure_keyvault: {
          type: 'object',
          additionalProperties: false,
          required: ['resource_id', 'dns_name'],
          properties: { resource_id: { type: 'string' }, dns_name: { type: 'string' } },
        },
        initial_manage_principal: { type: 'string' },
        secrets: {
          type: 'array',
          description: 'Secrets to put, each value read from an environment variable at apply time.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'from_env'],
            properties: {
              key: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,128}$' },
              from_env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            },
          },
        },
      },
    },
  },
  readOnlyFields: ['is_databricks_managed'],
  recreateDestroys: 'deleting a scope deletes every secret in it, also those codeploy does not manage',
  unwrapExport(raw) {
    // A scope as listed: `name` and `keyvault_metadata` become the create request's fields.
    if (typeof raw.name !== 'string' || 'scope' in raw) return undefined;
    const { name, keyvault_metadata, ...rest } = raw;
    return {
      scope: name,
      ...rest,
      ...(keyvault_metadata ? { backend_azure_keyvault: keyvault_metadata } : {}),
    };
  },
  live: {
    resolve: resolveSecrets,
    observed: secretsAsDigests,
    unresolved: keepUnsetSecrets,
  },
  fieldRules: {
    serverDefaults: { backend_type: 'DATABRICKS' },
    ignored: ['initial_manage_principal'],
    recreateOn: ['backend_type', 'backend_azure_keyvault'],
    keyedArrays: { secrets: 'key' },
    sensitive: [],
  },
};

/** A secret's value, one-way: lets a plan see that it changed without the value ever being stored. */
export function secretDigest(salt: string, value: string): string {
  return `sha256:${createHash('sha256').update(`${salt}\0${value}`).digest('hex')}`;
}

/** Stands for the digest of a secret whose environment variable is not set. */
export const MISSING_SECRET = '(environment variable not set)';

function secretsOf(spec: JsonObject | undefined): JsonObject[] {
  return (Array.isArray(spec?.secrets) ? spec.secrets : []).filter(isObject);
}

/** `{key, from_env}` becomes `{key, value_digest}`: the digest is what is compared, the value is put. */
function resolveSecrets(
  spec: JsonObject,
  ctx: Parameters<LiveHooks['resolve']>[1],
): ReturnType<LiveHooks['resolve']> {
  const secretValues: Record<string, string> = {};
  const unsetSecrets: Record<string, string> = {};
  const secrets = secretsOf(spec).map((s) => {
    const value = ctx.secret(String(s.from_env));
    if (value !== undefined) secretValues[String(s.key)] = value;
    else unsetSecrets[String(s.key)] = String(s.from_env);
    return {
      key: String(s.key),
      value_digest: value === undefined ? MISSING_SECRET : secretDigest(ctx.salt, value),
    };
  });
  const { secrets: _s, ...rest } = spec;
  return {
    spec: sortKeys({ ...rest, ...(secrets.length ? { secrets } : {}) }) as JsonObject,
    secretValues,
    ...(Object.keys(unsetSecrets).length ? { unsetSecrets } : {}),
  };
}

/**
 * Observed secrets carry only their keys (values cannot be read back): a secret whose
 * last_updated_timestamp is still the one recorded right after codeploy put it holds the value whose
 * digest was recorded; any other was changed in the workspace.
 */
function secretsAsDigests(
  spec: JsonObject,
  observedMeta: JsonObject | undefined,
  recorded: Parameters<LiveHooks['observed']>[2],
): JsonObject {
  const timestamps = (meta: JsonObject | undefined) =>
    isObject(meta?.secret_timestamps) ? meta.secret_timestamps : {};
  const { secrets: _s, ...rest } = spec;
  const secrets = secretsOf(spec).map((s) => {
    const key = String(s.key);
    const recordedAt = timestamps(recorded?.meta)[key];
    const unchanged = recordedAt !== undefined && recordedAt === timestamps(observedMeta)[key];
    return {
      key,
      value_digest: unchanged
        ? (recorded?.secret_digests?.[key] ?? '(unknown)')
        : '(changed in the workspace)',
    };
  });
  return { ...rest, ...(secrets.length ? { secrets } : {}) };
}

/** A secret whose variable is not set keeps whatever value the workspace has; a new one cannot. */
function keepUnsetSecrets(
  desired: JsonObject,
  before: JsonObject | undefined,
  unset: Record<string, string> | undefined,
): ReturnType<LiveHooks['unresolved']> {
  const current = new Map(secretsOf(before).map((s) => [String(s.key), s.value_digest]));
  const missing: string[] = [];
  const secrets = secretsOf(desired).map((s) => {
    if (s.value_digest !== MISSING_SECRET) return s;
    const kept = current.get(String(s.key));
    if (kept !== undefined) return { ...s, value_digest: kept };
    missing.push(
      `secret "${String(s.key)}" has no value: environment variable ${unset?.[String(s.key)] ?? '(from_env)'} is not set`,
    );
    return s;
  });
  return { spec: secrets.length ? { ...desired, secrets } : desired, missing };
}
