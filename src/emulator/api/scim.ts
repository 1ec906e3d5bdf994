import type { Json } from '../../core/model/json.ts';
import { invalid } from '../errors.ts';
import type { Directory } from '../state.ts';
import type { Call, Route } from '../types.ts';

/**
 * A SCIM list filtered the way codeploy and Terraform's data sources ask: `attribute eq "value"`,
 * several joined by `or`. The service supports more (co, sw, ne, and: the SDK's ListGroupsRequest);
 * the emulator refuses what it does not implement rather than answer it wrongly.
 */
function wanted(call: Call, attribute: string): Set<string> | undefined {
  const filter = call.query.get('filter');
  if (filter === null || filter.trim() === '') return undefined;
  const names = new Set<string>();
  for (const clause of filter.split(/\s+or\s+/i)) {
    const m = /^\s*(\w+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(clause);
    if (!m || m[1]?.toLowerCase() !== attribute.toLowerCase())
      throw invalid(`the emulator supports only '${attribute} eq "…"' filters joined by or, not: ${filter}`);
    names.add((m[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return names;
}

/**
 * A SCIM ListResponse. Source: the SDK's iam ListGroupsResponse / ListUsersResponse /
 * ListServicePrincipalResponse (Resources, totalResults, itemsPerPage, startIndex, schemas).
 */
function list(
  call: Call,
  from: keyof Directory,
  attribute: string,
  resource: (name: string, id: string) => Record<string, Json>,
) {
  const filter = wanted(call, attribute);
  const names = [...call.ws.directory[from]].filter((n) => !filter || filter.has(n)).sort();
  const Resources = names.map((n) => resource(n, call.ws.principalId(from, n)));
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
    totalResults: Resources.length,
    itemsPerPage: Resources.length,
    startIndex: 1,
    Resources,
  };
}

/** Who the token belongs to, and who else the workspace knows. */
export const scimRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/2.0/preview/scim/v2/Me',
    // The workspace id comes as a response header. Source: databricks/cli libs/testserver/handlers.go
    // and libs/auth/workspace_id.go (the SDK's CurrentWorkspaceID reads it from /Me).
    headers: ({ ws }) => ({ 'x-databricks-org-id': ws.orgId }),
    handler: ({ user }) => ({
      userName: user,
      active: true,
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    }),
  },
  // Source: the SDK's GroupsV2API.list (GET /api/2.0/preview/scim/v2/Groups, `filter`).
  {
    method: 'GET',
    pattern: '/api/2.0/preview/scim/v2/Groups',
    handler: (call) => list(call, 'groups', 'displayName', (name, id) => ({ id, displayName: name })),
  },
  // Source: the SDK's UsersV2API.list (GET /api/2.0/preview/scim/v2/Users, `filter`).
  {
    method: 'GET',
    pattern: '/api/2.0/preview/scim/v2/Users',
    handler: (call) => list(call, 'users', 'userName', (name, id) => ({ id, userName: name, active: true })),
  },
  // Source: the SDK's ServicePrincipalsV2API.list; ACLs name a service principal by applicationId.
  {
    method: 'GET',
    pattern: '/api/2.0/preview/scim/v2/ServicePrincipals',
    handler: (call) =>
      list(call, 'servicePrincipals', 'applicationId', (name, id) => ({
        id,
        applicationId: name,
        active: true,
      })),
  },
];
