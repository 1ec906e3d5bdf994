import { type KindRules, NO_FIELD_RULES } from './types.ts';

export const globalInitScript: KindRules = {
  kind: 'global-init-script',
  plural: 'global-init-scripts',
  description: 'A global init script; its body comes from `source:` (or `spec.script`, base64).',
  wave: 1,
  identity: { field: 'name', unique: false },
  api: { idField: 'script_id', listKey: 'scripts' },
  nameField: 'name',
  permissionLevels: [],
  spec: { module: 'compute', name: 'GlobalInitScriptCreateRequest', omit: [] },
  readOnlyFields: ['script_id', 'created_at', 'created_by', 'updated_at', 'updated_by'],
  fieldRules: { ...NO_FIELD_RULES, serverDefaults: { enabled: false, position: 0 } },
  hasSource: true,
};
