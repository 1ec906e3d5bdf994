import type { Route } from '../types.ts';

/** Who the token belongs to: the cheap authenticated call codeploy's preflight makes. */
export const scimRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/api/2.0/preview/scim/v2/Me',
    handler: ({ user }) => ({
      userName: user,
      active: true,
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    }),
  },
];
