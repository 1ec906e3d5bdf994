import { kindRules } from '../../../core/kinds/index.ts';
import { isObject, type JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, without } from './api.ts';

type PolicyInfo = JsonObject & { policy_id: string; definition?: string };

/** The API carries `definition` as a JSON string; codeploy keeps it as an object. */
function policySpec(p: PolicyInfo): JsonObject {
  const spec = without(p, kindRules('cluster-policy').readOnlyFields);
  return kindRules('cluster-policy').normalize?.(spec) ?? spec;
}

function policyBody(spec: JsonObject): JsonObject {
  return isObject(spec.definition) ? { ...spec, definition: JSON.stringify(spec.definition) } : spec;
}

export const policiesApi: KindApi = {
  kind: 'cluster-policy',
  permissionType: 'cluster-policies',
  async list(t) {
    const r = await t.request<{ policies?: PolicyInfo[] }>('GET', '/api/2.0/policies/clusters/list', {
      idempotent: true,
    });
    return (r.policies ?? []).map((p) => ({
      kind: 'cluster-policy' as const,
      id: p.policy_id,
      name: String(p.name ?? ''),
      spec: policySpec(p),
    }));
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
