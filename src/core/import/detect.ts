import { KINDS, kindRules } from '../kinds/index.ts';
import { isObject, type JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';

/** One object found in an API payload, with the id it had in its source workspace. */
export interface FoundObject {
  kind: KindName;
  raw: JsonObject;
  sourceId?: string;
}

export type Payload =
  | { type: 'objects'; objects: FoundObject[] }
  | { type: 'permissions'; objectType: string; objectId: string; acl: JsonObject[] }
  | { type: 'refused'; why: string };

/** List responses: the key holding the items (`{"jobs": […]}`), and the kind of each. */
const LIST_KEYS: Record<string, KindName> = Object.fromEntries(
  Object.values(KINDS)
    .filter((k) => k.api.listKey)
    .map((k) => [k.api.listKey, k.kind]),
);

const POLICY_RULE_TYPES = new Set([
  'fixed',
  'forbidden',
  'allowlist',
  'blocklist',
  'regex',
  'range',
  'unlimited',
]);

/**
 * Works out what an API payload is: a GET response, a list response (`{"jobs": […]}` or a bare
 * array), a create request, a permissions response, or something that cannot become a definition.
 */
export function detectPayload(value: unknown): Payload {
  if (Array.isArray(value)) return objectsOf(value);
  if (!isObject(value)) return { type: 'refused', why: 'not a JSON object or array' };
  if (Array.isArray(value.access_control_list) && typeof value.object_id === 'string') {
    const [, type, ...rest] = value.object_id.split('/');
    return {
      type: 'permissions',
      objectType: type === 'sql' ? (rest[0] ?? '') : (type ?? ''),
      objectId: rest.at(-1) ?? '',
      acl: value.access_control_list.filter(isObject),
    };
  }
  if (Array.isArray(value.secrets)) {
    return {
      type: 'refused',
      why: 'a secrets list holds neither its scope name nor any values; declare secrets under a secret-scope definition (secrets: [{key, from_env}])',
    };
  }
  if (Array.isArray(value.items) || ('permission' in value && 'principal' in value)) {
    return {
      type: 'refused',
      why: "a secret ACL payload does not name its scope; put the grants in the secret-scope definition's permissions",
    };
  }
  for (const [key, kind] of Object.entries(LIST_KEYS)) {
    if (Array.isArray(value[key])) return objectsOf(value[key], kind);
  }
  const one = detectObject(value);
  return one
    ? { type: 'objects', objects: [one] }
    : { type: 'refused', why: 'not a payload of any kind codeploy deploys' };
}

function objectsOf(items: unknown[], kind?: KindName): Payload {
  const objects: FoundObject[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    const found = kind ? withId(kind, item) : detectObject(item);
    if (found) objects.push(found);
  }
  return objects.length > 0 ? { type: 'objects', objects } : { type: 'refused', why: 'an empty list' };
}

export function detectObject(v: JsonObject): FoundObject | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in v);
  let kind: KindName | undefined;
  if (has('settings', 'run_name', 'tasks', 'job_clusters') || (has('job_id') && !has('pipeline_id')))
    kind = 'job';
  else if (has('pipeline_id') || (isObject(v.spec) && has('latest_updates', 'state') && !has('cluster_id')))
    kind = 'pipeline';
  else if (has('instance_pool_name', 'instance_pool_id')) kind = 'instance-pool';
  else if (
    has('cluster_id', 'cluster_name') ||
    (has('spark_version') && has('node_type_id', 'autoscale', 'num_workers'))
  )
    kind = 'cluster';
  else if (has('policy_id') || (has('definition') && has('name'))) kind = 'cluster-policy';
  else if (has('cluster_size', 'warehouse_type', 'jdbc_url')) kind = 'sql-warehouse';
  else if (has('script_id') || (has('script') && has('position'))) kind = 'global-init-script';
  else if (has('backend_type', 'keyvault_metadata')) kind = 'secret-scope';
  // A RepoInfo (GET /api/2.0/repos/{id}, or an item of its list).
  else if (has('head_commit_id') || (has('url') && has('provider'))) kind = 'git-folder';
  else if (isBarePolicyDefinition(v)) return { kind: 'cluster-policy', raw: { definition: v } };
  return kind ? withId(kind, v) : undefined;
}

/** A policy's `definition` on its own: every value a rule with a known `type`. */
function isBarePolicyDefinition(v: JsonObject): boolean {
  const rules = Object.values(v);
  return (
    rules.length > 0 &&
    rules.every((r) => isObject(r) && typeof r.type === 'string' && POLICY_RULE_TYPES.has(r.type))
  );
}

function withId(kind: KindName, raw: JsonObject): FoundObject {
  const field = kindRules(kind).api.idField;
  const id = field ? raw[field] : undefined;
  return { kind, raw, ...(id !== undefined && id !== null ? { sourceId: String(id) } : {}) };
}

/** `/jobs/14` → job; the path segment of each kind in permissions object ids. */
export const PERMISSION_TYPES: Record<string, KindName> = Object.fromEntries(
  Object.values(KINDS)
    .filter((k) => k.api.permissionType)
    .map((k) => [k.api.permissionType, k.kind]),
);
