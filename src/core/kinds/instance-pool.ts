import { clusterIgnoreRemote } from './cluster-fields.ts';
import { mapTagMarker, POOL_OWNER_TAG } from './owner-marker.ts';
import type { KindRules } from './types.ts';

export const instancePool: KindRules = {
  kind: 'instance-pool',
  plural: 'instance-pools',
  description: 'An instance pool. A passive region keeps no idle instances, so it bills nothing while idle.',
  wave: 1,
  identity: { field: 'instance_pool_name', unique: true },
  api: { idField: 'instance_pool_id', listKey: 'instance_pools', permissionType: 'instance-pools' },
  referencedBy: [
    '**.instance_pool_id',
    '**.driver_instance_pool_id',
    // Inside a cluster policy's definition: `{"instance_pool_id": {"type": "fixed", "value": …}}`.
    'definition.instance_pool_id.value',
    'definition.driver_instance_pool_id.value',
  ],
  nameField: 'instance_pool_name',
  ownerMarker: mapTagMarker('custom_tags', POOL_OWNER_TAG),
  permissionLevels: ['CAN_ATTACH_TO', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  spec: { module: 'compute', name: 'CreateInstancePool', omit: [] },
  readOnlyFields: ['instance_pool_id', 'default_tags', 'state', 'stats', 'status'],
  fieldRules: {
    serverDefaults: { min_idle_instances: 0 },
    backendDefaults: [
      {
        path: 'enable_elastic_disk',
        reason: 'true unless set (databricks/cli resources.yml instance_pools)',
      },
      {
        path: 'idle_instance_autotermination_minutes',
        values: [60],
        reason: '60 when left out (databricks/cli resources.yml instance_pools)',
      },
      {
        path: 'max_capacity',
        reason: 'seeded by the server on GCP (databricks/cli resources.yml instance_pools)',
      },
    ],
    // zone_id "auto" reads back as the zone the server chose: it must not force a recreate.
    ignoreRemote: clusterIgnoreRemote(),
    ignored: [],
    // instance-pools/edit accepts only the name, node type, sizes, idle timeout and tags; a change the
    // config makes to the cloud attributes still recreates.
    recreateOn: [
      'aws_attributes',
      'azure_attributes',
      'gcp_attributes',
      'disk_spec',
      'enable_elastic_disk',
      'preloaded_spark_versions',
      'preloaded_docker_images',
      'node_type_flexibility',
    ],
    keyedArrays: {},
    sensitive: [],
  },
  passiveInvariants: [
    {
      name: 'no idle pool instances',
      decisive: false,
      reason: 'idle instances are paid for while nothing runs (SDK compute InstancePool.min_idle_instances)',
      broken: (o, policy) => {
        const idle = typeof o.spec.min_idle_instances === 'number' ? o.spec.min_idle_instances : 0;
        return idle > policy['instance-pool'].min_idle_instances
          ? `min_idle_instances is ${idle}`
          : undefined;
      },
    },
  ],
  disable(spec, permissions, policy) {
    const out = { ...spec, min_idle_instances: policy['instance-pool'].min_idle_instances };
    return { spec: out, ...(permissions ? { permissions } : {}) };
  },
};
