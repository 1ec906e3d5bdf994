import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { stripWorkspacePrefix, WORKSPACE_OBJECT_LEVELS, WORKSPACE_PATH } from './workspace-objects.ts';

export const directory: KindRules = {
  kind: 'directory',
  plural: 'directories',
  description: 'A workspace folder, mostly to carry permissions for everything below it.',
  wave: 0,
  identity: { field: 'path', unique: true },
  api: { permissionType: 'directories' },
  permissionLevels: WORKSPACE_OBJECT_LEVELS,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: { path: WORKSPACE_PATH },
    },
  },
  readOnlyFields: ['object_id', 'object_type', 'created_at', 'modified_at', 'resource_id'],
  normalize: stripWorkspacePrefix,
  fieldRules: NO_FIELD_RULES,
};
