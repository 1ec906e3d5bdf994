import { createHash } from 'node:crypto';
import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

interface ScriptInfo extends JsonObject {
  script_id: string;
  name: string;
}

export const initScriptsApi: KindApi = {
  kind: 'global-init-script',
  async list(t, hints) {
    const r = await t.request<{ scripts?: ScriptInfo[] }>('GET', '/api/2.0/global-init-scripts', {
      idempotent: true,
    });
    const wanted = new Set(hints.stateIds['global-init-script'] ?? []);
    const names = new Set(hints.names['global-init-script'] ?? []);
    const out: ObservedObject[] = [];
    for (const s of r.scripts ?? []) {
      // The list carries no script bodies: read those codeploy may own or clash with.
      const full =
        wanted.has(s.script_id) || names.has(s.name)
          ? await t.request<ScriptInfo>('GET', `/api/2.0/global-init-scripts/${s.script_id}`, {
              idempotent: true,
            })
          : s;
      const obj = observedObject('global-init-script', s.script_id, full);
      const script = obj.spec.script;
      if (typeof script === 'string')
        obj.content_sha256 = createHash('sha256').update(Buffer.from(script, 'base64')).digest('hex');
      out.push(obj);
    }
    return out;
  },
  async create(t, obj) {
    const r = await t.request<{ script_id: string }>('POST', '/api/2.0/global-init-scripts', {
      body: obj.spec,
      idempotent: false,
    });
    return r.script_id;
  },
  async update(t, id, obj) {
    // Our own transport sends PATCH bodies; the SDK's would arrive empty.
    await t.request('PATCH', `/api/2.0/global-init-scripts/${id}`, { body: obj.spec, idempotent: true });
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('DELETE', `/api/2.0/global-init-scripts/${id}`, { idempotent: true }),
    );
  },
};
