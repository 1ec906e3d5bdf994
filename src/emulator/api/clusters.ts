import { isObject, type JsonObject } from '../../core/model/json.ts';
import { ApiFailure, invalid, invalidState } from '../errors.ts';
import type { ClusterRecord, WorkspaceState } from '../state.ts';
import type { Call, Route } from '../types.ts';
import { requireManage } from './permissions.ts';

/** Terminated all-purpose clusters are deleted for good after 30 days unless pinned. Source: the API facts. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60_000;

const LIST_PAGE_MAX = 100;

export function cluster(ws: WorkspaceState, id: unknown): ClusterRecord {
  const record = ws.clusters.get(String(id));
  // A missing cluster is 400 INVALID_PARAMETER_VALUE, not 404. Source: the API facts (jobs/get, clusters/get).
  if (!record) throw invalid(`Cluster ${String(id)} does not exist`);
  settle(ws, record);
  // A purged cluster answers INVALID_STATE. Source: issue #7 review of clusters/get after 30 days.
  if (record.purged)
    throw invalidState(`Cluster ${record.cluster_id} does not exist or was permanently deleted.`);
  return record;
}

function settle(ws: WorkspaceState, c: ClusterRecord): void {
  const before = c.status.state;
  ws.settle(c.status);
  if (c.status.state === 'TERMINATED' && before !== 'TERMINATED')
    c.terminated_time = c.status.reachedAt ?? ws.now();
  if (
    c.status.state === 'TERMINATED' &&
    !c.pinned &&
    c.terminated_time !== undefined &&
    ws.now() - c.terminated_time > PURGE_AFTER_MS
  )
    c.purged = true;
}

/**
 * What the server makes of a cluster spec: defaults it fills in at the top level of a GET (the `spec`
 * field keeps what the caller sent). Source: databricks/cli `libs/testserver/clusters.go` clusterFixUps
 * and ClustersCreate; Terraform `clusters/resource_cluster.go` (computed fields).
 */
export function clusterFixUps(ws: WorkspaceState, spec: JsonObject, user: string): JsonObject {
  const out: JsonObject = { ...spec };
  delete out.apply_policy_default_values;
  if (!out.gcp_attributes && !out.azure_attributes) {
    const aws = isObject(out.aws_attributes) ? out.aws_attributes : {};
    out.aws_attributes = {
      ...aws,
      availability: aws.availability ?? 'SPOT_WITH_FALLBACK',
      zone_id: aws.zone_id === undefined || aws.zone_id === 'auto' ? ws.defaultZone : aws.zone_id,
    };
  }
  const pool = typeof out.instance_pool_id === 'string' ? ws.pools.get(out.instance_pool_id) : undefined;
  if (pool) {
    out.node_type_id = pool.spec.node_type_id ?? null;
    out.driver_instance_pool_id ??= pool.instance_pool_id;
  }
  if (out.driver_node_type_id === undefined && out.node_type_id !== undefined)
    out.driver_node_type_id = out.node_type_id;
  out.enable_elastic_disk ??= false;
  // Source: databricks/cli libs/testserver/clusters.go ("SINGLE_USER clusters automatically get single_user_name").
  if (
    out.data_security_mode === 'DATA_SECURITY_MODE_DEDICATED' ||
    out.data_security_mode === 'DATA_SECURITY_MODE_AUTO'
  )
    out.data_security_mode = 'SINGLE_USER';
  if (out.data_security_mode === 'DATA_SECURITY_MODE_STANDARD') out.data_security_mode = 'USER_ISOLATION';
  if (out.data_security_mode === 'SINGLE_USER') out.single_user_name ??= user;
  return out;
}

/**
 * A cluster on a pool cannot carry a custom tag key the pool has: the pool's tags propagate to it.
 * Source: Terraform `docs/resources/instance_pool.md` ("Attempting to set the same tags in both cluster
 * and instance pool will raise an error").
 */
