import { canonicalJson, isObject } from '../model/json.ts';
import { clusterBackendDefaults, clusterIgnoreRemote, dataSecurityModeAliases } from './cluster-fields.ts';
import { mapTagMarker } from './owner-marker.ts';
import { type KindRules, stateIsOneOf } from './types.ts';

/** Fields of a GET response that the cluster reports about itself. */
const CLUSTER_READ_ONLY = [
  'cluster_id',
  'state',
  'state_message',
  'start_time',
  'terminated_time',
  'last_restarted_time',
  'last_state_loss_time',
  'last_activity_time',
  'driver',
  'executors',
  'spark_context_id',
  'jdbc_port',
  'cluster_cores',
  'cluster_memory_mb',
  'default_tags',
  'creator_user_name',
  'cluster_source',
  'termination_reason',
  'cluster_log_status',
  'disk_spec',
  'init_scripts_safe_mode',
  'pinned_by_user_name',
  'spec',
] as const;

export const cluster: KindRules = {
  kind: 'cluster',
  plural: 'clusters',
  description:
    'An all-purpose cluster. Databricks starts a cluster on create; a passive region terminates it.',
  wave: 3,
  identity: { field: 'cluster_name', unique: false },
  api: { idField: 'cluster_id', listKey: 'clusters', permissionType: 'clusters' },
  referencedBy: ['**.existing_cluster_id'],
  nameField: 'cluster_name',
  ownerMarker: mapTagMarker('custom_tags'),
  permissionLevels: ['CAN_ATTACH_TO', 'CAN_RESTART', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  // `libraries` are installed through the Libraries API once the cluster exists (the adapter).
  spec: {
    module: 'compute',
    name: 'CreateCluster',
    omit: ['clone_from'],
    extra: { libraries: 'Array<Library>' },
  },
  readOnlyFields: CLUSTER_READ_ONLY,
  // Libraries are a set: cluster-status lists them in the order they were added, not as written.
  normalize: (spec) =>
    Array.isArray(spec.libraries)
      ? {
          ...spec,
          libraries: [...spec.libraries].sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b))),
        }
      : spec,
  unwrapExport(raw) {
    // `spec` holds the settings the user last gave, without the server's additions: the best source.
    if (isObject(raw.spec) && 'cluster_id' in raw) return raw.spec;
    return undefined;
  },
  fieldRules: {
    serverDefaults: {
      autotermination_minutes: 120,
    },
    backendDefaults: clusterBackendDefaults(),
    ignoreRemote: clusterIgnoreRemote(),
    aliases: dataSecurityModeAliases(),
    ignored: [],
    recreateOn: [],
    keyedArrays: {},
    sensitive: [],
  },
  startable: true,
  passiveInvariants: [
    {
      name: 'clusters terminated',
      decisive: true,
      reason: 'a running all-purpose cluster in a passive region costs money and can run work',
      broken: stateIsOneOf(['TERMINATED', 'TERMINATING']),
    },
    {
      name: 'clusters pinned',
      decisive: false,
      reason:
        'Databricks deletes a terminated all-purpose cluster after 30 days unless it is pinned (the API facts): the standby would be gone on the day it is needed',
      broken: (o) => (o.lifecycle?.pinned === false ? 'it is not pinned' : undefined),
    },
  ],
  disable(spec, permissions, policy) {
    // The cluster is created (which starts it) and then terminated. Its libraries stay in the
    // definition but are not installed on the standby: the apply that makes the region active
    // installs them, and the cluster takes them when it starts.
    const { libraries: _installedWhenActive, ...rest } = spec;
    return {
      spec: rest,
      ...(permissions ? { permissions } : {}),
      lifecycle: { state: policy.cluster.state },
    };
  },
};
