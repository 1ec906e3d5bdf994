import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

/** What an update may set (the SDK's UpdateAlertV2Request field mask): the alert's own settings. */
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

/**
 * SQL alerts through the Alerts V2 API (the SDK's AlertsV2Service). The list holds whole alerts.
 * An update names every settable field in its mask, so a field left out of the definition is
 * cleared, as a job reset clears it. A delete moves the alert to the trash.
 */
export const alertsApi: KindApi = {
  kind: 'alert',
  async list(t) {
    const alerts = await paginate(async (token) => {
      const r = await t.request<{ alerts?: JsonObject[]; next_page_token?: string }>(
        'GET',
        '/api/2.0/alerts',
        {
          query: { page_size: 100, page_token: token },
          idempotent: true,
        },
      );
      return { items: r.alerts ?? [], next: r.next_page_token || undefined };
    });
    return alerts
      .filter((a) => a.lifecycle_state !== 'DELETED')
      .map((a) => observedObject('alert', String(a.id), a));
  },
  async create(t, obj) {
    const r = await t.request<{ id: string }>('POST', '/api/2.0/alerts', {
      body: obj.spec,
      idempotent: false,
    });
    return r.id;
  },
  async update(t, id, obj) {
    await t.request('PATCH', `/api/2.0/alerts/${id}`, {
      query: { update_mask: UPDATABLE.join(',') },
      body: obj.spec,
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() => t.request('DELETE', `/api/2.0/alerts/${id}`, { idempotent: true }));
  },
};
