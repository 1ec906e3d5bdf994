import type { JsonObject } from '../../../core/model/json.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

type WarehouseInfo = JsonObject & { id: string; state?: string };

/** How long to wait for a warehouse to start or stop before giving up. */
const WAIT_MS = 20 * 60_000;

async function waitFor(t: Transport, id: string, states: readonly string[]): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 200; ; delay = Math.min(delay * 2, 10_000)) {
    const w = await t.request<WarehouseInfo>('GET', `/api/2.0/sql/warehouses/${id}`, { idempotent: true });
    const state = String(w.state ?? 'UNKNOWN');
    if (states.includes(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`warehouse ${id} is still ${state} after ${WAIT_MS / 60_000} minutes`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

export const warehousesApi: KindApi = {
  kind: 'sql-warehouse',
  async list(t) {
    const all = await paginate(async (token) => {
      const page = await t.request<{ warehouses?: WarehouseInfo[]; next_page_token?: string }>(
        'GET',
        '/api/2.0/sql/warehouses',
        { query: { page_size: 100, page_token: token }, idempotent: true },
      );
      return { items: page.warehouses ?? [], next: page.next_page_token || undefined };
    });
    return all.map((w) =>
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
    if (state === 'RUNNING') {
      // Starts a stopped warehouse, without waiting for it to be up (SDK sql WarehousesAPI.start).
      const now = await waitFor(t, id, ['RUNNING', 'STOPPED', 'STARTING', 'DELETED']);
      if (now === 'STOPPED')
        await t.request('POST', `/api/2.0/sql/warehouses/${id}/start`, { idempotent: true });
      return [];
    }
    if (state !== 'STOPPED') return [];
    // A stop sent while the warehouse is still starting does not stick: wait for it to be up (or
    // already down), stop it, and see it stopped.
    const now = await waitFor(t, id, ['RUNNING', 'STOPPED', 'DELETED']);
    if (now !== 'RUNNING') return [];
    await t.request('POST', `/api/2.0/sql/warehouses/${id}/stop`, { idempotent: true });
    await waitFor(t, id, ['STOPPED']);
    return [];
  },
};
