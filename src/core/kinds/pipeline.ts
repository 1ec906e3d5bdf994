import { clone, isObject } from '../model/json.ts';
import { mapTagMarker } from './owner-marker.ts';
import type { KindRules } from './types.ts';

export const pipeline: KindRules = {
  kind: 'pipeline',
  plural: 'pipelines',
  description: 'A Lakeflow Declarative (DLT) pipeline. A passive region runs it triggered, never continuous.',
  wave: 4,
  nameField: 'name',
  ownerMarker: mapTagMarker('tags'),
  permissionLevels: ['CAN_VIEW', 'CAN_RUN', 'CAN_MANAGE', 'IS_OWNER'],
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
  fieldRules: {
    serverDefaults: { channel: 'CURRENT', edition: 'ADVANCED', development: false, photon: false },
    ignored: [],
    // The storage location and the Unity Catalog target cannot change in place.
    recreateOn: ['storage', 'catalog'],
    keyedArrays: { clusters: 'label' },
    sensitive: [],
  },
  disable(spec, permissions, policy) {
    const out = clone(spec);
    out.continuous = policy.pipeline.continuous;
    return { spec: out, ...(permissions ? { permissions } : {}) };
  },
};
