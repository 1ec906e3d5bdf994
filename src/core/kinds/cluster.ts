import { isObject } from '../model/json.ts';
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
  spec: { module: 'compute', name: 'CreateCluster', omit: ['clone_from'] },
  readOnlyFields: CLUSTER_READ_ONLY,
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
    // Nothing in the spec differs: the cluster is created (which starts it) and then terminated.
    return {
      spec,
      ...(permissions ? { permissions } : {}),
      lifecycle: { state: policy.cluster.state },
    };
  },
};
