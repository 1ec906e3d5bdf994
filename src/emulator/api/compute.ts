import type { JsonObject } from '../../core/model/json.ts';
import { exists, invalid, invalidState, notFound } from '../errors.ts';
import type { ClusterRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

function cluster(ws: WorkspaceState, id: unknown): ClusterRecord {
  const record = ws.clusters.get(String(id));
  // Like the real API: a missing cluster is 400 INVALID_PARAMETER_VALUE, not 404.
  if (!record) throw invalid(`Cluster ${String(id)} does not exist`);
  ws.settle(record.status);
  return record;
}

function clusterView(ws: WorkspaceState, c: ClusterRecord): JsonObject {
  ws.settle(c.status);
  const running = c.status.state === 'RUNNING';
  return {
    ...c.spec,
    cluster_id: c.cluster_id,
    state: c.status.state,
    state_message: '',
    start_time: c.start_time,
    creator_user_name: c.creator_user_name,
    cluster_source: 'API',
    default_tags: {
      Vendor: 'Databricks',
      Creator: c.creator_user_name,
      ClusterName: String(c.spec.cluster_name ?? ''),
      ClusterId: c.cluster_id,
    },
    // `spec` holds the settings as last given: the best thing to compare against.
    spec: c.spec,
    ...(running ? { driver: { node_id: 'driver', private_ip: '10.0.0.1' }, spark_context_id: 1234567 } : {}),
    ...(c.pinned ? { pinned_by_user_name: c.creator_user_name } : {}),
  };
}

const POOL_EDITABLE = new Set([
  'instance_pool_id',
  'instance_pool_name',
  'node_type_id',
  'min_idle_instances',
  'max_capacity',
  'idle_instance_autotermination_minutes',
  'custom_tags',
]);

function pool(ws: WorkspaceState, id: unknown) {
  const record = ws.pools.get(String(id));
  if (!record) throw notFound(`Instance pool ${String(id)} does not exist`);
  return record;
}

function policy(ws: WorkspaceState, id: unknown) {
  const record = ws.policies.get(String(id));
  if (!record) throw notFound(`Policy ${String(id)} does not exist`);
  return record;
}

function uniqueName(
  records: Iterable<{ spec: JsonObject }>,
  field: string,
  name: unknown,
  except?: JsonObject,
): void {
  for (const r of records) {
    if (r.spec !== except && r.spec[field] === name)
      throw exists(`${field} "${String(name)}" already exists.`);
  }
}

export const computeRoutes: Route[] = [
  // Clusters (2.1): names are not unique; create always starts the cluster.
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/create',
    handler: ({ ws, body, user }) => {
      if (!body.spark_version) throw invalid('Missing required field: spark_version');
      const cluster_id = `${ws.nextHexId(4)}-${ws.nextHexId(6)}-${ws.nextHexId(8)}`;
      const record: ClusterRecord = {
        cluster_id,
        spec: body,
        status: { state: 'PENDING' },
        creator_user_name: user,
        start_time: Date.now(),
        pinned: false,
      };
      ws.transition(record.status, 'PENDING', 'RUNNING');
      ws.clusters.set(cluster_id, record);
      return { cluster_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.1/clusters/get',
    handler: ({ ws, query }) => clusterView(ws, cluster(ws, query.get('cluster_id'))),
  },
  {
    method: 'GET',
    pattern: '/api/2.1/clusters/list',
    handler: ({ ws }) => ({ clusters: [...ws.clusters.values()].map((c) => clusterView(ws, c)) }),
  },
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/edit',
    handler: ({ ws, body }) => {
      const record = cluster(ws, body.cluster_id);
      const { cluster_id: _id, ...spec } = body;
      if (['PENDING', 'RESTARTING', 'TERMINATING', 'RESIZING'].includes(record.status.state)) {
        throw invalidState(`Cluster ${record.cluster_id} is in unexpected state ${record.status.state}.`);
      }
      record.spec = spec;
      // Editing a running cluster restarts it; a terminated one stays terminated.
      if (record.status.state === 'RUNNING') ws.transition(record.status, 'RESTARTING', 'RUNNING');
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/start',
    handler: ({ ws, body }) => {
      const record = cluster(ws, body.cluster_id);
      if (record.status.state === 'TERMINATED') ws.transition(record.status, 'PENDING', 'RUNNING');
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/delete',
    handler: ({ ws, body }) => {
      const record = cluster(ws, body.cluster_id);
      if (record.status.state !== 'TERMINATED') ws.transition(record.status, 'TERMINATING', 'TERMINATED');
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/permanent-delete',
    handler: ({ ws, body }) => {
      cluster(ws, body.cluster_id);
      ws.clusters.delete(String(body.cluster_id));
      ws.grants.delete(`clusters/${body.cluster_id}`);
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.1/clusters/pin',
    handler: ({ ws, body }) => {
      cluster(ws, body.cluster_id).pinned = true;
      return {};
    },
  },

  // Instance pools: names are unique; edit accepts only some fields.
  {
    method: 'POST',
    pattern: '/api/2.0/instance-pools/create',
    handler: ({ ws, body }) => {
      uniqueName(ws.pools.values(), 'instance_pool_name', body.instance_pool_name);
      const instance_pool_id = `${ws.nextHexId(4)}-${ws.nextHexId(6)}-pool-${ws.nextHexId(8)}`;
      ws.pools.set(instance_pool_id, { instance_pool_id, spec: body });
      return { instance_pool_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/instance-pools/get',
    handler: ({ ws, query }) => {
      const p = pool(ws, query.get('instance_pool_id'));
      return {
        ...p.spec,
        instance_pool_id: p.instance_pool_id,
        state: 'ACTIVE',
        stats: { used_count: 0, idle_count: Number(p.spec.min_idle_instances ?? 0) },
        default_tags: { Vendor: 'Databricks' },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/instance-pools/list',
    handler: ({ ws }) => ({
      instance_pools: [...ws.pools.values()].map((p) => ({
        ...p.spec,
        instance_pool_id: p.instance_pool_id,
        state: 'ACTIVE',
        default_tags: { Vendor: 'Databricks' },
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/instance-pools/edit',
    handler: ({ ws, body }) => {
      const p = pool(ws, body.instance_pool_id);
      const refused = Object.keys(body).filter(
        (k) => !POOL_EDITABLE.has(k) && JSON.stringify(body[k]) !== JSON.stringify(p.spec[k]),
      );
      if (refused.length > 0) throw invalid(`Cannot edit ${refused.join(', ')} of an instance pool`);
      uniqueName(ws.pools.values(), 'instance_pool_name', body.instance_pool_name, p.spec);
      const { instance_pool_id: _id, ...spec } = body;
      p.spec = { ...p.spec, ...spec };
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/instance-pools/delete',
    handler: ({ ws, body }) => {
      pool(ws, body.instance_pool_id);
      ws.pools.delete(String(body.instance_pool_id));
      return {};
    },
  },

  // Cluster policies: names are unique; `definition` is a JSON string.
  {
    method: 'POST',
    pattern: '/api/2.0/policies/clusters/create',
    handler: ({ ws, body }) => {
      if (body.definition !== undefined && typeof body.definition !== 'string')
        throw invalid('definition must be a JSON string');
      uniqueName(ws.policies.values(), 'name', body.name);
      const policy_id = ws.nextHexId(16).toUpperCase();
      ws.policies.set(policy_id, { policy_id, spec: body, created_at_timestamp: Date.now() });
      return { policy_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/policies/clusters/get',
    handler: ({ ws, query }) => {
      const p = policy(ws, query.get('policy_id'));
      return {
        ...p.spec,
        policy_id: p.policy_id,
        created_at_timestamp: p.created_at_timestamp,
        is_default: false,
      };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/policies/clusters/list',
    handler: ({ ws }) => ({
      policies: [...ws.policies.values()].map((p) => ({
        ...p.spec,
        policy_id: p.policy_id,
        created_at_timestamp: p.created_at_timestamp,
        is_default: false,
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/policies/clusters/edit',
    handler: ({ ws, body }) => {
      const p = policy(ws, body.policy_id);
      if (body.definition !== undefined && typeof body.definition !== 'string')
        throw invalid('definition must be a JSON string');
      uniqueName(ws.policies.values(), 'name', body.name, p.spec);
      const { policy_id: _id, ...spec } = body;
      p.spec = spec;
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/policies/clusters/delete',
    handler: ({ ws, body }) => {
      policy(ws, body.policy_id);
      ws.policies.delete(String(body.policy_id));
      return {};
    },
  },
];
