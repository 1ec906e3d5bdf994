import type { JsonObject } from '../../core/model/json.ts';
import { exists, notFound } from '../errors.ts';
import type { WarehouseRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

function warehouse(ws: WorkspaceState, id: string | undefined): WarehouseRecord {
  const record = ws.warehouses.get(String(id));
  if (!record) throw notFound(`Warehouse ${String(id)} does not exist.`);
  ws.settle(record.status);
  return record;
}

function view(ws: WorkspaceState, w: WarehouseRecord): JsonObject {
  ws.settle(w.status);
  return {
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
      return { id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/sql/warehouses',
    handler: ({ ws }) => ({ warehouses: [...ws.warehouses.values()].map((w) => view(ws, w)) }),
  },
  {
    method: 'GET',
    pattern: '/api/2.0/sql/warehouses/:id',
    handler: ({ ws, params }) => view(ws, warehouse(ws, params.id)),
  },
  {
    method: 'POST',
    pattern: '/api/2.0/sql/warehouses/:id/edit',
    handler: ({ ws, params, body }) => {
      const w = warehouse(ws, params.id);
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
