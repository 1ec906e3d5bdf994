import type { JsonObject } from '../../../core/model/json.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

type RepoInfo = JsonObject & { id: number | string };

/**
 * Git folders through the Repos API (the SDK's ReposAPI). A create clones the default branch and
 * takes no branch or tag: those are set by a PATCH after it, as Terraform's databricks_repo does.
 */
export const reposApi: KindApi = {
  kind: 'git-folder',
  async list(t) {
    const repos = await paginate(async (token) => {
      const r = await t.request<{ repos?: RepoInfo[]; next_page_token?: string }>('GET', '/api/2.0/repos', {
        ...(token ? { query: { next_page_token: token } } : {}),
        idempotent: true,
      });
      return { items: r.repos ?? [], next: r.next_page_token };
    });
    return repos.map((r) => observedObject('git-folder', String(r.id), r));
  },
  async create(t, obj) {
    const { branch, tag, ...clone } = obj.spec;
    const r = await t.request<{ id: number | string }>('POST', '/api/2.0/repos', {
      body: clone,
      idempotent: false,
    });
    const id = String(r.id);
    if (branch !== undefined || tag !== undefined) await checkout(t, id, obj.spec);
    return id;
  },
  async update(t, id, obj) {
    await checkout(t, id, obj.spec);
  },
  async delete(t, id) {
    await ignoreNotFound(() => t.request('DELETE', `/api/2.0/repos/${id}`, { idempotent: true }));
  },
};

/** What a PATCH may change (the SDK's UpdateRepoRequest): the branch or tag, and the sparse checkout. */
async function checkout(t: Parameters<KindApi['update']>[0], id: string, spec: JsonObject): Promise<void> {
  const body: JsonObject = {};
  if (spec.tag !== undefined) body.tag = spec.tag;
  else if (spec.branch !== undefined) body.branch = spec.branch;
  if (spec.sparse_checkout !== undefined) body.sparse_checkout = spec.sparse_checkout;
  if (Object.keys(body).length > 0)
    await t.request('PATCH', `/api/2.0/repos/${id}`, { body, idempotent: true });
}
