import { isObject, type JsonObject } from '../../core/model/json.ts';
import { invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { pageOf } from './paging.ts';
import { requireManage } from './permissions.ts';

/**
 * SQL queries, the Queries API. Sources: the SDK's sql models (CreateQueryRequest,
 * CreateQueryRequestQuery, UpdateQueryRequest with its required update_mask, Query with
 * lifecycle_state, ListQueryObjectsResponse's `results`) and QueriesService's docs (a delete moves
 * the query to the trash; a display name conflicting with another query's fails the create).
 */
/** What an update mask may name. Kept apart from the adapter's list on purpose: the emulator follows the API. */
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
  'owner_user_name',
];

function found(ws: WorkspaceState, id: string | undefined): JsonObject {
  const q = ws.queries.get(String(id));
  if (!q || q.lifecycle_state !== 'ACTIVE') throw notFound(`Query ${String(id)} does not exist.`);
  return q;
}

function checkName(ws: WorkspaceState, q: JsonObject, except?: string): void {
  const clash = [...ws.queries.values()].some(
    (o) =>
      o.id !== except &&
      o.lifecycle_state === 'ACTIVE' &&
      o.display_name === q.display_name &&
      o.parent_path === q.parent_path,
  );
  if (clash)
    throw invalid(`A query named '${String(q.display_name)}' already exists in ${String(q.parent_path)}.`);
}

export const queryRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/sql/queries',
    handler: ({ ws, body, user }) => {
      const given = isObject(body.query) ? body.query : {};
      const now = new Date(ws.now()).toISOString();
      const id = ws.nextHexId(32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
      const q: JsonObject = {
        run_as_mode: 'OWNER',
        apply_auto_limit: true,
        ...given,
        parent_path: typeof given.parent_path === 'string' ? given.parent_path : `/Users/${user}`,
        id,
        lifecycle_state: 'ACTIVE',
        owner_user_name: user,
        last_modifier_user_name: user,
        create_time: now,
        update_time: now,
      };
      checkName(ws, q);
      ws.queries.set(id, q);
      ws.grantCreator('queries', id, user, 'CAN_MANAGE');
      return q;
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/sql/queries',
    handler: ({ ws, query }) =>
      pageOf(
        [...ws.queries.values()].filter((q) => q.lifecycle_state === 'ACTIVE'),
        'results',
        query,
        'page_size',
        100,
      ),
  },
  { method: 'GET', pattern: '/api/2.0/sql/queries/:id', handler: ({ ws, params }) => found(ws, params.id) },
  {
    method: 'PATCH',
    pattern: '/api/2.0/sql/queries/:id',
    handler: ({ ws, params, body, user }) => {
      const q = found(ws, params.id);
      requireManage(ws, 'queries', String(q.id), user);
      if (typeof body.update_mask !== 'string' || body.update_mask === '')
        throw invalid('update_mask is required');
      const fields = body.update_mask === '*' ? UPDATABLE : body.update_mask.split(',');
      const unknown = fields.filter((f) => !UPDATABLE.includes(f));
      if (unknown.length > 0) throw invalid(`Cannot update ${unknown.join(', ')}`);
      const given = isObject(body.query) ? body.query : {};
      checkName(ws, { ...q, ...given }, String(q.id));
      for (const f of fields) {
        if (given[f] === undefined) delete q[f];
        else q[f] = given[f] as JsonObject[string];
      }
      q.run_as_mode ??= 'OWNER';
      q.apply_auto_limit ??= true;
      q.last_modifier_user_name = user;
      q.update_time = new Date(ws.now()).toISOString();
      return q;
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/sql/queries/:id',
    handler: ({ ws, params }) => {
      found(ws, params.id).lifecycle_state = 'TRASHED';
      return {};
    },
  },
];
