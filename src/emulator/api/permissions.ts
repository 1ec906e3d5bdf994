import type { Grant } from '../../core/model/definition.ts';
import type { JsonObject } from '../../core/model/json.ts';
import { ApiFailure, invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Call, Route } from '../types.ts';

/** How one object type of the permissions API behaves. */
interface AclType {
  /** Levels a PUT may grant. Source: Terraform `permissions/permission_definitions.go`. */
  levels: string[];
  exists(ws: WorkspaceState, id: string): boolean;
  /**
   * Every PUT must name exactly one IS_OWNER, else 400 "The job must have exactly one owner."
   * Source: databricks/cli `libs/testserver/permissions.go` (verified there against the backend).
   */
  ownerNoun?: string;
  /** The level inherited by the `admins` group, as a GET shows it. */
  adminLevel: string;
  /**
   * The creator holds a direct grant that a PUT replaces, and a non-admin needs CAN_MANAGE (or
   * ownership) to read or change the list. Workspace folders under /Shared are managed by all users
   * by inheritance, and only admins create cluster policies: neither is checked here.
   */
  creatorGrant?: boolean;
}

const workspaceObject = (ws: WorkspaceState, id: string) =>
  [...ws.objects.values()].some((o) => String(o.object_id) === id);

const WORKSPACE_LEVELS = ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'];

const warehouses: AclType = {
  levels: ['CAN_VIEW', 'CAN_MONITOR', 'CAN_USE', 'CAN_MANAGE', 'IS_OWNER'],
  exists: (ws, id) => ws.warehouses.has(id),
  adminLevel: 'CAN_MANAGE',
  creatorGrant: true,
};