export function checkPoolTags(ws: WorkspaceState, spec: JsonObject): void {
  for (const field of ['instance_pool_id', 'driver_instance_pool_id']) {
    const id = spec[field];
    if (typeof id !== 'string') continue;
    const pool = ws.pools.get(id);
    if (!pool) throw invalid(`Instance pool ${id} does not exist.`);
    const poolTags = isObject(pool.spec.custom_tags) ? Object.keys(pool.spec.custom_tags) : [];
    const own = isObject(spec.custom_tags) ? Object.keys(spec.custom_tags) : [];
    const shared = own.filter((k) => poolTags.includes(k));
    if (shared.length > 0)
      throw invalid(
        `Custom tags ${shared.join(', ')} are also set on instance pool ${id}; a cluster cannot redefine its pool's tags.`,
      );
  }
}

function view(ws: WorkspaceState, c: ClusterRecord, withSpec: boolean): JsonObject {
  const running = c.status.state === 'RUNNING';
  return {
    ...clusterFixUps(ws, c.spec, c.creator_user_name),
    cluster_id: c.cluster_id,
    state: c.status.state,
    state_message: '',
    start_time: c.start_time,
    ...(c.terminated_time !== undefined && c.status.state === 'TERMINATED'
      ? { terminated_time: c.terminated_time }
      : {}),
    creator_user_name: c.creator_user_name,
    cluster_source: c.source,
    default_tags: {
      Vendor: 'Databricks',
      Creator: c.creator_user_name,
      ClusterName: String(c.spec.cluster_name ?? ''),
      ClusterId: c.cluster_id,
    },
    // `spec` is the last user-given settings, and only clusters/get carries it. Source: the SDK's
    // ClusterDetails.spec ("Note: not included in the response of the ListClusters API").
    ...(withSpec ? { spec: c.spec } : {}),
    ...(running ? { driver: { node_id: 'driver', private_ip: '10.0.0.1' }, spark_context_id: 1234567 } : {}),
    ...(c.pinned ? { pinned_by_user_name: c.creator_user_name } : {}),
  };
}

/**
 * clusters/list shows pinned, active and recently terminated clusters, paged, and filtered by source.
 * Sources: the API facts; the SDK's ListClustersRequest (filter_by, page_size, page_token).
 */
function list({ ws, query }: Call): JsonObject {
  const size = Number(query.get('page_size') ?? LIST_PAGE_MAX);
  if (!Number.isInteger(size) || size < 1) throw invalid('page_size must be a positive integer');
  const sources = query.getAll('filter_by.cluster_sources');
  const all = [...ws.clusters.values()].filter((c) => {
    settle(ws, c);
    return !c.purged && (sources.length === 0 || sources.includes(c.source));
  });
  const offset = Number(query.get('page_token') || 0);
  const page = all.slice(offset, offset + Math.min(size, LIST_PAGE_MAX));
  const next = offset + page.length < all.length ? String(offset + page.length) : '';
  return { clusters: page.map((c) => view(ws, c, false)), next_page_token: next };
}

const BUSY = new Set(['PENDING', 'RESTARTING', 'TERMINATING', 'RESIZING']);

function create({ ws, body, user }: Call): JsonObject {
  if (!body.spark_version) throw invalid('Missing required field: spark_version');
  checkPoolTags(ws, body);
  const cluster_id = `${ws.nextHexId(4)}-${ws.nextHexId(6)}-${ws.nextHexId(8)}`;
  const record: ClusterRecord = {
    cluster_id,
    spec: body,
    status: { state: 'PENDING' },
    creator_user_name: user,
    start_time: ws.now(),
    pinned: false,
    source: 'API',
  };
  // Create always starts the cluster. Source: the API facts ("clusters.create always starts the cluster").
  ws.transition(record.status, 'PENDING', 'RUNNING');
  ws.clusters.set(cluster_id, record);
  ws.grantCreator('clusters', cluster_id, user, 'CAN_MANAGE');
  return { cluster_id };
}

