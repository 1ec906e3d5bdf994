import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { fullName, UC_LOWER_NAME, UC_PRIVILEGES, UC_READ_ONLY } from './unity-catalog.ts';

/**
 * A Unity Catalog volume, known by `catalog.schema.volume`. An EXTERNAL volume's
 * `storage_location` is remapped per region like any storage URL.
 */
export const volume: KindRules = {
  kind: 'volume',
  plural: 'volumes',
  description:
    'A Unity Catalog volume in a schema, MANAGED or EXTERNAL (with a `storage_location`), with its grants (`permissions`, one privilege each).',
  wave: 4,
  nameField: 'name',
  identity: {
    field: 'name',
    unique: true,
    of: (spec) => fullName(spec.catalog_name, spec.schema_name, spec.name),
  },
  api: { idField: 'full_name', listKey: 'volumes' },
  permissionLevels: UC_PRIVILEGES.volume,
  spec: { module: 'catalog', name: 'CreateVolumeRequestContent', omit: [] },
  // A volume's storage_location is what was asked for (EXTERNAL) or where UC put it (MANAGED).
  specFields: { name: UC_LOWER_NAME },
  readOnlyFields: UC_READ_ONLY.filter((f) => f !== 'storage_location').concat([
    'volume_id',
    'encryption_details',
    'access_point',
  ]),
  recreateDestroys: 'deleting a MANAGED volume deletes its files',
  fieldRules: {
    ...NO_FIELD_RULES,
    backendDefaults: [
      {
        path: 'storage_location',
        reason:
          "a MANAGED volume is placed by UC under its schema or catalog (the SDK's CreateVolumeRequestContent)",
      },
    ],
    // volumes/update takes a new name, the comment and the owner (the SDK's UpdateVolumeRequestContent).
    recreateOn: ['name', 'catalog_name', 'schema_name', 'volume_type', 'storage_location'],
  },
};
