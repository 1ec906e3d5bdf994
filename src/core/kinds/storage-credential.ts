import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { UC_NAME, UC_PRIVILEGES, UC_READ_ONLY } from './unity-catalog.ts';

/**
 * A Unity Catalog storage credential: the cloud identity UC reads and writes storage with. It is
 * region-specific (each region's metastore has its own, and the role may differ): write the role as
 * a per-region `${var.…}`, and the leak check sees the other region's markers in it.
 */
export const storageCredential: KindRules = {
  kind: 'storage-credential',
  plural: 'storage-credentials',
  description:
    'A Unity Catalog storage credential (an AWS IAM role, an Azure managed identity or a GCP service account), with its grants (`permissions`, one privilege each). External locations name it as `${storage-credentials.<name>.name}`.',
  // Waves, not references, order the deletes of a prune: what is deleted has only its workspace
  // spec, where names are plain text. Credential, locations, catalog, schema, volume: 0 to 4.
  wave: 0,
  nameField: 'name',
  identity: { field: 'name', unique: true },
  api: { idField: 'name', listKey: 'storage_credentials' },
  permissionLevels: UC_PRIVILEGES['storage-credential'],
  // An Azure service principal carries its client secret in the spec, and a Cloudflare token its
  // keys: codeploy keeps no secret in a definition, so only identity-based credentials are taken.
  spec: {
    module: 'catalog',
    name: 'CreateStorageCredential',
    omit: ['azure_service_principal', 'cloudflare_api_token'],
  },
  specFields: { name: UC_NAME },
  readOnlyFields: UC_READ_ONLY,
  recreateDestroys:
    'external locations that use the credential stop working until they are pointed at the new one',
  fieldRules: {
    ...NO_FIELD_RULES,
    backendDefaults: [
      {
        path: 'aws_iam_role.external_id',
        reason: "filled in by UC for the role's trust policy (the SDK's AwsIamRoleResponse)",
      },
      {
        path: 'aws_iam_role.unity_catalog_iam_arn',
        reason: "the role UC assumes the credential's role from (the SDK's AwsIamRoleResponse)",
      },
      {
        path: 'azure_managed_identity.credential_id',
        reason: "filled in by UC (the SDK's AzureManagedIdentityResponse)",
      },
      {
        path: 'databricks_gcp_service_account',
        reason:
          "UC makes the service account and shows its email (the SDK's DatabricksGcpServiceAccountResponse)",
      },
    ],
    ignoreRemote: [
      {
        path: 'skip_validation',
        reason: 'a request option: StorageCredentialInfo (the SDK) never carries it',
      },
    ],
    // storage-credentials/update takes the identity, comment and read_only (the SDK's UpdateStorageCredential).
    recreateOn: ['name'],
  },
};