function edit({ ws, body, user }: Call): JsonObject {
  const record = cluster(ws, body.cluster_id);
  requireManage(ws, 'clusters', record.cluster_id, user);
  const { cluster_id: _id, ...spec } = body;
  // Only RUNNING and TERMINATED clusters can be edited. Source: Terraform resource_cluster.go (retries INVALID_STATE).
  if (BUSY.has(record.status.state))
    throw invalidState(`Cluster ${record.cluster_id} is in unexpected state ${record.status.state}.`);
  if (!spec.spark_version) throw invalid('Missing required field: spark_version');
  checkPoolTags(ws, spec);
  record.spec = spec;
  // Editing a running cluster restarts it; a terminated one stays terminated. Source: the API facts.
  if (record.status.state === 'RUNNING') ws.transition(record.status, 'RESTARTING', 'RUNNING');
  return {};
}

function resize({ ws, body, user }: Call): JsonObject {
  const record = cluster(ws, body.cluster_id);
  requireManage(ws, 'clusters', record.cluster_id, user);
  // Source: databricks/cli libs/testserver/clusters.go ClustersResize ("Cluster is not running").
  if (record.status.state !== 'RUNNING') throw invalidState('Cluster is not running');
  if (body.num_workers !== undefined) record.spec = { ...record.spec, num_workers: body.num_workers };
  if (body.autoscale !== undefined) record.spec = { ...record.spec, autoscale: body.autoscale };
  ws.transition(record.status, 'RESIZING', 'RUNNING');
  return {};
}

function start({ ws, body }: Call): JsonObject {
  const record = cluster(ws, body.cluster_id);
  if (record.status.state === 'TERMINATED') ws.transition(record.status, 'PENDING', 'RUNNING');
  return {};
}

function terminate({ ws, body }: Call): JsonObject {
  const record = cluster(ws, body.cluster_id);
  if (record.status.state !== 'TERMINATED') ws.transition(record.status, 'TERMINATING', 'TERMINATED');
  if (record.status.state === 'TERMINATED') record.terminated_time ??= ws.now();
  return {};
}

function permanentDelete({ ws, body }: Call): JsonObject {
  const record = cluster(ws, body.cluster_id);
  // Source: Terraform clusters/resource_cluster.go resourceClusterDelete ("unpin the cluster first").
  if (record.pinned)
    throw invalid(`Cluster ${record.cluster_id} is pinned: unpin the cluster first before deleting it.`);
  ws.clusters.delete(record.cluster_id);
  ws.grants.delete(`clusters/${record.cluster_id}`);
  return {};
}

function pinning(pinned: boolean) {
  return ({ ws, body, user }: Call): JsonObject => {
    const record = cluster(ws, body.cluster_id);
    // Pinning is for admins only. Source: the API facts ("clusters.pin, admin only").
    if (!ws.isAdmin(user))
      throw new ApiFailure(
        403,
        'PERMISSION_DENIED',
        `Only workspace admins can ${pinned ? 'pin' : 'unpin'} clusters.`,
      );
    record.pinned = pinned;
    return {};
  };
}

const HANDLERS: Array<[string, string, Route['handler']]> = [
  ['POST', 'create', create],
  ['GET', 'get', ({ ws, query }) => view(ws, cluster(ws, query.get('cluster_id')), true)],
  ['GET', 'list', list],
  ['POST', 'edit', edit],
  ['POST', 'resize', resize],
  ['POST', 'start', start],
  ['POST', 'delete', terminate],
  ['POST', 'permanent-delete', permanentDelete],
  ['POST', 'pin', pinning(true)],
  ['POST', 'unpin', pinning(false)],
];

/** Clusters answer under 2.0 and 2.1 alike (the SDK calls 2.1; older clients and docs use 2.0). */
export const clusterRoutes: Route[] = ['2.0', '2.1'].flatMap((version) =>
  HANDLERS.map(([method, op, handler]) => ({ method, pattern: `/api/${version}/clusters/${op}`, handler })),
);
