import { isObject, type Json, type JsonObject } from '../../core/model/json.ts';
import { invalid } from '../errors.ts';
import type { RunRecord, WorkspaceState } from '../state.ts';
import type { Route } from '../types.ts';
import { clusterFixUps } from './clusters.ts';
import { requireManage } from './permissions.ts';

/** Jobs API 2.2. Names are not unique; a missing id is `400 INVALID_PARAMETER_VALUE`. */
const MAX_LIST = 100;
const MAX_TASKS = 100;

function job(ws: WorkspaceState, id: unknown) {
  const record = ws.jobs.get(Number(id));
  if (!record) throw invalid(`Job ${String(id)} does not exist.`);
  return record;
}

/**
 * What jobs/create and jobs/reset store beside the settings given. Source: databricks/cli
 * `libs/testserver/jobs.go` jobFixUps (AWS cloud behaviour): empty notification blocks, run_if
 * ALL_SUCCESS, depends_on sorted by task_key, cluster defaults in every new_cluster, and
 * apply_policy_default_values consumed but never returned.
 */
function jobFixUps(ws: WorkspaceState, settings: JsonObject, user: string): JsonObject {
  const out: JsonObject = {
    max_concurrent_runs: 1,
    timeout_seconds: 0,
    email_notifications: {},
    webhook_notifications: {},
    format: 'MULTI_TASK',
    ...settings,
  };
  const fixCluster = (c: Json | undefined) => (isObject(c) ? clusterFixUps(ws, c, user) : c);
  if (Array.isArray(out.tasks)) {
    out.tasks = out.tasks.filter(isObject).map((task) => {
      const t: JsonObject = { email_notifications: {}, run_if: 'ALL_SUCCESS', timeout_seconds: 0, ...task };
      if (Array.isArray(t.depends_on))
        t.depends_on = [...t.depends_on].sort((a, b) =>
          String(isObject(a) ? a.task_key : '').localeCompare(String(isObject(b) ? b.task_key : '')),
        );
      if (isObject(t.new_cluster)) {
        const c = fixCluster(t.new_cluster) as JsonObject;
        c.data_security_mode ??= 'SINGLE_USER';
        t.new_cluster = c;
      }
      return t;
    });
  }
  if (Array.isArray(out.job_clusters)) {
    out.job_clusters = out.job_clusters.filter(isObject).map((jc) => ({
      ...jc,
      ...(isObject(jc.new_cluster) ? { new_cluster: fixCluster(jc.new_cluster) } : {}),
    }));
  }
  return out;
}

function withTasksPage(
  settings: JsonObject,
  pageToken: string | null,
): { settings: JsonObject; next?: string } {
  const tasks = Array.isArray(settings.tasks) ? settings.tasks : [];
  const start = pageToken ? Number(pageToken) : 0;
  if (tasks.length <= MAX_TASKS && start === 0) return { settings };
  const page = tasks.slice(start, start + MAX_TASKS);
  const next = start + MAX_TASKS < tasks.length ? String(start + MAX_TASKS) : undefined;
  return { settings: { ...settings, tasks: page }, ...(next ? { next } : {}) };
}

/** A run as jobs/runs/get shows it. */
function runView(ws: WorkspaceState, r: RunRecord): JsonObject {
  ws.settle(r.status);
  if (r.status.state === 'TERMINATED' && !r.result_state) r.result_state = 'CANCELED';
  return {
    run_id: r.run_id,
    job_id: r.job_id,
    number_in_job: r.number_in_job,
    start_time: r.start_time,
    state: {
      life_cycle_state: r.status.state,
      ...(r.result_state ? { result_state: r.result_state } : {}),
      state_message: r.state_message,
    },
  };
}

const ACTIVE = new Set(['PENDING', 'RUNNING', 'TERMINATING']);

function activeRuns(ws: WorkspaceState, jobId: number): RunRecord[] {
  return [...ws.runs.values()].filter((r) => r.job_id === jobId && ACTIVE.has(ws.settle(r.status).state));
}

/**
 * Runs, as far as a deploy tool must know them. A run started while the job already has
 * max_concurrent_runs active runs is skipped ("Setting this value to 0 causes all new runs to be
 * skipped"), and an edit "affects only new runs": active runs go on until cancelled. Source: the
 * SDK's JobSettings.max_concurrent_runs docs. Runs in the emulator never finish by themselves.
 */
const runRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/run-now',
    handler: ({ ws, body }) => {
      const record = job(ws, body.job_id);
      const limit = Number(record.settings.max_concurrent_runs ?? 1);
      const skipped = activeRuns(ws, record.job_id).length >= limit;
      const run_id = ws.nextNumericId();
      const number_in_job = [...ws.runs.values()].filter((r) => r.job_id === record.job_id).length + 1;
      ws.runs.set(run_id, {
        run_id,
        job_id: record.job_id,
        number_in_job,
        status: { state: skipped ? 'SKIPPED' : 'RUNNING' },
        ...(skipped ? { result_state: 'SKIPPED' } : {}),
        state_message: skipped
          ? `Skipped: the job already has ${limit} active run(s) (max_concurrent_runs)`
          : '',
        start_time: ws.now(),
      });
      return { run_id, number_in_job };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.2/jobs/runs/get',
    handler: ({ ws, query }) => {
      const r = ws.runs.get(Number(query.get('run_id')));
      if (!r) throw invalid(`Run ${String(query.get('run_id'))} does not exist.`);
      return runView(ws, r);
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.2/jobs/runs/list',
    handler: ({ ws, query }) => {
      const jobId = query.get('job_id');
      const activeOnly = query.get('active_only') === 'true';
      const runs = [...ws.runs.values()]
        .filter((r) => jobId === null || r.job_id === Number(jobId))
        .filter((r) => !activeOnly || ACTIVE.has(ws.settle(r.status).state))
        .map((r) => runView(ws, r));
      return { runs, has_more: false };
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/runs/cancel',
    handler: ({ ws, body }) => {
      const r = ws.runs.get(Number(body.run_id));
      if (!r) throw invalid(`Run ${String(body.run_id)} does not exist.`);
      if (ACTIVE.has(ws.settle(r.status).state)) {
        r.result_state = 'CANCELED';
        ws.transition(r.status, 'TERMINATING', 'TERMINATED');
      }
      return {};
    },
  },
];

runRoutes.push({
  // Cancels every active run of a job; new runs may still start (SDK: Jobs.cancelAllRuns, "Cancel
  // all runs of a job").
  method: 'POST',
  pattern: '/api/2.2/jobs/runs/cancel-all',
  handler: ({ ws, body }) => {
    const record = job(ws, body.job_id);
    for (const r of activeRuns(ws, record.job_id)) {
      r.result_state = 'CANCELED';
      ws.transition(r.status, 'TERMINATING', 'TERMINATED');
    }
    return {};
  },
});

const jobRoutes22: Route[] = [
  ...runRoutes,
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/create',
    handler: ({ ws, body, user }) => {
      if (!Array.isArray(body.tasks) && !('name' in body)) throw invalid('A job needs tasks.');
      const job_id = ws.nextNumericId();
      const { access_control_list: _acl, ...settings } = body;
      ws.jobs.set(job_id, {
        job_id,
        created_time: ws.now(),
        creator_user_name: user,
        settings: jobFixUps(ws, settings, user),
      });
      ws.grantCreator('jobs', String(job_id), user, 'IS_OWNER');
      return { job_id };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.2/jobs/get',
    handler: ({ ws, query }) => {
      const record = job(ws, query.get('job_id'));
      const { settings, next } = withTasksPage(record.settings, query.get('page_token'));
      return {
        job_id: record.job_id,
        created_time: record.created_time,
        creator_user_name: record.creator_user_name,
        run_as_user_name: record.creator_user_name,
        settings,
        ...(next ? { has_more: true, next_page_token: next } : {}),
      };
    },
  },
  {
    method: 'GET',
    pattern: '/api/2.2/jobs/list',
    handler: ({ ws, query }) => {
      const limit = Number(query.get('limit') ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST)
        throw invalid(`limit must be between 1 and ${MAX_LIST}`);
      const name = query.get('name')?.toLowerCase();
      const expand = query.get('expand_tasks') === 'true';
      const all = [...ws.jobs.values()].filter(
        (j) => name === undefined || String(j.settings.name ?? '').toLowerCase() === name,
      );
      const offset = Number(query.get('page_token') ?? query.get('offset') ?? 0);
      const page = all.slice(offset, offset + limit);
      const jobs = page.map((j) => {
        const { tasks, job_clusters, ...rest } = j.settings;
        const settings: JsonObject = expand
          ? {
              ...rest,
              ...(Array.isArray(tasks) ? { tasks: tasks.slice(0, MAX_TASKS) } : {}),
              ...(job_clusters ? { job_clusters } : {}),
            }
          : rest;
        const truncated = expand && Array.isArray(tasks) && tasks.length > MAX_TASKS;
        return {
          job_id: j.job_id,
          created_time: j.created_time,
          creator_user_name: j.creator_user_name,
          settings,
          ...(truncated ? { has_more: true } : {}),
        };
      });
      const more = offset + limit < all.length;
      return { jobs, has_more: more, ...(more ? { next_page_token: String(offset + limit) } : {}) };
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/reset',
    handler: ({ ws, body, user }) => {
      const record = job(ws, body.job_id);
      requireManage(ws, 'jobs', String(record.job_id), user);
      if (!isObject(body.new_settings)) throw invalid('new_settings is required');
      record.settings = jobFixUps(ws, body.new_settings, record.creator_user_name);
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/update',
    handler: ({ ws, body, user }) => {
      const record = job(ws, body.job_id);
      requireManage(ws, 'jobs', String(record.job_id), user);
      const next: JsonObject = {
        ...record.settings,
        ...(isObject(body.new_settings) ? body.new_settings : {}),
      };
      for (const field of Array.isArray(body.fields_to_remove) ? body.fields_to_remove : [])
        delete next[String(field)];
      record.settings = next;
      return {};
    },
  },
  {
    method: 'POST',
    pattern: '/api/2.2/jobs/delete',
    handler: ({ ws, body }) => {
      job(ws, body.job_id);
      ws.jobs.delete(Number(body.job_id));
      ws.grants.delete(`jobs/${body.job_id}`);
      return {};
    },
  },
];

/**
 * The Jobs API answers under 2.1 and 2.2 alike (the SDK calls 2.2; Terraform and older clients 2.1).
 * Source: the SDK's jobs service paths; Terraform jobs/resource_job.go.
 */
export const jobRoutes: Route[] = jobRoutes22.flatMap((r) => [
  r,
  { ...r, pattern: r.pattern.replace('/api/2.2/', '/api/2.1/') },
]);
