import type { JsonObject } from '../../core/model/json.ts';
import { exists, notFound } from '../errors.ts';
import type { WarehouseRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { requireManage } from './permissions.ts';

function warehouse(ws: WorkspaceState, id: string | undefined): WarehouseRecord {
  const record = ws.warehouses.get(String(id));
  if (!record) throw notFound(`Warehouse ${String(id)} does not exist.`);
  ws.settle(record.status);
  return record;
}

function view(ws: WorkspaceState, w: WarehouseRecord): JsonObject {
  ws.settle(w.status);
  return {
    // Source: databricks/cli libs/testserver/sql_warehouses.go sqlWarehouseFixUps.
    min_num_clusters: 1,
    warehouse_type: 'CLASSIC',
    ...w.spec,
    id: w.id,
    state: w.status.state,
    creator_name: w.creator_name,
    num_clusters: w.status.state === 'RUNNING' ? 1 : 0,
    num_active_sessions: 0,
    jdbc_url: `jdbc:spark://${ws.host.replace(/^https?:\/\//, '')}:443/default;httpPath=/sql/1.0/warehouses/${w.id}`,
    odbc_params: {
      hostname: ws.host.replace(/^https?:\/\//, ''),
      path: `/sql/1.0/warehouses/${w.id}`,
      port: 443,
      protocol: 'https',
    },
    health: { status: 'HEALTHY' },
  };
}

function uniqueName(ws: WorkspaceState, name: unknown, except?: string): void {
  if ([...ws.warehouses.values()].some((w) => w.id !== except && w.spec.name === name)) {
    throw exists(`A warehouse named "${String(name)}" already exists.`);
  }
}

export const warehouseRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/sql/warehouses',
    handler: ({ ws, body, user }) => {
      uniqueName(ws, body.name);
      const id = ws.nextHexId(16);
      const record: WarehouseRecord = { id, spec: body, status: { state: 'STARTING' }, creator_name: user };
      // Creating a warehouse starts it.
      ws.transition(record.status, 'STARTING', 'RUNNING');
      ws.warehouses.set(id, record);
      ws.grantCreator('warehouses', id, user, 'CAN_MANAGE');
      return { id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/sql/warehouses',
    // Paged by page_size and page_token. Source: the SDK's ListWarehousesRequest.
    handler: ({ ws, query }) => {
      const size = Number(query.get('page_size') ?? 100);
      const all = [...ws.warehouses.values()];
      const offset = Number(query.get('page_token') || 0);
      const page = all.slice(offset, offset + size);
      const next = offset + page.length < all.length ? String(offset + page.length) : undefined;
      return { warehouses: page.map((w) => view(ws, w)), ...(next ? { next_page_token: next } : {}) };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/sql/warehouses/:id',
    handler: ({ ws, params }) => view(ws, warehouse(ws, params.id)),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/sql/warehouses/:id/edit',
    handler: ({ ws, params, body, user }) => {
      const w = warehouse(ws, params.id);
      requireManage(ws, 'warehouses', w.id, user);
      uniqueName(ws, body.name, w.id);
      const { id: _id, ...spec } = body;
      w.spec = spec;
      // Editing restarts a warehouse: a stopped one comes back up.
      ws.transition(w.status, 'STARTING', 'RUNNING');
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/sql/warehouses/:id/start',
    handler: ({ ws, params }) => {
      const w = warehouse(ws, params.id);
      if (w.status.state !== 'RUNNING') ws.transition(w.status, 'STARTING', 'RUNNING');
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/sql/warehouses/:id/stop',
    handler: ({ ws, params }) => {
      const w = warehouse(ws, params.id);
      // A stop while the warehouse is still starting does not stick: it comes up RUNNING all the same,
      // so a client must wait for RUNNING, stop, and see STOPPED. Source: issue #7's review of passive
      // warehouses left running after a stop sent during STARTING.
      if (w.status.state === 'STARTING') return {};
      if (w.status.state !== 'STOPPED') ws.transition(w.status, 'STOPPING', 'STOPPED');
      return {};
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/sql/warehouses/:id',
    handler: ({ ws, params }) => {
      warehouse(ws, params.id);
      ws.warehouses.delete(String(params.id));
      ws.grants.delete(`warehouses/${params.id}`);
      return {};
    },
  },
];
