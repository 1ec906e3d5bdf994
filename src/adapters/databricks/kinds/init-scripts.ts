import { createHash } from 'node:crypto';
import { kindRules } from '../../../core/kinds/index.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { ignoreNotFound, type KindApi, without } from './api.ts';

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
    // The list carries no script bodies: read those codeploy may own or clash with.
    const wanted = new Set(hints.stateIds['global-init-script'] ?? []);
    const names = new Set(hints.names['global-init-script'] ?? []);
    const out: ObservedObject[] = [];
    for (const s of r.scripts ?? []) {
      let spec = without(s, kindRules('global-init-script').readOnlyFields);
      if (wanted.has(s.script_id) || names.has(s.name)) {
        const full = await t.request<ScriptInfo>('GET', `/api/2.0/global-init-scripts/${s.script_id}`, {
          idempotent: true,
        });
        spec = without(full, kindRules('global-init-script').readOnlyFields);
      }
      const content_sha256 =
        typeof spec.script === 'string'
          ? createHash('sha256').update(Buffer.from(spec.script, 'base64')).digest('hex')
          : undefined;
      out.push({
        kind: 'global-init-script',
        id: s.script_id,
        name: s.name,
        spec,
        ...(content_sha256 ? { content_sha256 } : {}),
      });
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
