import type { JsonObject } from '../../../core/model/json.ts';
import type { ObservedObject } from '../../../ports/workspace.ts';
import type { Transport } from '../transport.ts';
import { ignoreNotFound, type KindApi, observedObject, paginate } from './api.ts';

interface JobsPage {
  jobs?: Array<{ job_id: number; settings: JsonObject; has_more?: boolean }>;
  next_page_token?: string;
}

/** Arrays jobs/get pages when a job has more than 100 of them. */
const PAGED_ARRAYS = ['tasks', 'job_clusters', 'parameters', 'environments'] as const;

export const jobsApi: KindApi = {
  kind: 'job',
  async list(t) {
    const jobs = await paginate(async (token) => {
      const page = await t.request<JobsPage>('GET', '/api/2.2/jobs/list', {
        query: { limit: 100, expand_tasks: true, page_token: token },
        idempotent: true,
      });
      return { items: page.jobs ?? [], next: page.next_page_token };
    });
    const out: ObservedObject[] = [];
    for (const job of jobs) {
      // The list shows at most 100 tasks: read the whole job, page by page, when it has more.
      const settings = job.has_more ? await fullSettings(t, job.job_id) : job.settings;
      out.push(observedObject('job', String(job.job_id), settings));
    }
    return out;
  },
  async create(t, obj) {
    const r = await t.request<{ job_id: number }>('POST', '/api/2.2/jobs/create', {
      body: obj.spec,
      idempotent: false,
    });
    return String(r.job_id);
  },
  async update(t, id, obj) {
    // reset replaces every setting, so a schedule removed from the spec is removed from the job.
    await t.request('POST', '/api/2.2/jobs/reset', {
      body: { job_id: Number(id), new_settings: obj.spec },
      idempotent: true,
    });
  },
  async delete(t, id) {
    await ignoreNotFound(() =>
      t.request('POST', '/api/2.2/jobs/delete', { body: { job_id: Number(id) }, idempotent: true }),
    );
  },
};

/** jobs/get pages tasks, job clusters, parameters and environments past 100; the SDK returns only the first page. */
async function fullSettings(t: Transport, jobId: number): Promise<JsonObject> {
  let merged: JsonObject | undefined;
  let token: string | undefined;
  do {
    const page = await t.request<{ settings: JsonObject; next_page_token?: string }>(
      'GET',
      '/api/2.2/jobs/get',
      {
        query: { job_id: jobId, page_token: token },
        idempotent: true,
      },
    );
    if (!merged) merged = page.settings;
    else {
      for (const key of PAGED_ARRAYS) {
        const more = page.settings[key];
        if (Array.isArray(more)) merged[key] = [...(Array.isArray(merged[key]) ? merged[key] : []), ...more];
      }
    }
    token = page.next_page_token;
  } while (token);
  return merged;
}
