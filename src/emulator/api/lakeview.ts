import { isObject, type JsonObject } from '../../core/model/json.ts';
import { invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { pageOf } from './paging.ts';
import { requireManage } from './permissions.ts';

/**
 * AI/BI (Lakeview) dashboards and their schedules. Sources: databricks/cli libs/testserver/dashboards.go
 * (parent_path defaults to the user's home and must exist, a /Workspace prefix is dropped, the path
 * is `<parent_path>/<display_name>.lvdash.json`, the server adds `pageType` to every page and ends
 * the content with a newline, the etag grows with every update, a delete moves it to the trash,
 * publishing keeps the warehouse and embed_credentials) and the SDK's dashboards models (Schedule,
 * CronSchedule, ListDashboardsResponse, ListSchedulesResponse).
 */
const LAKEVIEW = '/api/2.0/lakeview/dashboards';

/** What the server stores of the content it is given (libs/testserver/dashboards.go transformSerializedDashboard). */
function stored(serialized: unknown): string {
  if (typeof serialized !== 'string') throw invalid('serialized_dashboard must be a JSON string');
  let content: unknown;
  try {
    content = JSON.parse(serialized);
  } catch {
    throw invalid('serialized_dashboard is not valid JSON');
  }
  let out = serialized;
  if (isObject(content) && Array.isArray(content.pages) && content.pages.length > 0) {
    for (const page of content.pages) if (isObject(page)) page.pageType = 'PAGE_TYPE_CANVAS';
    out = JSON.stringify(content);
  } else if (isObject(content) && Object.keys(content).length === 0) out = '{}';
  return out.endsWith('\n') ? out : `${out}\n`;
}

function dashboard(ws: WorkspaceState, id: string | undefined): JsonObject {
  const d = ws.dashboards.get(String(id));
  if (!d || d.lifecycle_state !== 'ACTIVE') throw notFound(`Dashboard ${String(id)} does not exist.`);
  return d;
}

function isFolder(ws: WorkspaceState, path: string): boolean {
  return ws.objects.get(path)?.object_type === 'DIRECTORY' || path.startsWith('/Users/');
}

function schedules(ws: WorkspaceState, id: string): Map<string, JsonObject> {
  let held = ws.dashboardSchedules.get(id);
  if (!held) {
    held = new Map();
    ws.dashboardSchedules.set(id, held);
  }
  return held;
}

function scheduleBody(
  ws: WorkspaceState,
  dashboardId: string,
  body: JsonObject,
  scheduleId?: string,
): JsonObject {
  const cron = body.cron_schedule;
  if (
    !isObject(cron) ||
    typeof cron.quartz_cron_expression !== 'string' ||
    typeof cron.timezone_id !== 'string'
  )
    throw invalid('cron_schedule needs quartz_cron_expression and timezone_id');
  const now = new Date(ws.now()).toISOString();
  return {
    ...body,
    pause_status: body.pause_status ?? 'UNPAUSED',
    dashboard_id: dashboardId,
    schedule_id: scheduleId ?? ws.nextHexId(32),
    etag: String(ws.now()),
    update_time: now,
  };
}

export const lakeviewRoutes: Route[] = [
  {
    method: 'POST',
    pattern: LAKEVIEW,
    handler: ({ ws, body, user }) => {
      let parent =
        typeof body.parent_path === 'string' && body.parent_path ? body.parent_path : `/Users/${user}`;
      if (parent.startsWith('/Workspace/')) parent = parent.slice('/Workspace'.length);
      if (!isFolder(ws, parent)) throw notFound(`Path (${parent}) doesn't exist.`);
      const path = `${parent}/${String(body.display_name)}.lvdash.json`;
      const taken = [...ws.dashboards.values()].some(
        (d) => d.lifecycle_state === 'ACTIVE' && d.path === path,
      );
      if (taken) throw invalid(`Node named '${String(body.display_name)}.lvdash.json' already exists`);
      const id = ws.nextHexId(32);
      const now = new Date(ws.now()).toISOString();
      const record: JsonObject = {
        ...body,
        dashboard_id: id,
        parent_path: parent,
        path,
        serialized_dashboard: stored(body.serialized_dashboard ?? '{}'),
        lifecycle_state: 'ACTIVE',
        etag: '80611980',
        create_time: now,
        update_time: now,
      };
      ws.dashboards.set(id, record);
      ws.grantCreator('dashboards', id, user, 'CAN_MANAGE');
      return record;
    },
  },
  {
    method: 'GET',
    pattern: LAKEVIEW,
    // The list gives each dashboard without its content.
    handler: (call) =>
      pageOf(
        [...call.ws.dashboards.values()]
          .filter((d) => d.lifecycle_state === 'ACTIVE')
          .map(({ serialized_dashboard: _content, ...rest }) => rest),
        'dashboards',
        call.query,
        'page_size',
        100,
      ),
  },
  { method: 'GET', pattern: `${LAKEVIEW}/:id`, handler: ({ ws, params }) => dashboard(ws, params.id) },
  {
    method: 'PATCH',
    pattern: `${LAKEVIEW}/:id`,
    handler: ({ ws, params, body, user }) => {
      const d = dashboard(ws, params.id);
      requireManage(ws, 'dashboards', String(d.dashboard_id), user);
      if (typeof body.display_name === 'string' && body.display_name !== '') {
        d.display_name = body.display_name;
        d.path = `${String(d.parent_path)}/${body.display_name}.lvdash.json`;
      }
      if (body.serialized_dashboard !== undefined) d.serialized_dashboard = stored(body.serialized_dashboard);
      if (body.warehouse_id !== undefined) d.warehouse_id = body.warehouse_id;
      d.etag = String(Number(d.etag) + 1);
      d.update_time = new Date(ws.now()).toISOString();
      return d;
    },
  },
  {
    method: 'DELETE',
    pattern: `${LAKEVIEW}/:id`,
    handler: ({ ws, params }) => {
      const d = dashboard(ws, params.id);
      d.lifecycle_state = 'TRASHED';
      ws.publishedDashboards.delete(String(d.dashboard_id));
      return {};
    },
  },
  {
    method: 'POST',
    pattern: `${LAKEVIEW}/:id/published`,
    handler: ({ ws, params, body }) => {
      const d = dashboard(ws, params.id);
      const published: JsonObject = {
        display_name: d.display_name ?? '',
        warehouse_id: (body.warehouse_id as string | undefined) || (d.warehouse_id ?? ''),
        embed_credentials: body.embed_credentials === true,
        revision_create_time: new Date(ws.now()).toISOString(),
      };
      ws.publishedDashboards.set(String(d.dashboard_id), published);
      return published;
    },
  },
  {
    method: 'GET',
    pattern: `${LAKEVIEW}/:id/published`,
    handler: ({ ws, params }) => {
      const published = ws.publishedDashboards.get(String(dashboard(ws, params.id).dashboard_id));
      if (!published) throw notFound('The dashboard is not published.');
      return published;
    },
  },
  {
    method: 'POST',
    pattern: `${LAKEVIEW}/:id/schedules`,
    handler: ({ ws, params, body }) => {
      const id = String(dashboard(ws, params.id).dashboard_id);
      const schedule = scheduleBody(ws, id, body);
      schedules(ws, id).set(String(schedule.schedule_id), schedule);
      return schedule;
    },
  },
  {
    method: 'GET',
    pattern: `${LAKEVIEW}/:id/schedules`,
    handler: (call) => {
      const id = String(dashboard(call.ws, call.params.id).dashboard_id);
      return pageOf([...schedules(call.ws, id).values()], 'schedules', call.query, 'page_size', 100);
    },
  },
  {
    method: 'PUT',
    pattern: `${LAKEVIEW}/:id/schedules/:schedule`,
    handler: ({ ws, params, body }) => {
      const id = String(dashboard(ws, params.id).dashboard_id);
      const held = schedules(ws, id);
      const current = held.get(String(params.schedule));
      if (!current) throw notFound(`Schedule ${String(params.schedule)} does not exist.`);
      // Schedule.etag: "can be optionally provided on updates to ensure that the schedule has not been modified".
      if (body.etag !== undefined && body.etag !== current.etag)
        throw invalid('The etag does not match: the schedule changed.');
      const schedule = scheduleBody(ws, id, body, String(params.schedule));
      held.set(String(params.schedule), schedule);
      return schedule;
    },
  },
  {
    method: 'DELETE',
    pattern: `${LAKEVIEW}/:id/schedules/:schedule`,
    handler: ({ ws, params }) => {
      const id = String(dashboard(ws, params.id).dashboard_id);
      if (!schedules(ws, id).delete(String(params.schedule)))
        throw notFound(`Schedule ${String(params.schedule)} does not exist.`);
      return {};
    },
  },
];
