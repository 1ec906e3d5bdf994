import type { KindRules } from './types.ts';

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
  fieldRules: {
    serverDefaults: { backend_type: 'DATABRICKS' },
    ignored: ['initial_manage_principal'],
    recreateOn: ['backend_type', 'backend_azure_keyvault'],
    keyedArrays: { secrets: 'key' },
    sensitive: [],
  },
};
