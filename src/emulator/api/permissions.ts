import type { Grant } from '../../core/model/definition.ts';
import type { JsonObject } from '../../core/model/json.ts';
import { invalid, notFound } from '../errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';

/** Object types of the permissions API, with the levels each accepts. */
const LEVELS: Record<string, string[]> = {
  jobs: ['CAN_VIEW', 'CAN_MANAGE_RUN', 'IS_OWNER', 'CAN_MANAGE'],
  clusters: ['CAN_ATTACH_TO', 'CAN_RESTART', 'CAN_MANAGE'],
  'instance-pools': ['CAN_ATTACH_TO', 'CAN_MANAGE'],
  'cluster-policies': ['CAN_USE'],
  pipelines: ['CAN_VIEW', 'CAN_RUN', 'CAN_MANAGE', 'IS_OWNER'],
  warehouses: ['CAN_VIEW', 'CAN_MONITOR', 'CAN_USE', 'CAN_MANAGE', 'IS_OWNER'],
  directories: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  notebooks: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  files: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
};

/** Types whose objects get an owner; the server adds an IS_OWNER grant when none is given. */
const OWNED = new Set(['jobs', 'pipelines', 'warehouses']);

function exists(ws: WorkspaceState, type: string, id: string): boolean {
  switch (type) {
    case 'jobs':
      return ws.jobs.has(Number(id));
    case 'clusters':
      return ws.clusters.has(id);
    case 'instance-pools':
      return ws.pools.has(id);
    case 'cluster-policies':
      return ws.policies.has(id);
    case 'pipelines':
      return ws.pipelines.has(id);
    case 'warehouses':
      return ws.warehouses.has(id);
    default:
      return [...ws.objects.values()].some((o) => String(o.object_id) === id);
  }
}

function principal(g: Grant): [string, string] {
  if (g.user_name !== undefined) return ['user_name', g.user_name];
  if (g.group_name !== undefined) return ['group_name', g.group_name];
  return ['service_principal_name', g.service_principal_name ?? ''];
}

function view(ws: WorkspaceState, type: string, id: string): JsonObject {
  const direct = ws.grants.get(`${type}/${id}`) ?? [];
  const entries: JsonObject[] = direct.map((g) => {
    const [key, who] = principal(g);
    return {
      [key]: who,
      all_permissions: [{ permission_level: g.permission_level ?? '', inherited: false }],
    };
  });
  if (OWNED.has(type) && !direct.some((g) => g.permission_level === 'IS_OWNER')) {
    entries.unshift({
      user_name: ws.user,
      all_permissions: [{ permission_level: 'IS_OWNER', inherited: false }],
    });
  }
  const adminLevel = type === 'cluster-policies' ? 'CAN_USE' : 'CAN_MANAGE';
  entries.push({
    group_name: 'admins',
    all_permissions: [
      { permission_level: adminLevel, inherited: true, inherited_from_object: [`/${type}/`] },
    ],
  });
  return { object_id: `/${type}/${id}`, object_type: type.replace(/s$/, ''), access_control_list: entries };
}

function check(ws: WorkspaceState, type: string | undefined, id: string | undefined): [string, string] {
  if (!type || !(type in LEVELS)) throw invalid(`Unknown object type ${String(type)}`);
  if (!id || !exists(ws, type, id)) throw notFound(`${type} ${String(id)} does not exist.`);
  return [type, id];
}

function grantsFrom(type: string, body: JsonObject): Grant[] {
  const list = Array.isArray(body.access_control_list)
    ? (body.access_control_list as unknown as Grant[])
    : [];
  for (const g of list) {
    if (!LEVELS[type]?.includes(g.permission_level ?? '')) {
      throw invalid(
        `Permission ${String(g.permission_level)} is not valid for ${type}; allowed: ${LEVELS[type]?.join(', ')}`,
      );
    }
  }
  return list.map(
    (g) => ({ [principal(g)[0]]: principal(g)[1], permission_level: g.permission_level }) as Grant,
  );
}

export const permissionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/2.0/permissions/:type/:id',
    handler: ({ ws, params }) => view(ws, ...check(ws, params.type, params.id)),
  },
  {
    // PUT replaces every direct grant.
    method: 'PUT',
    pattern: '/api/2.0/permissions/:type/:id',
    handler: ({ ws, params, body }) => {
      const [type, id] = check(ws, params.type, params.id);
      ws.grants.set(`${type}/${id}`, grantsFrom(type, body));
      return view(ws, type, id);
    },
  },
  {
    // PATCH adds to the direct grants (the SDK sends it with an empty body: see the API facts).
    method: 'PATCH',
    pattern: '/api/2.0/permissions/:type/:id',
    handler: ({ ws, params, body }) => {
      const [type, id] = check(ws, params.type, params.id);
      const merged = new Map((ws.grants.get(`${type}/${id}`) ?? []).map((g) => [principal(g).join(':'), g]));
      for (const g of grantsFrom(type, body)) merged.set(principal(g).join(':'), g);
      ws.grants.set(`${type}/${id}`, [...merged.values()]);
      return view(ws, type, id);
    },
  },
];
