import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

const DELETE_WAIT_MS = 20 * 60_000;

interface PipelineInfo {
  pipeline_id: string;
  name?: string;
  spec?: JsonObject;
  state?: string;
  last_modified?: number;
}

export const pipelinesApi: KindApi = {
  kind: 'pipeline',
  async list(t, hints) {
    const statuses = await paginate(async (token) => {
      const page = await t.request<{ statuses?: PipelineInfo[]; next_page_token?: string }>(
        'GET',
        '/api/2.0/pipelines',
        {
          query: { max_results: 100, page_token: token },
          idempotent: true,
        },
      );
      return { items: page.statuses ?? [], next: page.next_page_token };
    });
    // The list carries no spec: read the pipelines codeploy may own or clash with.
    const wanted = new Set(hints.stateIds.pipeline ?? []);
    const names = new Set(hints.names.pipeline ?? []);
    const out: ObservedObject[] = [];
    for (const s of statuses) {
      if (!wanted.has(s.pipeline_id) && !names.has(String(s.name))) {
        out.push({
          kind: 'pipeline',
          id: s.pipeline_id,
          name: String(s.name ?? ''),
          spec: { name: s.name ?? '' },
          meta: { partial: true },
        });
        continue;
      }
      const p = await t.request<PipelineInfo>('GET', `/api/2.0/pipelines/${s.pipeline_id}`, {
        idempotent: true,
      });
      // A GET response: its `spec` part is unwrapped and its `id` stripped, like an imported export.
      out.push(
        observedObject('pipeline', p.pipeline_id, p as unknown as JsonObject, {
          meta: { last_modified: p.last_modified ?? 0 },
        }),
      );
    }
    return out;
  },
  async create(t, obj) {
    const r = await t.request<{ pipeline_id: string }>('POST', '/api/2.0/pipelines', {
      body: obj.spec,
      idempotent: false,
    });
    return r.pipeline_id;
  },
  async update(t, id, obj, current) {
    // expected_last_modified: refuse to overwrite a change made since codeploy read the pipeline.
    const expected = current.meta?.last_modified;
    await t.request('PUT', `/api/2.0/pipelines/${id}`, {
      body: {
        ...obj.spec,
        id,
        ...(typeof expected === 'number' ? { expected_last_modified: expected } : {}),
      },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() => t.request('DELETE', `/api/2.0/pipelines/${id}`, { idempotent: true }));
    // Deletion is asynchronous, and the name stays taken until it ends: a re-create must wait
    // (Terraform pipelines/resource_pipeline.go Delete polls until the pipeline is gone).
    const deadline = Date.now() + DELETE_WAIT_MS;
    for (let delay = 200; ; delay = Math.min(delay * 2, 10_000)) {
      try {
        const p = await t.request<PipelineInfo>('GET', `/api/2.0/pipelines/${id}`, { idempotent: true });
        if (Date.now() > deadline)
          throw new Error(
            `pipeline ${id} is still ${p.state ?? 'there'} ${DELETE_WAIT_MS / 60_000} minutes after its delete`,
          );
      } catch (err) {
        if ((err as { isNotFound?: boolean }).isNotFound) return;
        throw err;
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  },
};
