import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

type PoolInfo = JsonObject & { instance_pool_id: string };

/** The fields instance-pools/edit changes (the SDK's EditInstancePool). */
const POOL_EDITABLE = [
  'instance_pool_name',
  'node_type_id',
  'min_idle_instances',
  'max_capacity',
  'idle_instance_autotermination_minutes',
  'custom_tags',
];

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
  async update(t, id, obj, current) {
    // instance-pools/edit changes only the name, node type, sizes, idle timeout and tags (the SDK's
    // EditInstancePool); the other fields go back as the workspace holds them, as Terraform sends
    // what it read, so a default the definition leaves out is never taken for an edit of it. A real
    // change to them is a recreate in the kind's rules.
    const editable = Object.fromEntries(
      POOL_EDITABLE.flatMap((f) => (obj.spec[f] !== undefined ? [[f, obj.spec[f]]] : [])),
    );
    const kept = Object.fromEntries(Object.entries(current.spec).filter(([f]) => !POOL_EDITABLE.includes(f)));
    await t.request('POST', '/api/2.0/instance-pools/edit', {
      body: { ...kept, ...editable, instance_pool_id: id },
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
