import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { UC_NAME, UC_PRIVILEGES, UC_READ_ONLY } from './unity-catalog.ts';

/**
 * A Unity Catalog catalog. Each region's workspace is attached to its own metastore, so the
 * standby holds a catalog of the same name; its `storage_root` is remapped to the region's bucket
 * like any other storage URL, and the leak check applies to it.
 */
export const catalog: KindRules = {
  kind: 'catalog',
  plural: 'catalogs',
  description:
    'A Unity Catalog catalog, with its grants (`permissions`, one privilege each). Schemas name it as `${catalogs.<name>.name}`.',
  wave: 2,
  nameField: 'name',
  identity: { field: 'name', unique: true },
  api: { idField: 'name', listKey: 'catalogs' },
  permissionLevels: UC_PRIVILEGES.catalog,
  spec: { module: 'catalog', name: 'CreateCatalog', omit: [] },
  specFields: { name: UC_NAME },
  readOnlyFields: UC_READ_ONLY,
  recreateDestroys: 'deleting a catalog deletes every schema, table and volume in it',
  fieldRules: {
    ...NO_FIELD_RULES,
    // catalogs/update takes a new name, the comment, options, properties and the owner (the SDK's
    // UpdateCatalog); what a catalog is made from cannot change. A rename is a recreate here: the
    // name is its id, and what codeploy recorded would no longer find it.
    recreateOn: ['name', 'storage_root', 'connection_name', 'provider_name', 'share_name'],
  },
};
