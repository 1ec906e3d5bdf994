import { isObject, type JsonObject } from '../../core/model/json.ts';
import { exists, invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { pageOf } from './paging.ts';
import { requireManage } from './permissions.ts';

/**
 * SQL alerts, the Alerts V2 API. Sources: the SDK's sql models (AlertV2, CronSchedule,
 * AlertV2Evaluation, UpdateAlertV2Request, ListAlertsV2Response) and databricks/cli
 * libs/testserver/alerts.go (an alert is ACTIVE once made; delete moves it to the trash, DELETED,
 * unless purged; the backend always writes an evaluation.notification object).
 */
const REQUIRED = ['display_name', 'query_text', 'warehouse_id', 'evaluation', 'schedule'];
/**
 * What an update mask may name: the alert's own settings, not what the server keeps. Kept apart
 * from the adapter's list on purpose: the emulator follows the API, not codeploy.
 */
const UPDATABLE = [
  'display_name',
  'query_text',
  'warehouse_id',
  'evaluation',
  'schedule',
  'custom_summary',
  'custom_description',
  'run_as',
];

function alert(ws: WorkspaceState, id: string | undefined): JsonObject {
  const a = ws.alerts.get(String(id));
  if (!a || a.lifecycle_state !== 'ACTIVE') throw notFound(`Alert ${String(id)} does not exist.`);
  return a;
}

/** An alert is a file `<parent_path>/<display_name>.dbalert.json` (the testserver): one per name and folder. */
function checkFree(ws: WorkspaceState, body: JsonObject, except?: string): void {
  const taken = [...ws.alerts.values()].some(
    (a) =>
      a.id !== except &&
      a.lifecycle_state === 'ACTIVE' &&
      a.display_name === body.display_name &&
      (a.parent_path ?? '') === (body.parent_path ?? ''),
  );
  if (taken) throw exists(`An alert named '${String(body.display_name)}' already exists in this folder.`);
}

function withDefaults(body: JsonObject): JsonObject {
  const evaluation = isObject(body.evaluation) ? body.evaluation : {};
  const schedule = isObject(body.schedule) ? body.schedule : {};
  return {
    ...body,
    evaluation: { notification: {}, ...evaluation },
    schedule: { pause_status: 'UNPAUSED', ...schedule },
  };
}

export const alertRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/alerts',
    handler: ({ ws, body, user }) => {
      const missing = REQUIRED.filter((f) => body[f] === undefined);
      if (missing.length > 0) throw invalid(`Missing required field(s): ${missing.join(', ')}`);
      if (!ws.warehouses.has(String(body.warehouse_id)))
        throw invalid(`Warehouse ${String(body.warehouse_id)} does not exist.`);
      checkFree(ws, body);
      const id = ws.nextHexId(32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
      const now = new Date(ws.now()).toISOString();
      const record: JsonObject = {
        ...withDefaults(body),
        id,
        lifecycle_state: 'ACTIVE',
        owner_user_name: user,
        create_time: now,
        update_time: now,
      };
      ws.alerts.set(id, record);
      ws.grantCreator('alertsv2', id, user, 'CAN_MANAGE');
      return record;
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/alerts',
    handler: ({ ws, query }) =>
      pageOf(
        [...ws.alerts.values()].filter((a) => a.lifecycle_state === 'ACTIVE'),
        'alerts',
        query,
        'page_size',
        100,
      ),
  },
  { method: 'GET', pattern: '/api/2.0/alerts/:id', handler: ({ ws, params }) => alert(ws, params.id) },
  {
    method: 'PATCH',
    pattern: '/api/2.0/alerts/:id',
    handler: ({ ws, params, body, query, user }) => {
      const a = alert(ws, params.id);
      requireManage(ws, 'alertsv2', String(a.id), user);
      // UpdateAlertV2Request: the field mask is required, comma-separated top-level fields or `*`.
      const mask = query.get('update_mask');
      if (!mask) throw invalid('update_mask is required');
      const fields = mask === '*' ? UPDATABLE : mask.split(',');
      const unknown = fields.filter((f) => !UPDATABLE.includes(f));
      if (unknown.length > 0) throw invalid(`Cannot update ${unknown.join(', ')}`);
      const given = isObject(body) ? body : {};
      checkFree(ws, { ...a, ...given }, String(a.id));
      for (const f of fields) {
        if (given[f] === undefined) delete a[f];
        else a[f] = given[f] as JsonObject[string];
      }
      Object.assign(a, withDefaults(a), { update_time: new Date(ws.now()).toISOString() });
      return a;
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/alerts/:id',
    handler: ({ ws, params, query }) => {
      const a = alert(ws, params.id);
      if (query.get('purge') === 'true') ws.alerts.delete(String(a.id));
      else a.lifecycle_state = 'DELETED';
      return {};
    },
  },
];
