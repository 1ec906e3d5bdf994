import { isObject, type JsonObject } from '../../core/model/json.ts';
import { exists, invalid, notFound } from '../errors.ts';
import type { PoolRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { requireAdmin, requireManage } from './permissions.ts';

const POOL_EDITABLE = new Set([
  'instance_pool_id',
  'instance_pool_name',
  'node_type_id',
  'min_idle_instances',
  'max_capacity',
  'idle_instance_autotermination_minutes',
  'custom_tags',
]);

/**
 * What a pool GET shows beside the settings given: a chosen zone for `auto` or none, elastic disk on,
 * a 60-minute idle timeout. Sources: Terraform docs/resources/instance_pool.md (zone_id: "If not
 * specified, a default zone is used"); databricks/cli resources.yml instance_pools backend_defaults.
 */
function poolView(ws: WorkspaceState, p: PoolRecord): JsonObject {
  const spec: JsonObject = { ...p.spec };
  if (!spec.azure_attributes && !spec.gcp_attributes) {
    const aws = isObject(spec.aws_attributes) ? spec.aws_attributes : {};
    spec.aws_attributes = {
      ...aws,
      zone_id: aws.zone_id === undefined || aws.zone_id === 'auto' ? ws.defaultZone : aws.zone_id,
    };
  }
  spec.enable_elastic_disk ??= true;
  spec.idle_instance_autotermination_minutes ??= 60;
  return {
    ...spec,
    instance_pool_id: p.instance_pool_id,
    state: 'ACTIVE',
    default_tags: { Vendor: 'Databricks', DatabricksInstancePoolId: p.instance_pool_id },
  };
}

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
  // Instance pools: names are unique; edit accepts only some fields.
  {
    method: 'POST',
    pattern: '/api/2.0/instance-pools/create',
    handler: ({ ws, body, user }) => {
      uniqueName(ws.pools.values(), 'instance_pool_name', body.instance_pool_name);
      const instance_pool_id = `${ws.nextHexId(4)}-${ws.nextHexId(6)}-pool-${ws.nextHexId(8)}`;
      ws.pools.set(instance_pool_id, { instance_pool_id, spec: body });
      ws.grantCreator('instance-pools', instance_pool_id, user, 'CAN_MANAGE');
      return { instance_pool_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/instance-pools/get',
    handler: ({ ws, query }) => {
      const p = pool(ws, query.get('instance_pool_id'));
      return {
        ...poolView(ws, p),
        stats: { used_count: 0, idle_count: Number(p.spec.min_idle_instances ?? 0) },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/instance-pools/list',
    handler: ({ ws }) => ({
      instance_pools: [...ws.pools.values()].map((p) => poolView(ws, p)),
    }),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/instance-pools/edit',
    handler: ({ ws, body, user }) => {
      const p = pool(ws, body.instance_pool_id);
      requireManage(ws, 'instance-pools', p.instance_pool_id, user);
      // A field is edited when it differs both from what was sent at create and from what the
      // server filled in: Terraform's instance pool (enable_elastic_disk Optional+Computed, so the
      // value read back is in every update it sends) edits pools this way.
      const shown = poolView(ws, p);
      const same = (k: string, held: JsonObject) => JSON.stringify(body[k]) === JSON.stringify(held[k]);
      const refused = Object.keys(body).filter(
        (k) => !POOL_EDITABLE.has(k) && !same(k, p.spec) && !same(k, shown),
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
    handler: ({ ws, body, user }) => {
      requireAdmin(ws, user, 'create cluster policies');
      if (body.definition !== undefined && typeof body.definition !== 'string')
        throw invalid('definition must be a JSON string');
      uniqueName(ws.policies.values(), 'name', body.name);
      const policy_id = ws.nextHexId(16).toUpperCase();
      ws.policies.set(policy_id, { policy_id, spec: body, created_at_timestamp: ws.now() });
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
    handler: ({ ws, body, user }) => {
      requireAdmin(ws, user, 'edit cluster policies');
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
    handler: ({ ws, body, user }) => {
      requireAdmin(ws, user, 'delete cluster policies');
      policy(ws, body.policy_id);
      ws.policies.delete(String(body.policy_id));
      return {};
    },
  },
];
