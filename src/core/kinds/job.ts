import type { PassivePolicy } from '../model/config.ts';
import type { Grant } from '../model/definition.ts';
import { isObject, type Json, type JsonObject } from '../model/json.ts';
import {
  clusterBackendDefaults,
  clusterIgnoreRemote,
  dataSecurityModeAliases,
  notReturnedByJobs,
} from './cluster-fields.ts';
import { mapTagMarker } from './owner-marker.ts';
import type { DisableResult, KindRules, LiveView, PassiveInvariant } from './types.ts';

/** Task-level fields that the legacy Jobs 2.0 shape kept directly under `settings`. */
const LEGACY_TASK_FIELDS = [
  'notebook_task',
  'spark_jar_task',
  'spark_python_task',
  'spark_submit_task',
  'pipeline_task',
  'python_wheel_task',
  'sql_task',
  'dbt_task',
  'run_job_task',
  'existing_cluster_id',
  'new_cluster',
  'libraries',
  'max_retries',
  'min_retry_interval_millis',
  'retry_on_timeout',
] as const;

/**
 * Levels that let a principal start a run by hand; withheld in a passive region. IS_OWNER is not one
 * of them: the permissions API refuses a job without exactly one owner, and `max_concurrent_runs: 0`
 * skips the owner's runs too.
 */
const RUN_LEVELS = new Set(['CAN_MANAGE_RUN', 'CAN_MANAGE']);

/** Where a job holds cluster specs the server fills in. */
const JOB_CLUSTER_PREFIXES = [
  'job_clusters[].new_cluster.',
  'tasks[].new_cluster.',
  'tasks[].for_each_task.task.new_cluster.',
];

export const job: KindRules = {
  kind: 'job',
  plural: 'jobs',
  description: 'A Databricks job (Jobs API 2.2 settings).',
  wave: 5,
  identity: { field: 'name', unique: false },
  api: { idField: 'job_id', listKey: 'jobs', permissionType: 'jobs' },
  referencedBy: ['**.run_job_task.job_id'],
  nameField: 'name',
  ownerMarker: mapTagMarker('tags'),
  permissionLevels: ['CAN_VIEW', 'CAN_MANAGE_RUN', 'IS_OWNER', 'CAN_MANAGE'],
  ownerRequired: true,
  spec: { module: 'jobs', name: 'JobSettings', omit: [] },
  readOnlyFields: [
    'job_id',
    'created_time',
    'creator_user_name',
    'run_as_user_name',
    'run_as_owner',
    'effective_budget_policy_id',
    'effective_usage_policy_id',
    'has_more',
    'next_page_token',
    'trigger_state',
  ],
  unwrapExport(raw) {
    if (
      isObject(raw.settings) &&
      ('job_id' in raw || 'created_time' in raw || Object.keys(raw).length === 1)
    ) {
      return raw.settings;
    }
    if ('run_name' in raw && !('name' in raw)) {
      // A runs/submit request: a one-time run; as a job it keeps the run's name.
      const { run_name, ...rest } = raw;
      return { name: run_name ?? 'run', ...rest };
    }
    return undefined;
  },
  normalize: toMultiTask,
  fieldRules: {
    serverDefaults: {
      max_concurrent_runs: 1,
      timeout_seconds: 0,
      email_notifications: {},
      webhook_notifications: {},
      notification_settings: {},
      format: 'MULTI_TASK',
      edit_mode: 'UI_LOCKED',
      'tasks[].timeout_seconds': 0,
      'tasks[].email_notifications': {},
      'tasks[].webhook_notifications': {},
      'tasks[].notification_settings': {},
      'tasks[].run_if': 'ALL_SUCCESS',
      'tasks[].notebook_task.source': 'WORKSPACE',
      'tasks[].max_retries': 0,
      'tasks[].min_retry_interval_millis': 0,
      'tasks[].retry_on_timeout': false,
    },
    backendDefaults: [
      ...JOB_CLUSTER_PREFIXES.flatMap((p) => clusterBackendDefaults(p)),
      {
        path: 'run_as',
        reason: 'the server sets the creator (databricks/cli bundle/direct/dresources/resources.yml)',
      },
      ...['notebook_task', 'spark_python_task', 'dbt_task'].map((t) => ({
        path: `tasks[].${t}.source`,
        reason:
          'the server fills WORKSPACE or GIT (databricks/cli resources.yml; Terraform jobs/resource_job.go)',
      })),
      {
        path: 'tasks[].sql_task.file.source',
        reason: 'the server fills WORKSPACE or GIT (databricks/cli resources.yml)',
      },
    ],
    ignoreRemote: JOB_CLUSTER_PREFIXES.flatMap((p) => [...clusterIgnoreRemote(p), notReturnedByJobs(p)]),
    aliases: JOB_CLUSTER_PREFIXES.flatMap((p) => dataSecurityModeAliases(p)),
    ignored: ['deployment'],
    recreateOn: [],
    keyedArrays: {
      tasks: 'task_key',
      job_clusters: 'job_cluster_key',
      parameters: 'name',
      environments: 'environment_key',
      'tasks[].depends_on': 'task_key',
    },
    sensitive: [],
  },
  disable: disableJob,
  passiveInvariants: jobInvariants(),
};

/**
 * A passive job exists but can neither run on its own nor be started by hand:
 * `max_concurrent_runs: 0` skips every new run, the schedule is removed (or paused), triggers and
 * continuous mode are paused, and run permissions are withheld.
 */
