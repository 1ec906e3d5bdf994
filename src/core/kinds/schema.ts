import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { fullName, UC_LOWER_NAME, UC_PRIVILEGES, UC_READ_ONLY } from './unity-catalog.ts';

/** A Unity Catalog schema, known by `catalog.schema`. */
export const schema: KindRules = {
  kind: 'schema',
  plural: 'schemas',
  description:
    'A Unity Catalog schema in a catalog (`catalog_name: ${catalogs.<name>.name}`), with its grants (`permissions`, one privilege each).',
  wave: 3,
  nameField: 'name',
  identity: { field: 'name', unique: true, of: (spec) => fullName(spec.catalog_name, spec.name) },
  api: { idField: 'full_name', listKey: 'schemas' },
  permissionLevels: UC_PRIVILEGES.schema,
  spec: { module: 'catalog', name: 'CreateSchema', omit: [] },
  specFields: { name: UC_LOWER_NAME },
  readOnlyFields: [...UC_READ_ONLY, 'schema_id', 'enable_predictive_optimization'],
  recreateDestroys: 'deleting a schema deletes every table and volume in it',
  fieldRules: {
    ...NO_FIELD_RULES,
    // schemas/update takes a new name, the comment, properties and the owner (the SDK's UpdateSchema).
    recreateOn: ['name', 'catalog_name', 'storage_root'],
  },
};
