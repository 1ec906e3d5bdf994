import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

/** What an update may set (the SDK's UpdateQueryRequestQuery), named in the field mask. */
const UPDATABLE = [
  'display_name',
  'query_text',
  'warehouse_id',
  'description',
  'catalog',
  'schema',
  'parameters',
  'run_as_mode',
  'apply_auto_limit',
  'tags',
];

/**
 * SQL queries through the Queries API (the SDK's QueriesService). The list holds whole queries. An
 * update names every settable field the definition has in its mask. A delete moves it to the trash.
 */
export const queriesApi: KindApi = {
  kind: 'query',
  async list(t) {
    const queries = await paginate(async (token) => {
      const r = await t.request<{ results?: JsonObject[]; next_page_token?: string }>(
        'GET',
        '/api/2.0/sql/queries',
        {
          query: { page_size: 100, page_token: token },
          idempotent: true,
        },
      );
      return { items: r.results ?? [], next: r.next_page_token || undefined };
    });
    return queries
      .filter((q) => q.lifecycle_state !== 'TRASHED')
      .map((q) => observedObject('query', String(q.id), q));
  },
  async create(t, obj) {
    const r = await t.request<{ id: string }>('POST', '/api/2.0/sql/queries', {
      body: { query: obj.spec },
      idempotent: false,
    });
    return r.id;
  },
  async update(t, id, obj) {
    const { parent_path: _fixed, ...query } = obj.spec;
    await t.request('PATCH', `/api/2.0/sql/queries/${id}`, {
      body: { update_mask: UPDATABLE.join(','), query },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() => t.request('DELETE', `/api/2.0/sql/queries/${id}`, { idempotent: true }));
  },
};
