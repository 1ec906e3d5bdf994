import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { UC_NAME, UC_PRIVILEGES, UC_READ_ONLY } from './unity-catalog.ts';

/**
 * A Unity Catalog external location: a storage URL and the credential to reach it. Its `url` is
 * remapped to the region's own bucket like any storage URL, and the leak check applies to it, so a
 * standby's location never points at the primary's data.
 */
export const externalLocation: KindRules = {
  kind: 'external-location',
  plural: 'external-locations',
  description:
    'A Unity Catalog external location (`url`, `credential_name: ${storage-credentials.<name>.name}`), with its grants (`permissions`, one privilege each).',
  wave: 1,
  nameField: 'name',
  identity: { field: 'name', unique: true },
  api: { idField: 'name', listKey: 'external_locations' },
  permissionLevels: UC_PRIVILEGES['external-location'],
  spec: { module: 'catalog', name: 'CreateExternalLocation', omit: [] },
  specFields: { name: UC_NAME },
  readOnlyFields: UC_READ_ONLY,
  fieldRules: {
    ...NO_FIELD_RULES,
    ignoreRemote: [
      {
        path: 'skip_validation',
        reason: 'a request option: ExternalLocationInfo (the SDK) never carries it',
      },
    ],
    // external-locations/update takes the url, credential, comment and flags (the SDK's
    // UpdateExternalLocation): only a rename is a recreate.
    recreateOn: ['name'],
  },
};
