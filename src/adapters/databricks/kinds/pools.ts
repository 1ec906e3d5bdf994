import { kindRules } from '../../../core/kinds/index.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, without } from './api.ts';

type PoolInfo = JsonObject & { instance_pool_id: string };

export const poolsApi: KindApi = {
  kind: 'instance-pool',
  permissionType: 'instance-pools',
  async list(t) {
    const r = await t.request<{ instance_pools?: PoolInfo[] }>('GET', '/api/2.0/instance-pools/list', {
      idempotent: true,
    });
    return (r.instance_pools ?? []).map((p) => {
      const spec = without(p, kindRules('instance-pool').readOnlyFields);
      const owner = kindRules('instance-pool').ownerMarker?.read(spec);
      return {
        kind: 'instance-pool' as const,
        id: p.instance_pool_id,
        name: String(spec.instance_pool_name ?? ''),
        spec,
        ...(owner ? { owner } : {}),
      };
    });
  },
  async create(t, obj) {
    const r = await t.request<{ instance_pool_id: string }>('POST', '/api/2.0/instance-pools/create', {
      body: obj.spec,
      idempotent: false,
    });
    return r.instance_pool_id;
  },
  async update(t, id, obj) {
    await t.request('POST', '/api/2.0/instance-pools/edit', {
      body: { ...obj.spec, instance_pool_id: id },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.0/instance-pools/delete', {
        body: { instance_pool_id: id },
        idempotent: true,
      }),
    );
  },
};
