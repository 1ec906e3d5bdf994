import { invalid, notFound } from '../errors.ts';
import type { InitScriptRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { requireAdmin } from './permissions.ts';

function script(ws: WorkspaceState, id: string | undefined): InitScriptRecord {
  const s = ws.initScripts.get(String(id));
  if (!s) throw notFound(`Global init script ${String(id)} does not exist`);
  return s;
}

const summary = (s: InitScriptRecord) => ({
  script_id: s.script_id,
  name: s.name,
  enabled: s.enabled,
  position: s.position,
  created_at: s.created_at,
  updated_at: s.updated_at,
});

export const initScriptRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/global-init-scripts',
    handler: ({ ws, body, user }) => {
      requireAdmin(ws, user, 'manage global init scripts');
      if (typeof body.name !== 'string' || typeof body.script !== 'string')
        throw invalid('name and script are required');
      const script_id = ws.nextHexId(16).toUpperCase();
      ws.initScripts.set(script_id, {
        script_id,
        name: body.name,
        script: body.script,
        enabled: body.enabled === true,
        position: Number(body.position ?? ws.initScripts.size),
        created_at: ws.now(),
        updated_at: ws.now(),
      });
      return { script_id };
    },
  },
  // The list carries no script bodies, as in the real API.
  {
    method: 'GET',
    pattern: '/api/2.0/global-init-scripts',
    handler: ({ ws }) => ({ scripts: [...ws.initScripts.values()].map(summary) }),
  },
  {
    method: 'GET',
    pattern: '/api/2.0/global-init-scripts/:id',
    handler: ({ ws, params }) => {
      const s = script(ws, params.id);
      return { ...summary(s), script: s.script };
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/2.0/global-init-scripts/:id',
    handler: ({ ws, params, body, user }) => {
      requireAdmin(ws, user, 'manage global init scripts');
      const s = script(ws, params.id);
      if (typeof body.name !== 'string' || typeof body.script !== 'string')
        throw invalid('name and script are required');
      Object.assign(s, {
        name: body.name,
        script: body.script,
        enabled: body.enabled === true,
        position: Number(body.position ?? s.position),
        updated_at: ws.now(),
      });
      return {};
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/2.0/global-init-scripts/:id',
    handler: ({ ws, params, user }) => {
      requireAdmin(ws, user, 'manage global init scripts');
      script(ws, params.id);
      ws.initScripts.delete(String(params.id));
      return {};
    },
  },
];
