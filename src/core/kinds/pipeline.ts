import { isObject } from '../model/json.ts';
import { clusterBackendDefaults } from './cluster-fields.ts';
import { mapTagMarker } from './owner-marker.ts';
import type { KindRules } from './types.ts';

export const pipeline: KindRules = {
  kind: 'pipeline',
  plural: 'pipelines',
  description: 'A Lakeflow Declarative (DLT) pipeline. A passive region runs it triggered, never continuous.',
  wave: 4,
  identity: { field: 'name', unique: true },
  api: { idField: 'pipeline_id', listKey: 'statuses', permissionType: 'pipelines' },
  referencedBy: ['**.pipeline_task.pipeline_id'],
  nameField: 'name',
  ownerMarker: mapTagMarker('tags'),
  permissionLevels: ['CAN_VIEW', 'CAN_RUN', 'CAN_MANAGE', 'IS_OWNER'],
  ownerRequired: true,
  spec: { module: 'pipelines', name: 'CreatePipeline', omit: ['dry_run', 'id'] },
  readOnlyFields: [
    'pipeline_id',
    'id',
    'state',
    'cause',
    'cluster_id',
    'creator_user_name',
    'health',
    'last_modified',
    'latest_updates',
    'run_as_user_name',
    'effective_budget_policy_id',
  ],
  unwrapExport(raw) {
    if (!isObject(raw.spec) || !('pipeline_id' in raw || 'state' in raw)) return undefined;
    const { id: _id, ...spec } = raw.spec;
    return spec;
  },
  // Unity Catalog identifiers are case-insensitive and read back lower-cased (databricks/cli
  // resources.yml: "UC lowercases identifier names").
  normalize: (spec) =>
    typeof spec.catalog === 'string' ? { ...spec, catalog: spec.catalog.toLowerCase() } : spec,
  // Source: docs.databricks.com "Delete a pipeline" (deleting a pipeline drops the tables it manages).
  recreateDestroys: 'deleting a pipeline drops the tables it manages (in a standby region: the standby copy)',
  fieldRules: {
    serverDefaults: { channel: 'CURRENT', edition: 'ADVANCED', development: false, photon: false },
    backendDefaults: [
      {
        path: 'storage',
        reason:
          'dbfs:/pipelines/<id> when neither storage nor catalog is given (databricks/cli libs/testserver/pipelines.go; resources.yml)',
      },
      ...clusterBackendDefaults('clusters[].').filter((r) =>
        /node_type_id|enable_local_disk_encryption/.test(r.path),
      ),
      {
        path: 'event_log.catalog',
        reason: 'computed by the server (databricks/cli resources.yml pipelines)',
      },
      { path: 'event_log.schema', reason: 'computed by the server (databricks/cli resources.yml pipelines)' },
    ],
    ignoreRemote: [
      {
        path: 'run_as',
        reason: 'accepted on write, not returned by pipelines/get (databricks/cli resources.yml pipelines)',
      },
      {
        path: 'allow_duplicate_names',
        reason: 'accepted on write, never returned (databricks/cli resources.yml pipelines)',
      },
    ],
    ignored: [],
    // Only the storage location cannot change in place; a new catalog is an update (databricks/cli
    // resources.yml lists storage and ingestion ids under recreate_on_changes, not catalog).
    recreateOn: ['storage'],
    keyedArrays: { clusters: 'label' },
    sensitive: [],
  },
  passiveInvariants: [
    {
      name: 'no continuous pipeline',
      decisive: true,
      reason: 'a continuous pipeline keeps updating its tables, in both regions at once after a failover',
      broken: (o) => (o.spec.continuous === true ? 'it is continuous' : undefined),
    },
  ],
  disable(spec, permissions, policy) {
    const out = { ...spec, continuous: policy.pipeline.continuous };
    return { spec: out, ...(permissions ? { permissions } : {}) };
  },
};
