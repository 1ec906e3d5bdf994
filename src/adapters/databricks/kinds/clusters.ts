import { cluster as clusterRules } from '../../../core/kinds/cluster.ts';
import { canonicalJson, isObject, type JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { DatabricksError } from '../errors.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

type ClusterInfo = JsonObject & { cluster_id: string; state?: string; spec?: JsonObject };

const SETTLED = new Set(['RUNNING', 'TERMINATED', 'ERROR', 'UNKNOWN']);

function getCluster(t: Transport, id: string): Promise<ClusterInfo> {
  return t.request<ClusterInfo>('GET', '/api/2.1/clusters/get', {
    query: { cluster_id: id },
    idempotent: true,
  });
}

/**
 * A cluster terminated more than 30 days ago and not pinned is purged: clusters/get then answers 400
 * INVALID_STATE (or "does not exist"). Either way it is gone, and the next apply creates it again.
 */
function isGone(err: unknown): boolean {
  return err instanceof DatabricksError && (err.isNotFound || err.errorCode === 'INVALID_STATE');
}

/** Waits until a cluster is not on its way somewhere: edits are refused while it starts, restarts or resizes. */
async function settledCluster(t: Transport, id: string, timeoutMs = 20 * 60_000): Promise<ClusterInfo> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 200; ; delay = Math.min(delay * 2, 10_000)) {
    const c = await getCluster(t, id);
    if (SETTLED.has(String(c.state)) || Date.now() > deadline) return c;
    await new Promise((r) => setTimeout(r, delay));
  }
}

function observed(c: ClusterInfo, full: boolean): ObservedObject {
  // clusters/get and clusters/list carry pinned_by_user_name on a pinned cluster (the API facts).
  const lifecycle = { state: String(c.state ?? 'UNKNOWN'), pinned: c.pinned_by_user_name !== undefined };
  // clusters/get carries `spec`, the settings as last given, without the server's rewrites: the only
  // thing to compare. clusters/list has no `spec`: such a cluster is known by name only.
  if (full) return observedObject('cluster', c.cluster_id, c, { lifecycle });
  const o = observedObject('cluster', c.cluster_id, {
    cluster_name: c.cluster_name ?? '',
    custom_tags: c.custom_tags ?? {},
  });
  return { ...o, lifecycle, meta: { partial: true } };
}

