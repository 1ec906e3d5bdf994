import { describe, expect, it } from 'vitest';
import { cluster } from '../../src/core/kinds/cluster.ts';
import { job } from '../../src/core/kinds/job.ts';
import { NO_FIELD_RULES } from '../../src/core/kinds/types.ts';
import type { RenderedObject } from '../../src/core/model/definition.ts';
import type { Json, JsonObject } from '../../src/core/model/json.ts';
import type { Path } from '../../src/core/model/path.ts';
import { mapLeaves } from '../../src/core/model/walk.ts';
import { diffSpec } from '../../src/core/plan/diff.ts';
import { planObject } from '../../src/core/plan/plan.ts';
import { isSensitive, REDACTED, redactSpec } from '../../src/core/plan/redact.ts';
import { reconcileRemote } from '../../src/core/plan/remote-rules.ts';
import { random } from '../support/random.ts';

const none = { pointers: [], patterns: [] };
const task = (key: string, extra: JsonObject = {}) => ({
  task_key: key,
  notebook_task: { notebook_path: `/n/${key}` },
  ...extra,
});

describe('field rules of the diff', () => {
  it('server defaults: a field left out equals the value the server fills in', () => {
    const desired = { name: 'j', tasks: [task('a')] };
    const observed = {
      name: 'j',
      max_concurrent_runs: 1,
      timeout_seconds: 0,
      email_notifications: {},
      format: 'MULTI_TASK',
      tasks: [task('a', { run_if: 'ALL_SUCCESS', timeout_seconds: 0 })],
    };
    expect(diffSpec(job.fieldRules, observed, desired, none)).toEqual([]);
    // …but a non-default value is a real difference
    expect(diffSpec(job.fieldRules, { ...observed, max_concurrent_runs: 5 }, desired, none)).toEqual([
      { path: 'spec.max_concurrent_runs', action: 'change', old: 5, new: 1 },
    ]);
  });

  it('ignored fields are never compared', () => {
    expect(diffSpec(job.fieldRules, { deployment: { kind: 'BUNDLE' } }, {}, none)).toEqual([]);
  });

  it("keyed arrays: re-ordered tasks are no change; a change shows as that task's field", () => {
    const before = { tasks: [task('a'), task('b')] };
    expect(diffSpec(job.fieldRules, before, { tasks: [task('b'), task('a')] }, none)).toEqual([]);
    expect(
      diffSpec(job.fieldRules, before, { tasks: [task('b'), { ...task('a'), max_retries: 3 }] }, none),
    ).toEqual([{ path: 'spec.tasks[task_key=a].max_retries', action: 'change', old: 0, new: 3 }]);
  });

  it('keyed arrays: added and removed items name their key', () => {
    const changes = diffSpec(
      job.fieldRules,
      { tasks: [task('a'), task('gone')] },
      { tasks: [task('a'), task('new')] },
      none,
    );
    expect(changes.map((c) => `${c.action} ${c.path}`)).toEqual([
      'remove spec.tasks[task_key=gone]',
      'add spec.tasks[task_key=new]',
    ]);
  });

  it('nested keyed arrays: depends_on is compared by task_key', () => {
    const a = { tasks: [task('c', { depends_on: [{ task_key: 'a' }, { task_key: 'b' }] })] };
    const b = { tasks: [task('c', { depends_on: [{ task_key: 'b' }, { task_key: 'a' }] })] };
    expect(diffSpec(job.fieldRules, a, b, none)).toEqual([]);
  });

  it('other arrays are compared as a whole value', () => {
    const changes = diffSpec(
      NO_FIELD_RULES,
      { libraries: [{ jar: 'a' }, { jar: 'b' }] },
      { libraries: [{ jar: 'b' }, { jar: 'a' }] },
      none,
    );
    expect(changes).toEqual([
      {
        path: 'spec.libraries',
        action: 'change',
        old: [{ jar: 'a' }, { jar: 'b' }],
        new: [{ jar: 'b' }, { jar: 'a' }],
      },
    ]);
  });

  it('recreate: a change under a recreate-on field is marked, and makes the object a recreate', () => {
    const obj = (storage: string): RenderedObject => ({
      kind: 'pipeline',
      name: 'p',
      passive: 'off',
      spec: { storage, continuous: true },
      sensitive: [],
    });
    const entry = planObject('pipeline/p', obj('s3://a/p'), obj('s3://b/p'));
    expect(entry.action).toBe('recreate');
    expect(entry.changes).toEqual([
      { path: 'spec.storage', action: 'change', old: 's3://a/p', new: 's3://b/p', forces_recreate: true },
    ]);
    const continuousOnly = planObject('pipeline/p', obj('s3://a/p'), {
      ...obj('s3://a/p'),
      spec: { storage: 's3://a/p', continuous: false },
    });
    expect(continuousOnly.action).toBe('update');
  });

  it('sensitive values: credential-named keys and marked pointers are redacted; secret references are shown', () => {
    const before = {
      spark_conf: { 'fs.azure.account.key': 'old-key', 'x.password': '{{secrets/s/k}}', plain: 'a' },
      token_note: 'n1',
    };
    const after = {
      spark_conf: { 'fs.azure.account.key': 'new-key', 'x.password': '{{secrets/s/k2}}', plain: 'b' },
      token_note: 'n2',
    };
    const changes = diffSpec(NO_FIELD_RULES, before, after, {
      pointers: ['/spark_conf/plain'],
      patterns: [],
    });
    expect(changes).toEqual([
      { path: 'spec.spark_conf["fs.azure.account.key"]', action: 'change', old: REDACTED, new: REDACTED },
      { path: 'spec.spark_conf.plain', action: 'change', old: REDACTED, new: REDACTED },
      {
        path: 'spec.spark_conf["x.password"]',
        action: 'change',
        old: '{{secrets/s/k}}',
        new: '{{secrets/s/k2}}',
      },
      { path: 'spec.token_note', action: 'change', old: REDACTED, new: REDACTED },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/old-key|new-key/);
  });

  it('redacts by keys alone exactly as the rule for each leaf does, at any depth and starting path', () => {
    // The redaction of specs without pointers or patterns walks keys, not leaf paths: it must
    // agree with isSensitive on every leaf, for random specs of credential and policy-rule keys.
    const rnd = random(5);
    const keys = ['password', 'value', 'defaultValue', 'name', 'sas_key', 'conf', 'token'];
    const scalars = ['{{secrets/s/k}}', 'plain', 7, true, null, '{{not a secret'];
    const make = (depth: number): Json => {
      const pick = rnd();
      if (depth > 3 || pick < 0.3) return scalars[Math.floor(rnd() * scalars.length)] as Json;
      if (pick < 0.5) return Array.from({ length: Math.floor(rnd() * 3) }, () => make(depth + 1));
      const out: JsonObject = {};
      for (let i = Math.floor(rnd() * 4); i > 0; i--)
        out[keys[Math.floor(rnd() * keys.length)] as string] = make(depth + 1);
      return out;
    };
    const rules = { pointers: [], patterns: [] };
    const starts: Path[] = [[], ['password'], ['conf', 'value'], ['x', 0, 'defaultValue'], [2]];
    let redacted = 0;
    for (let n = 0; n < 2000; n++) {
      const value = make(0);
      const at = starts[n % starts.length] as Path;
      const expected = mapLeaves(
        value,
        (leaf, path) => (isSensitive(path, leaf, rules) ? REDACTED : leaf),
        at,
      );
      const actual = redactSpec(value, rules, at);
      expect(actual, JSON.stringify({ value, at })).toEqual(expected);
      if (expected === value) expect(actual).toBe(value);
      if (JSON.stringify(expected).includes(REDACTED)) redacted++;
    }
    expect(redacted).toBeGreaterThan(300);
  });

  it('permissions are compared by principal, not by position', () => {
    const base: RenderedObject = {
      kind: 'job',
      name: 'j',
      passive: 'off',
      spec: {},
      sensitive: [],
      permissions: [
        { group_name: 'a', permission_level: 'CAN_VIEW' },
        { user_name: 'u', permission_level: 'CAN_MANAGE' },
      ],
    };
    const reordered = { ...base, permissions: [...(base.permissions ?? [])].reverse() };
    expect(planObject('job/j', base, reordered).action).toBe('no-change');
    const changed = { ...base, permissions: [{ group_name: 'a', permission_level: 'CAN_MANAGE_RUN' }] };
    expect(planObject('job/j', base, changed).changes).toEqual([
      { path: 'permissions["group:a"]', action: 'change', old: 'CAN_VIEW', new: 'CAN_MANAGE_RUN' },
      { path: 'permissions["user:u"]', action: 'remove', old: 'CAN_MANAGE' },
    ]);
  });

  it('runtime state and content are part of the object', () => {
    const c: RenderedObject = {
      kind: 'cluster',
      name: 'c',
      passive: 'off',
      spec: { spark_version: '15' },
      sensitive: [],
    };
    expect(planObject('cluster/c', c, { ...c, lifecycle: { state: 'TERMINATED' } }).changes).toEqual([
      { path: 'lifecycle.state', action: 'add', new: 'TERMINATED' },
    ]);
    const n: RenderedObject = {
      kind: 'notebook',
      name: 'n',
      passive: 'off',
      spec: { path: '/x' },
      sensitive: [],
      content_sha256: 'aa',
    };
    expect(planObject('notebook/n', n, { ...n, content_sha256: 'bb' }).action).toBe('update');
  });
});

describe('remote rules of the live comparison', () => {
  it('an alias reads back as the mode it stands for, and only as that mode', () => {
    const want = (mode: string) => ({ cluster_name: 'c', data_security_mode: mode });
    const read = (mode: string) => ({ cluster_name: 'c', data_security_mode: mode });
    const settled = (desired: string, observed: string) =>
      reconcileRemote(cluster.fieldRules, read(observed), want(desired), undefined).data_security_mode;
    // Three aliases share the field: each is found, in the order the rules give them.
    expect(settled('DATA_SECURITY_MODE_AUTO', 'USER_ISOLATION')).toBe('DATA_SECURITY_MODE_AUTO');
    expect(settled('DATA_SECURITY_MODE_AUTO', 'SINGLE_USER')).toBe('DATA_SECURITY_MODE_AUTO');
    expect(settled('DATA_SECURITY_MODE_DEDICATED', 'SINGLE_USER')).toBe('DATA_SECURITY_MODE_DEDICATED');
    // A mode the alias does not stand for is a real difference.
    expect(settled('DATA_SECURITY_MODE_DEDICATED', 'USER_ISOLATION')).toBe('USER_ISOLATION');
    expect(settled('DATA_SECURITY_MODE_AUTO', 'NONE')).toBe('NONE');
  });
});
