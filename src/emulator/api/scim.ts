import type { Route } from '../types.ts';

/** Who the token belongs to: the cheap authenticated call codeploy's preflight makes. */
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
];
