import { canonicalJson, isObject, type JsonObject } from '../../../core/model/json.ts';
import type { DesiredObject, ObservedObject } from '../../../ports/workspace.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

const LAKEVIEW = '/api/2.0/lakeview/dashboards';

/** The fields of a Schedule (the SDK's dashboards model) a definition sets. */
function scheduleSpec(s: JsonObject): JsonObject {
  return {
    display_name: s.display_name ?? '',
    cron_schedule: s.cron_schedule ?? {},
    ...(s.pause_status !== undefined ? { pause_status: s.pause_status } : {}),
  };
}

async function schedulesOf(t: Transport, id: string): Promise<JsonObject[]> {
  return paginate(async (token) => {
    const r = await t.request<{ schedules?: JsonObject[]; next_page_token?: string }>(
      'GET',
      `${LAKEVIEW}/${id}/schedules`,
      { query: { page_token: token }, idempotent: true },
    );
    return { items: r.schedules ?? [], next: r.next_page_token || undefined };
  });
}

/**
 * AI/BI (Lakeview) dashboards (the SDK's LakeviewService). The list carries no content: the
 * dashboards codeploy may own are read with a GET, and their schedules listed. After a create or
 * an update the dashboard is published (embedding the publisher's credentials, as Asset Bundles do
 * by default), and its schedules are made to match, by display name.
 */
export const dashboardsApi: KindApi = {
  kind: 'dashboard',
  async list(t, hints) {
    const listed = await paginate(async (token) => {
      const r = await t.request<{ dashboards?: JsonObject[]; next_page_token?: string }>('GET', LAKEVIEW, {
        query: { page_size: 100, page_token: token },
        idempotent: true,
      });
      return { items: r.dashboards ?? [], next: r.next_page_token || undefined };
    });
    const wanted = new Set([...(hints.stateIds.dashboard ?? []), ...(hints.names.dashboard ?? [])]);
    const out: ObservedObject[] = [];
    for (const d of listed) {
      const id = String(d.dashboard_id);
      const shallow = observedObject('dashboard', id, d);
      if (!hints.everything && !wanted.has(id) && !wanted.has(shallow.name)) {
        out.push({ ...shallow, meta: { partial: true } });
        continue;
      }
      const full = await t.request<JsonObject>('GET', `${LAKEVIEW}/${id}`, { idempotent: true });
      const schedules = (await schedulesOf(t, id)).map(scheduleSpec);
      out.push(observedObject('dashboard', id, { ...full, ...(schedules.length ? { schedules } : {}) }));
    }
    return out;
  },
  async create(t, obj) {
    const r = await t.request<{ dashboard_id: string }>('POST', LAKEVIEW, {
      body: dashboardBody(obj),
      idempotent: false,
    });
    await dashboardsApi.finishCreate?.(t, r.dashboard_id, obj);
    return r.dashboard_id;
  },
  async finishCreate(t, id, obj) {
    await publish(t, id, obj);
    await syncSchedules(t, id, obj);
  },
  async update(t, id, obj) {
    const { parent_path: _fixed, ...body } = dashboardBody(obj);
    await t.request('PATCH', `${LAKEVIEW}/${id}`, { body, idempotent: true });
    await publish(t, id, obj);
    await syncSchedules(t, id, obj);
  },
  async delete(t, id) {
    // Moves it to the trash, as the UI does.
    await ignoreNotFound(() => t.request('DELETE', `${LAKEVIEW}/${id}`, { idempotent: true }));
  },
};

/** The create/update body: the content as the JSON string the API takes, no schedules. */
function dashboardBody(obj: DesiredObject): JsonObject {
  const { schedules: _apart, serialized_dashboard, ...rest } = obj.spec;
  return {
    ...rest,
    serialized_dashboard:
      typeof serialized_dashboard === 'string'
        ? serialized_dashboard
        : JSON.stringify(serialized_dashboard ?? {}),
  };
}

async function publish(t: Transport, id: string, obj: DesiredObject): Promise<void> {
  await t.request('POST', `${LAKEVIEW}/${id}/published`, {
    body: { warehouse_id: obj.spec.warehouse_id ?? '', embed_credentials: true },
    idempotent: true,
  });
}

/** Creates, updates and deletes schedules until they are the definition's, matched by display name. */
async function syncSchedules(t: Transport, id: string, obj: DesiredObject): Promise<void> {
  const wanted = (Array.isArray(obj.spec.schedules) ? obj.spec.schedules : [])
    .filter(isObject)
    .map(scheduleSpec);
  const held = await schedulesOf(t, id);
  for (const want of wanted) {
    const have = held.find((h) => h.display_name === want.display_name);
    const body = { pause_status: 'UNPAUSED', ...want };
    if (!have) await t.request('POST', `${LAKEVIEW}/${id}/schedules`, { body, idempotent: false });
    else if (canonicalJson(scheduleSpec(have)) !== canonicalJson(body))
      await t.request('PUT', `${LAKEVIEW}/${id}/schedules/${String(have.schedule_id)}`, {
        body: { ...body, ...(have.etag !== undefined ? { etag: have.etag } : {}) },
        idempotent: true,
      });
  }
  for (const extra of held.filter((h) => !wanted.some((w) => w.display_name === h.display_name)))
    await ignoreNotFound(() =>
      t.request('DELETE', `${LAKEVIEW}/${id}/schedules/${String(extra.schedule_id)}`, { idempotent: true }),
    );
}