function disableJob(
  spec: JsonObject,
  permissions: Grant[] | undefined,
  policy: PassivePolicy,
): DisableResult {
  // Copies of the levels it changes only: specs are shared, never changed in place.
  const rules = policy.job;
  const removeSchedule = isObject(spec.schedule) && rules.schedule === 'remove';
  // Copied without the schedule rather than deleted from the copy: a delete turns the object into a
  // slow dictionary, and every passive job's spec is read again (sorted, checked, compared).
  const out: JsonObject = {};
  for (const key in spec) if (!(removeSchedule && key === 'schedule')) out[key] = spec[key] as Json;
  out.max_concurrent_runs = rules.max_concurrent_runs;
  for (const field of ['schedule', 'trigger', 'continuous']) {
    const value = out[field];
    if (isObject(value)) out[field] = { ...value, pause_status: 'PAUSED' };
  }
  const keep = new Set(rules.keep_permissions_for);
  const kept = rules.withhold_permissions
    ? permissions?.filter((g) => {
        const who = g.user_name ?? g.group_name ?? g.service_principal_name ?? '';
        return keep.has(who) || !RUN_LEVELS.has(g.permission_level ?? '');
      })
    : permissions;
  return { spec: out, ...(kept ? { permissions: kept } : {}) };
}

/**
 * Rewrites the legacy single-task shape (task fields under `settings`) into `tasks: [ … ]`. A 2.1
 * export of a one-task job may still echo the 2.0 job-level retry fields: they move into the task.
 */
function toMultiTask(spec: JsonObject): JsonObject {
  if (!LEGACY_TASK_FIELDS.some((f) => f in spec)) return spec;
  if (Array.isArray(spec.tasks)) return moveIntoOnlyTask(spec, spec.tasks);
  const task: JsonObject = { task_key: taskKeyFor(spec.name) };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(spec)) {
    if ((LEGACY_TASK_FIELDS as readonly string[]).includes(key)) task[key] = value;
    else out[key] = value;
  }
  out.tasks = [task];
  return out;
}

function moveIntoOnlyTask(spec: JsonObject, tasks: unknown[]): JsonObject {
  const [only] = tasks;
  if (tasks.length !== 1 || !isObject(only)) return spec;
  const task: JsonObject = { ...only };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(spec)) {
    if ((LEGACY_TASK_FIELDS as readonly string[]).includes(key)) task[key] ??= value;
    else out[key] = value;
  }
  out.tasks = [task];
  return out;
}

function taskKeyFor(name: unknown): string {
  const key = typeof name === 'string' ? name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') : '';
  return key || 'main';
}

/** Whether a schedule, trigger or continuous block would start runs: pause_status defaults to UNPAUSED (SDK jobs Continuous). */
function unpaused(block: unknown): boolean {
  return isObject(block) && block.pause_status !== 'PAUSED';
}

/** Grants that let someone start a run, other than the deployer's own and the kept principals'. */
function runGrants(o: LiveView, policy: PassivePolicy): string[] {
  const keep = new Set([...policy.job.keep_permissions_for, ...(o.deployer ? [o.deployer] : [])]);
  return (o.permissions ?? [])
    .filter((g) => RUN_LEVELS.has(g.permission_level ?? ''))
    .map((g) => `${g.user_name ?? g.group_name ?? g.service_principal_name ?? '?'} ${g.permission_level}`)
    .filter((line) => !keep.has(line.slice(0, line.lastIndexOf(' '))));
}

/** What `disableJob` guarantees, checked on the live job. */
function jobInvariants(): PassiveInvariant[] {
  return [
    {
      name: 'concurrency 0',
      decisive: true,
      reason:
        'max_concurrent_runs 0 skips every new run, scheduled or started by hand (SDK jobs JobSettings)',
      broken: (o, policy) => {
        // The server's default is 1 (Jobs API 2.2 JobSettings.max_concurrent_runs).
        const value = typeof o.spec.max_concurrent_runs === 'number' ? o.spec.max_concurrent_runs : 1;
        return value > policy.job.max_concurrent_runs ? `max_concurrent_runs is ${value}` : undefined;
      },
    },
    {
      name: 'no unpaused schedule',
      decisive: false,
      reason: 'a schedule starts runs on its own; a passive job has none, or a paused one',
      broken: (o) => (unpaused(o.spec.schedule) ? 'its schedule is not paused' : undefined),
    },
    {
      name: 'no unpaused trigger',
      decisive: false,
      reason: 'a file-arrival or table trigger starts runs on its own',
      broken: (o) => (unpaused(o.spec.trigger) ? 'its trigger is not paused' : undefined),
    },
    {
      name: 'no continuous job',
      decisive: false,
      reason: 'a continuous job restarts its run as soon as one ends',
      broken: (o) => (unpaused(o.spec.continuous) ? 'it is continuous and not paused' : undefined),
    },
    {
      name: 'no run-granting permission',
      decisive: false,
      reason:
        'CAN_MANAGE_RUN and CAN_MANAGE let a person start a run by hand in the region that must not run it',
      broken: (o, policy) => {
        if (!policy.job.withhold_permissions) return undefined;
        const grants = runGrants(o, policy);
        return grants.length > 0 ? `it grants ${grants.join(', ')}` : undefined;
      },
    },
  ];
}
