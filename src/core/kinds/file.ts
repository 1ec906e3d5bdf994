import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { stripWorkspacePrefix, WORKSPACE_OBJECT_LEVELS, WORKSPACE_PATH } from './workspace-objects.ts';

export const file: KindRules = {
  kind: 'file',
  plural: 'files',
  description: 'A workspace file (a script, a wheel, a config) copied from the repo (`source:`).',
  wave: 2,
  identity: { field: 'path', unique: true },
  api: { permissionType: 'files' },
  permissionLevels: WORKSPACE_OBJECT_LEVELS,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: { path: WORKSPACE_PATH },
    },
  },
  readOnlyFields: ['object_id', 'object_type', 'created_at', 'modified_at', 'resource_id', 'size'],
  normalize: stripWorkspacePrefix,
  fieldRules: NO_FIELD_RULES,
  hasSource: true,
};
