import { isObject, type JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

type PolicyInfo = JsonObject & { policy_id: string; definition?: string };

/** …and it goes back as the string the API expects. */
function policyBody(spec: JsonObject): JsonObject {
  return isObject(spec.definition) ? { ...spec, definition: JSON.stringify(spec.definition) } : spec;
}

export const policiesApi: KindApi = {
  kind: 'cluster-policy',
  async list(t) {
    const r = await t.request<{ policies?: PolicyInfo[] }>('GET', '/api/2.0/policies/clusters/list', {
      idempotent: true,
    });
    // The API carries `definition` as a JSON string; the kind's normalization makes it an object.
    return (r.policies ?? []).map((p) => observedObject('cluster-policy', p.policy_id, p));
  },
  async create(t, obj) {
    const r = await t.request<{ policy_id: string }>('POST', '/api/2.0/policies/clusters/create', {
      body: policyBody(obj.spec),
      idempotent: false,
    });
    return r.policy_id;
  },
  async update(t, id, obj) {
    await t.request('POST', '/api/2.0/policies/clusters/edit', {
      body: { ...policyBody(obj.spec), policy_id: id },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.0/policies/clusters/delete', { body: { policy_id: id }, idempotent: true }),
    );
  },
};
