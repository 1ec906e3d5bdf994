import { canonicalJson, isObject, type JsonObject } from '../../core/model/json.ts';
import { invalid } from '../errors.ts';
import type { ClusterRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { cluster } from './clusters.ts';
import { requireManage } from './permissions.ts';

/**
 * Cluster libraries. Sources: the SDK's LibrariesService docs and compute models (InstallLibraries,
 * UninstallLibraries, Library, LibraryFullStatus, LibraryInstallStatus):
 * - an install is asynchronous: nothing happens until the cluster runs (PENDING: "no action has yet
 *   been taken"), then the library is INSTALLED;
 * - an uninstall takes effect at the next restart; until then the library shows UNINSTALL_ON_RESTART,
 *   and uninstalling one that is not installed is ignored;
 * - cluster-status lists the libraries set to be installed in the order they were added, then those
 *   marked for removal.
 */
const KINDS = ['jar', 'egg', 'whl', 'pypi', 'maven', 'cran', 'requirements'];

function checkLibrary(library: unknown): JsonObject {
  const kinds = isObject(library) ? KINDS.filter((k) => library[k] !== undefined) : [];
  if (!isObject(library) || kinds.length !== 1)
    throw invalid(`A library must have exactly one of ${KINDS.join(', ')}`);
  return library;
}

/** The cluster's entry for a library, matched by value (a library has no id of its own). */
function heldLibrary<T extends { library: JsonObject }>(libraries: T[], library: JsonObject): T | undefined {
  const wanted = canonicalJson(library);
  return libraries.find((l) => canonicalJson(l.library) === wanted);
}

/** Removals waiting for a restart are done once the cluster has run again since they were asked. */
function settleLibraries(c: ClusterRecord): Array<{ library: JsonObject; uninstallAt?: number }> {
  const restarted = (at: number) => c.status.state === 'RUNNING' && (c.status.reachedAt ?? 0) > at;
  c.libraries = (c.libraries ?? []).filter((l) => l.uninstallAt === undefined || !restarted(l.uninstallAt));
  return c.libraries;
}

function statuses(ws: WorkspaceState, id: unknown): JsonObject {
  const c = cluster(ws, id);
  const libraries = settleLibraries(c);
  const running = c.status.state === 'RUNNING';
  const status = (l: { uninstallAt?: number }) =>
    l.uninstallAt !== undefined ? 'UNINSTALL_ON_RESTART' : running ? 'INSTALLED' : 'PENDING';
  const ordered = [
    ...libraries.filter((l) => l.uninstallAt === undefined),
    ...libraries.filter((l) => l.uninstallAt !== undefined),
  ];
  return {
    cluster_id: c.cluster_id,
    library_statuses: ordered.map((l) => ({
      library: l.library,
      status: status(l),
      is_library_for_all_clusters: false,
    })),
  };
}

export const libraryRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.0/libraries/install',
    handler: ({ ws, body, user }) => {
      const c = cluster(ws, body.cluster_id);
      requireManage(ws, 'clusters', c.cluster_id, user);
      const libraries = settleLibraries(c);
      for (const raw of Array.isArray(body.libraries) ? body.libraries : []) {
        const library = checkLibrary(raw);
        const held = heldLibrary(libraries, library);
        if (held) delete held.uninstallAt;
        else libraries.push({ library });
      }
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.0/libraries/uninstall',
    handler: ({ ws, body, user }) => {
      const c = cluster(ws, body.cluster_id);
      requireManage(ws, 'clusters', c.cluster_id, user);
      const libraries = settleLibraries(c);
      for (const raw of Array.isArray(body.libraries) ? body.libraries : []) {
        const held = heldLibrary(libraries, checkLibrary(raw));
        if (held) held.uninstallAt ??= ws.now();
      }
      return {};
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.0/libraries/cluster-status',
    handler: ({ ws, query }) => statuses(ws, query.get('cluster_id')),
  },
];
