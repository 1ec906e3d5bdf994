/**
 * What the Unity Catalog kinds (catalog, schema, volume) share. Their grants go through the UC
 * permissions API (`/api/2.1/unity-catalog/permissions/<securable>/<full name>`), where a grant is
 * a privilege: a definition writes one `{group_name | user_name | service_principal_name,
 * permission_level: <privilege>}` per privilege. The owner (the deploying principal) holds every
 * privilege without a grant. A passive region keeps the same grants on its own metastore's objects:
 * reading data is no activity, and a failover needs them in place.
 */

/**
 * Fields of a UC GET that a create request does not take (the SDK's CatalogInfo, SchemaInfo,
 * VolumeInfo, StorageCredentialInfo, ExternalLocationInfo).
 */
export const UC_READ_ONLY = [
  'browse_only',
  'catalog_type',
  'created_at',
  'created_by',
  'effective_predictive_optimization_flag',
  'full_name',
  'metastore_id',
  'owner',
  'securable_type',
  'storage_location',
  'updated_at',
  'updated_by',
  'provisioning_info',
  'id',
  'credential_id',
  'isolation_mode',
  'used_for_managed_storage',
];

/** UC refuses a name with spaces, periods, slashes or control characters (databricks/cli libs/testserver/catalogs.go). */
export const UC_NAME = {
  type: 'string',
  // A `${…}` is checked again once rendered.
  pattern: '^(?:[^\\s./\\x00-\\x1f]+|.*\\$\\{[^}]+\\}.*)$',
  description: 'No spaces, periods, slashes or control characters.',
};

/**
 * UC stores schema and volume names in lower case (databricks/cli libs/testserver/schemas.go): a
 * name written otherwise would read back as a change at every plan, so it is refused.
 */
export const UC_LOWER_NAME = {
  type: 'string',
  pattern: '^(?:[^\\s./\\x00-\\x1fA-Z]+|.*\\$\\{[^}]+\\}.*)$',
  description: 'Lower case (UC stores it so), without spaces, periods or slashes.',
};

/**
 * The privileges each securable takes. Source: docs.databricks.com "Unity Catalog privileges and
 * securable objects" (privilege types by securable object), within the SDK's `Privilege` enum.
 */
export const UC_PRIVILEGES = {
  catalog: [
    'ALL_PRIVILEGES',
    'APPLY_TAG',
    'BROWSE',
    'CREATE_FUNCTION',
    'CREATE_MATERIALIZED_VIEW',
    'CREATE_MODEL',
    'CREATE_SCHEMA',
    'CREATE_TABLE',
    'CREATE_VOLUME',
    'EXECUTE',
    'EXTERNAL_USE_SCHEMA',
    'MANAGE',
    'MODIFY',
    'READ_VOLUME',
    'REFRESH',
    'SELECT',
    'USE_CATALOG',
    'USE_SCHEMA',
    'WRITE_VOLUME',
  ],
  schema: [
    'ALL_PRIVILEGES',
    'APPLY_TAG',
    'CREATE_FUNCTION',
    'CREATE_MATERIALIZED_VIEW',
    'CREATE_MODEL',
    'CREATE_TABLE',
    'CREATE_VOLUME',
    'EXECUTE',
    'EXTERNAL_USE_SCHEMA',
    'MANAGE',
    'MODIFY',
    'READ_VOLUME',
    'REFRESH',
    'SELECT',
    'USE_SCHEMA',
    'WRITE_VOLUME',
  ],
  volume: ['ALL_PRIVILEGES', 'APPLY_TAG', 'MANAGE', 'READ_VOLUME', 'WRITE_VOLUME'],
  'storage-credential': [
    'ALL_PRIVILEGES',
    'CREATE_EXTERNAL_LOCATION',
    'CREATE_EXTERNAL_TABLE',
    'MANAGE',
    'READ_FILES',
    'WRITE_FILES',
  ],
  'external-location': [
    'ALL_PRIVILEGES',
    'BROWSE',
    'CREATE_EXTERNAL_TABLE',
    'CREATE_EXTERNAL_VOLUME',
    'CREATE_MANAGED_STORAGE',
    'MANAGE',
    'READ_FILES',
    'WRITE_FILES',
  ],
} as const;

/** `catalog.schema`, `catalog.schema.volume`: what UC knows an object by, and its id in the API. */
export function fullName(...parts: unknown[]): string {
  return parts.map((p) => String(p ?? '')).join('.');
}