export const clustersApi: KindApi = {
  kind: 'cluster',
  async list(t, hints) {
    // Only clusters made in the UI or through the API: job and pipeline clusters are not codeploy's.
    const listed = await paginate(async (token) => {
      const page = await t.request<{ clusters?: ClusterInfo[]; next_page_token?: string }>(
        'GET',
        '/api/2.1/clusters/list',
        {
          query: { page_size: 100, page_token: token, 'filter_by.cluster_sources': ['UI', 'API'] },
          idempotent: true,
        },
      );
      return { items: page.clusters ?? [], next: page.next_page_token || undefined };
    });
    const recorded = new Set(hints.stateIds.cluster ?? []);
    const names = new Set(hints.names.cluster ?? []);
    const out: ObservedObject[] = [];
    for (const c of listed) {
      const ours = recorded.has(c.cluster_id) || names.has(String(c.cluster_name));
      if (!ours) {
        out.push(observed(c, false));
        continue;
      }
      try {
        out.push(await withLibraries(t, observed(await getCluster(t, c.cluster_id), true)));
      } catch (err) {
        if (!isGone(err)) throw err;
      }
      recorded.delete(c.cluster_id);
    }
    // clusters/list drops clusters terminated long ago: read the ones codeploy recorded directly.
    for (const id of recorded) {
      try {
        out.push(await withLibraries(t, observed(await getCluster(t, id), true)));
      } catch (err) {
        if (!isGone(err)) throw err;
      }
    }
    return out;
  },
  async create(t, obj) {
    // Databricks starts every cluster it creates; a passive region terminates it right after.
    const { libraries, ...spec } = obj.spec;
    const r = await t.request<{ cluster_id: string }>('POST', '/api/2.1/clusters/create', {
      body: spec,
      idempotent: false,
    });
    await syncLibraries(t, r.cluster_id, libraries, []);
    return r.cluster_id;
  },
  async finishCreate(t, id, obj) {
    // Installing an installed library changes nothing: safe after a create whose answer was lost.
    await syncLibraries(t, id, obj.spec.libraries, []);
  },
  async update(t, id, obj, current) {
    await settledCluster(t, id);
    const { libraries, ...spec } = obj.spec;
    // Editing a running cluster restarts it; a terminated one stays terminated.
    await t.request('POST', '/api/2.1/clusters/edit', {
      body: { ...spec, cluster_id: id },
      idempotent: true,
    });
    await syncLibraries(t, id, libraries, current.spec.libraries);
  },
  async delete(t, id) {
    // A pinned cluster cannot be deleted for good: unpin it first (Terraform resourceClusterDelete).
    await ignoreNotFound(async () => {
      const c = await getCluster(t, id).catch((err) => {
        if (isGone(err)) return undefined;
        throw err;
      });
      if (!c) return;
      if (c.pinned_by_user_name !== undefined)
        await t.request('POST', '/api/2.1/clusters/unpin', { body: { cluster_id: id }, idempotent: true });
      await t.request('POST', '/api/2.1/clusters/permanent-delete', {
        body: { cluster_id: id },
        idempotent: true,
      });
    });
  },
  async setLifecycle(t, id, state) {
    if (state === 'RUNNING') {
      // Starts a terminated cluster; one on its way up or running is left alone (SDK compute
      // ClustersAPI.start: "Starts a terminated Spark cluster").
      const c = await getCluster(t, id);
      if (c.state === 'TERMINATED')
        await t.request('POST', '/api/2.1/clusters/start', { body: { cluster_id: id }, idempotent: true });
      return [];
    }
    if (state !== 'TERMINATED') return [];
    const c = await settledCluster(t, id);
    if (c.state !== 'TERMINATED')
      await t.request('POST', '/api/2.1/clusters/delete', { body: { cluster_id: id }, idempotent: true });
    if (c.pinned_by_user_name !== undefined) return [];
    // Terminated all-purpose clusters are deleted for good after 30 days unless pinned, and only an
    // admin may pin: a refusal is reported, not swallowed.
    try {
      await t.request('POST', '/api/2.1/clusters/pin', { body: { cluster_id: id }, idempotent: true });
      return [];
    } catch (err) {
      if (!(err instanceof DatabricksError)) throw err;
      return [
        `terminated, but not pinned (${err.message}): Databricks deletes an unpinned terminated cluster after 30 days, and the next apply creates it again; a workspace admin can pin it`,
      ];
    }
  },
};

/**
 * The libraries cluster-status shows as installed or to be installed (the SDK's LibrariesService):
 * those waiting for a restart to be removed are gone already as far as a plan is concerned, and
 * libraries for all clusters are not this cluster's.
 */
async function withLibraries(t: Transport, o: ObservedObject): Promise<ObservedObject> {
  const r = await t.request<{ library_statuses?: JsonObject[] }>('GET', '/api/2.0/libraries/cluster-status', {
    query: { cluster_id: o.id },
    idempotent: true,
  });
  const libraries = (r.library_statuses ?? [])
    .filter((s) => s.status !== 'UNINSTALL_ON_RESTART' && s.is_library_for_all_clusters !== true)
    .map((s) => s.library)
    .filter(isObject);
  if (libraries.length === 0) return o;
  return { ...o, spec: clusterRules.normalize?.({ ...o.spec, libraries }) ?? o.spec };
}

/**
 * Installs what `wanted` adds and uninstalls what it drops (an uninstall takes effect at the next
 * restart). Both calls are idempotent: installing an installed library, or uninstalling one that is
 * not installed, changes nothing (the SDK's LibrariesService).
 */
async function syncLibraries(t: Transport, id: string, wanted: unknown, held: unknown): Promise<void> {
  const want = Array.isArray(wanted) ? wanted.filter(isObject) : [];
  const have = Array.isArray(held) ? held.filter(isObject) : [];
  const key = (l: JsonObject) => canonicalJson(l);
  const install = want.filter((l) => !have.some((h) => key(h) === key(l)));
  const uninstall = have.filter((h) => !want.some((l) => key(h) === key(l)));
  if (install.length > 0)
    await t.request('POST', '/api/2.0/libraries/install', {
      body: { cluster_id: id, libraries: install },
      idempotent: true,
    });
  if (uninstall.length > 0)
    await t.request('POST', '/api/2.0/libraries/uninstall', {
      body: { cluster_id: id, libraries: uninstall },
      idempotent: true,
    });
}