export const ACL_TYPES: Record<string, AclType> = {
  jobs: {
    levels: ['CAN_VIEW', 'CAN_MANAGE_RUN', 'IS_OWNER', 'CAN_MANAGE'],
    exists: (ws, id) => ws.jobs.has(Number(id)),
    ownerNoun: 'job',
    creatorGrant: true,
    adminLevel: 'CAN_MANAGE',
  },
  pipelines: {
    levels: ['CAN_VIEW', 'CAN_RUN', 'CAN_MANAGE', 'IS_OWNER'],
    exists: (ws, id) => ws.pipelines.has(id),
    ownerNoun: 'pipeline',
    creatorGrant: true,
    adminLevel: 'CAN_MANAGE',
  },
  clusters: {
    levels: ['CAN_ATTACH_TO', 'CAN_RESTART', 'CAN_MANAGE'],
    exists: (ws, id) => ws.clusters.has(id),
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  'instance-pools': {
    levels: ['CAN_ATTACH_TO', 'CAN_MANAGE'],
    exists: (ws, id) => ws.pools.has(id),
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  'cluster-policies': {
    levels: ['CAN_USE'],
    exists: (ws, id) => ws.policies.has(id),
    adminLevel: 'CAN_USE',
  },
  // The SDK calls `/permissions/warehouses/{id}`, Terraform `/permissions/sql/warehouses/{id}`: both answer.
  warehouses,
  'sql/warehouses': warehouses,
  directories: { levels: WORKSPACE_LEVELS, exists: workspaceObject, adminLevel: 'CAN_MANAGE' },
  // Source: Terraform permissions/permission_definitions.go (repos: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  repos: {
    levels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
    exists: (ws, id) => ws.repos.has(id),
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  // Alerts V2: `/permissions/alertsv2/{id}` (databricks/cli bundle/direct/dresources/permissions.go,
  // libs/testserver/permissions.go); levels as Terraform's sql_alert.
  alertsv2: {
    levels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
    exists: (ws, id) => ws.alerts.get(id)?.lifecycle_state === 'ACTIVE',
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  // Source: Terraform permissions/permission_definitions.go (sql queries: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  queries: {
    levels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
    exists: (ws, id) => ws.queries.get(id)?.lifecycle_state === 'ACTIVE',
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  // Source: Terraform permissions/permission_definitions.go (dashboards: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  dashboards: {
    levels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
    exists: (ws, id) => ws.dashboards.get(id)?.lifecycle_state === 'ACTIVE',
    adminLevel: 'CAN_MANAGE',
    creatorGrant: true,
  },
  notebooks: { levels: WORKSPACE_LEVELS, exists: workspaceObject, adminLevel: 'CAN_MANAGE' },
  files: { levels: WORKSPACE_LEVELS, exists: workspaceObject, adminLevel: 'CAN_MANAGE' },
};

/** Grants are stored under one key per object, whichever path spelling reached it. */
function storeKey(type: string, id: string): string {
  return `${type === 'sql/warehouses' ? 'warehouses' : type}/${id}`;
}

function principal(g: Grant): [string, string] {
  if (g.user_name !== undefined) return ['user_name', g.user_name];
  if (g.group_name !== undefined) return ['group_name', g.group_name];
  return ['service_principal_name', g.service_principal_name ?? ''];
}

/** Whether `user` holds a level that lets them manage the object's access (direct grants only). */
/**
 * Calls only workspace admins may make. Sources: docs.databricks.com "Create and manage compute
 * policies" (only admins create, edit and delete policies), "Global init scripts" (admins only), and
 * the API facts (clusters.pin, admin only).
 */
export function requireAdmin(ws: WorkspaceState, user: string, what: string): void {
  if (!ws.isAdmin(user)) throw new ApiFailure(403, 'PERMISSION_DENIED', `Only workspace admins can ${what}.`);
}

export function canManage(ws: WorkspaceState, type: string, id: string, user: string): boolean {
  if (ws.isAdmin(user)) return true;
  return (ws.grants.get(storeKey(type, id)) ?? []).some(
    (g) =>
      (g.user_name === user || g.service_principal_name === user) &&
      (g.permission_level === 'CAN_MANAGE' || g.permission_level === 'IS_OWNER'),
  );
}

/**
 * A non-admin without CAN_MANAGE (or ownership) can neither read nor change an object's access, nor
 * edit it. Source: databricks/cli `libs/testserver/jobs.go` (jobManagePermissionDenied), and
 * Terraform issue 1504 (`update.AddCurrentUserAsManage`: a PUT without the caller removes its access).
 */
export function requireManage(ws: WorkspaceState, type: string, id: string, user: string): void {
  if (!ACL_TYPES[type]?.creatorGrant) return;
  if (canManage(ws, type, id, user)) return;
  throw new ApiFailure(
    403,
    'PERMISSION_DENIED',
    `${user} does not have Manage permissions on ${type} ${id}. Please contact the owner or an administrator for access.`,
  );
}

function view(ws: WorkspaceState, type: string, id: string): JsonObject {
  const acl = ACL_TYPES[type] as AclType;
  const direct = ws.grants.get(storeKey(type, id)) ?? [];
  const entries: JsonObject[] = direct.map((g) => {
    const [key, who] = principal(g);
    return {
      [key]: who,
      all_permissions: [{ permission_level: g.permission_level ?? '', inherited: false }],
    };
  });
  // Source: databricks/cli `libs/testserver/permissions.go` ("cloud environment fixups").
  entries.push({
    group_name: 'admins',
    all_permissions: [
      { permission_level: acl.adminLevel, inherited: true, inherited_from_object: [`/${type}/`] },
    ],
  });
  return { object_id: `/${type}/${id}`, object_type: type.replace(/s$/, ''), access_control_list: entries };
}

function check(call: Call): [string, string] {
  const type = call.params.prefix ? `${call.params.prefix}/${call.params.type}` : call.params.type;
  const id = call.params.id;
  // Source: databricks/cli `libs/testserver/permissions.go` ("request_object_type is not recognized").
  if (!type || !(type in ACL_TYPES)) throw invalid(`request_object_type is not recognized: ${String(type)}`);
  if (!id || !(ACL_TYPES[type] as AclType).exists(call.ws, id))
    throw notFound(`${type} ${String(id)} does not exist.`);
  if ((ACL_TYPES[type] as AclType).creatorGrant) requireManage(call.ws, type, id, call.user);
  return [type, id];
}

/** How the backend names a principal in its "does not exist" answer. */
const PRINCIPAL_NOUN = {
  user_name: 'UserName',
  group_name: 'GroupName',
  service_principal_name: 'ServicePrincipalName',
};

function grantsFrom(ws: WorkspaceState, type: string, body: JsonObject): Grant[] {
  if (!Array.isArray(body.access_control_list)) throw invalid('access_control_list is required');
  const acl = ACL_TYPES[type] as AclType;
  const list = body.access_control_list as unknown as Grant[];
  for (const g of list) {
    // A principal this workspace does not know is refused, and nothing of the list is applied.
    // Source: databricks/cli acceptance/bundle/resources/permissions/factcheck/test.toml, where the
    // backend answers "…: ServicePrincipalName(…) does not exist" to such a PUT.
    if (!ws.knows(g)) {
      const [key, who] = principal(g);
      throw invalid(
        `Principal: ${PRINCIPAL_NOUN[key as keyof typeof PRINCIPAL_NOUN]}(${who}) does not exist`,
      );
    }
    if (!acl.levels.includes(g.permission_level ?? '')) {
      throw invalid(
        `Permission ${String(g.permission_level)} is not valid for ${type}; allowed: ${acl.levels.join(', ')}`,
      );
    }
  }
  return list.map(
    (g) => ({ [principal(g)[0]]: principal(g)[1], permission_level: g.permission_level }) as Grant,
  );
}

function checkOwners(type: string, grants: Grant[]): void {
  const noun = ACL_TYPES[type]?.ownerNoun;
  if (!noun) return;
  const owners = grants.filter((g) => g.permission_level === 'IS_OWNER').length;
  if (owners !== 1) throw invalid(`The ${noun} must have exactly one owner.`);
}

function put(call: Call): JsonObject {
  const [type, id] = check(call);
  const grants = grantsFrom(call.ws, type, call.body);
  checkOwners(type, grants);
  call.ws.grants.set(storeKey(type, id), grants);
  return view(call.ws, type, id);
}

function patch(call: Call): JsonObject {
  const [type, id] = check(call);
  const key = storeKey(type, id);
  const merged = new Map((call.ws.grants.get(key) ?? []).map((g) => [principal(g).join(':'), g]));
  for (const g of grantsFrom(call.ws, type, call.body)) merged.set(principal(g).join(':'), g);
  checkOwners(type, [...merged.values()]);
  call.ws.grants.set(key, [...merged.values()]);
  return view(call.ws, type, id);
}

export const permissionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/2.0/permissions/:type/:id',
    handler: (call) => view(call.ws, ...check(call)),
  },
  {
    method: 'GET',
    pattern: '/api/2.0/permissions/:prefix/:type/:id',
    handler: (call) => view(call.ws, ...check(call)),
  },
  // PUT replaces every direct grant.
  { method: 'PUT', pattern: '/api/2.0/permissions/:type/:id', handler: put },
  { method: 'PUT', pattern: '/api/2.0/permissions/:prefix/:type/:id', handler: put },
  // PATCH adds to the direct grants (the SDK sends it with an empty body: see the API facts).
  { method: 'PATCH', pattern: '/api/2.0/permissions/:type/:id', handler: patch },
];
