import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { DatabricksError } from '../errors.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject } from './api.ts';

type ClusterInfo = JsonObject & { cluster_id: string; state?: string; spec?: JsonObject };

function clusterObserved(c: ClusterInfo): ObservedObject {
  // A GET carries `spec`, the settings as last given without the server's additions: it is used.
  return observedObject('cluster', c.cluster_id, c, { lifecycle: { state: String(c.state ?? 'UNKNOWN') } });
}

const SETTLED = new Set(['RUNNING', 'TERMINATED', 'ERROR', 'UNKNOWN']);

/** Waits until a cluster is not on its way somewhere: edits are refused while it starts or restarts. */
async function settledCluster(t: Transport, id: string, timeoutMs = 20 * 60_000): Promise<ClusterInfo> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 200; ; delay = Math.min(delay * 2, 10_000)) {
    const c = await t.request<ClusterInfo>('GET', '/api/2.1/clusters/get', {
      query: { cluster_id: id },
      idempotent: true,
    });
    if (SETTLED.has(String(c.state)) || Date.now() > deadline) return c;
    await new Promise((r) => setTimeout(r, delay));
  }
}

export const clustersApi: KindApi = {
  kind: 'cluster',
  permissionType: 'clusters',
  async list(t, hints) {
    const r = await t.request<{ clusters?: ClusterInfo[] }>('GET', '/api/2.1/clusters/list', {
      idempotent: true,
    });
    const found = (r.clusters ?? []).map(clusterObserved);
    // clusters/list drops clusters terminated long ago: read the ones codeploy recorded directly.
    for (const id of hints.stateIds.cluster ?? []) {
      if (found.some((c) => c.id === id)) continue;
      try {
        found.push(
          clusterObserved(
            await t.request<ClusterInfo>('GET', '/api/2.1/clusters/get', {
              query: { cluster_id: id },
              idempotent: true,
            }),
          ),
        );
      } catch (err) {
        if (!(err instanceof DatabricksError && err.isNotFound)) throw err;
      }
    }
    return found;
  },
  async create(t, obj) {
    // Databricks starts every cluster it creates; a passive region terminates it right after.
    const r = await t.request<{ cluster_id: string }>('POST', '/api/2.1/clusters/create', {
      body: obj.spec,
      idempotent: false,
    });
    return r.cluster_id;
  },
  async update(t, id, obj) {
    await settledCluster(t, id);
    // Editing a running cluster restarts it; a terminated one stays terminated.
    await t.request('POST', '/api/2.1/clusters/edit', {
      body: { ...obj.spec, cluster_id: id },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.1/clusters/permanent-delete', { body: { cluster_id: id }, idempotent: true }),
    );
  },
  async setLifecycle(t, id, state) {
    if (state === 'TERMINATED') {
      await settledCluster(t, id);
      await t.request('POST', '/api/2.1/clusters/delete', { body: { cluster_id: id }, idempotent: true });
      // Terminated all-purpose clusters are deleted for good after 30 days unless pinned.
      await t
        .request('POST', '/api/2.1/clusters/pin', { body: { cluster_id: id }, idempotent: true })
        .catch(() => undefined);
    }
  },
};
