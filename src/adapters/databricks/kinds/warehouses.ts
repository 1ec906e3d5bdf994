import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

type WarehouseInfo = JsonObject & { id: string; state?: string };

export const warehousesApi: KindApi = {
  kind: 'sql-warehouse',
  permissionType: 'warehouses',
  async list(t) {
    const r = await t.request<{ warehouses?: WarehouseInfo[] }>('GET', '/api/2.0/sql/warehouses', {
      idempotent: true,
    });
    return (r.warehouses ?? []).map((w) =>
      observedObject('sql-warehouse', w.id, w, { lifecycle: { state: String(w.state ?? 'UNKNOWN') } }),
    );
  },
  async create(t, obj) {
    // Creating a warehouse starts it; a passive region stops it right after.
    const r = await t.request<{ id: string }>('POST', '/api/2.0/sql/warehouses', {
      body: obj.spec,
      idempotent: false,
    });
    return r.id;
  },
  async update(t, id, obj) {
    // An edit restarts the warehouse: the apply stops it again where it must stay stopped.
    await t.request('POST', `/api/2.0/sql/warehouses/${id}/edit`, {
      body: { ...obj.spec, id },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() => t.request('DELETE', `/api/2.0/sql/warehouses/${id}`, { idempotent: true }));
  },
  async setLifecycle(t, id, state) {
    if (state === 'STOPPED')
      await t.request('POST', `/api/2.0/sql/warehouses/${id}/stop`, { idempotent: true });
  },
};
