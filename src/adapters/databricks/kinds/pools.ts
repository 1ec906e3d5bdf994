import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

type PoolInfo = JsonObject & { instance_pool_id: string };

export const poolsApi: KindApi = {
  kind: 'instance-pool',
  async list(t) {
    const r = await t.request<{ instance_pools?: PoolInfo[] }>('GET', '/api/2.0/instance-pools/list', {
      idempotent: true,
    });
    return (r.instance_pools ?? []).map((p) => observedObject('instance-pool', p.instance_pool_id, p));
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
