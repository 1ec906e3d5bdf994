import { clone } from '../model/json.ts';
import { mapTagMarker } from './owner-marker.ts';
import type { KindRules } from './types.ts';

export const instancePool: KindRules = {
  kind: 'instance-pool',
  plural: 'instance-pools',
  description: 'An instance pool. A passive region keeps no idle instances, so it bills nothing while idle.',
  wave: 1,
  nameField: 'instance_pool_name',
  ownerMarker: mapTagMarker('custom_tags'),
  permissionLevels: ['CAN_ATTACH_TO', 'CAN_MANAGE'],
  spec: { module: 'compute', name: 'CreateInstancePool', omit: [] },
  readOnlyFields: ['instance_pool_id', 'default_tags', 'state', 'stats', 'status'],
  fieldRules: {
    serverDefaults: { min_idle_instances: 0, enable_elastic_disk: true },
    ignored: [],
    // instance-pools/edit accepts only the name, node type, sizes, idle timeout and tags.
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
  disable(spec, permissions, policy) {
    const out = clone(spec);
    out.min_idle_instances = policy['instance-pool'].min_idle_instances;
    return { spec: out, ...(permissions ? { permissions } : {}) };
  },
};
