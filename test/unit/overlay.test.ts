import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../src/core/model/definition.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { renderRegion } from '../../src/core/render/index.ts';
import { exampleFiles, loadAndRender, minimalConfig } from '../support/project.ts';

function renderOne(definition: string, config = minimalConfig()) {
  const { regions, errors } = loadAndRender({ 'codeploy.yml': config, 'definitions/a.yml': definition });
  expect(errors).toEqual([]);
  const pick = (region: string) => regions.find((r) => r.region === region)?.objects[0] as RenderedObject;
  return { primary: pick('primary'), secondary: pick('secondary') };
}

const JOB = `kind: job
name: j
spec:
  max_concurrent_runs: 3
  schedule: { quartz_cron_expression: "0 0 * * * ?", timezone_id: UTC, pause_status: UNPAUSED }
  trigger: { file_arrival: { url: "s3://lake-east/in/" }, pause_status: UNPAUSED }
  continuous: { pause_status: UNPAUSED }
  tasks: [{ task_key: t, notebook_task: { notebook_path: /x } }]
permissions:
  - { group_name: oncall, permission_level: CAN_MANAGE }
  - { group_name: ops, permission_level: CAN_MANAGE_RUN }
  - { user_name: owner@example.com, permission_level: IS_OWNER }
  - { group_name: eng, permission_level: CAN_MANAGE }
  - { group_name: readers, permission_level: CAN_VIEW }
`;

describe('passive overlay: jobs', () => {
  it('keeps the job as written in the active region', () => {
    const { primary } = renderOne(JOB);
    expect(primary.spec.max_concurrent_runs).toBe(3);
    expect(primary.spec.schedule).toMatchObject({ pause_status: 'UNPAUSED' });
    expect(primary.permissions).toHaveLength(5);
  });

  it('leaves the definition as written: the active region rendered after the passive one is not paused', () => {
    const files = { 'codeploy.yml': minimalConfig(), 'definitions/a.yml': JOB };
    const { project } = loadAndRender(files);
    const diags = new Diagnostics();
    const secondary = renderRegion(project.config, project.definitions, 'secondary', diags);
    const primary = renderRegion(project.config, project.definitions, 'primary', diags);
    expect(secondary.objects[0]?.spec.trigger).toMatchObject({ pause_status: 'PAUSED' });
    expect(primary.objects[0]?.spec.trigger).toMatchObject({ pause_status: 'UNPAUSED' });
    expect(primary.objects[0]?.spec.continuous).toMatchObject({ pause_status: 'UNPAUSED' });
    expect(project.definitions[0]?.spec.schedule).toMatchObject({ pause_status: 'UNPAUSED' });
  });

  it('sets max_concurrent_runs to 0, removes the schedule and pauses trigger and continuous', () => {
    const { secondary } = renderOne(JOB);
    expect(secondary.spec.max_concurrent_runs).toBe(0);
    expect(secondary.spec).not.toHaveProperty('schedule');
    expect(secondary.spec.trigger).toMatchObject({ pause_status: 'PAUSED' });
    expect(secondary.spec.continuous).toEqual({ pause_status: 'PAUSED' });
  });

  it('withholds every grant that can start a run, but keeps the one owner the API requires', () => {
    const { secondary } = renderOne(JOB);
    expect(secondary.permissions).toEqual([
      { user_name: 'owner@example.com', permission_level: 'IS_OWNER' },
      { group_name: 'readers', permission_level: 'CAN_VIEW' },
    ]);
  });

  it('keeps the grants of the principals keep_permissions_for names', () => {
    const config = minimalConfig('passive_policy:\n  job: { keep_permissions_for: [oncall] }\n');
    const { secondary } = renderOne(JOB, config);
    expect(secondary.permissions?.map((g) => g.group_name ?? g.user_name)).toEqual([
      'oncall',
      'owner@example.com',
      'readers',
    ]);
  });

  it('refuses a grant to the admins group, at its line', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': JOB.replace('group_name: oncall', 'group_name: admins'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'value not allowed',
      found: '"admins"',
      location: { file: 'definitions/a.yml', line: 10 },
    });
    expect(errors[0]?.expected).toMatch(/other than "admins"/);
  });

  it('keeps the schedule but paused when the policy says schedule: pause', () => {
    const config = minimalConfig(
      'passive_policy:\n  job: { schedule: pause, keep_permissions_for: [ops] }\n',
    );
    const { secondary } = renderOne(JOB, config);
    expect(secondary.spec.schedule).toEqual({
      quartz_cron_expression: '0 0 * * * ?',
      timezone_id: 'UTC',
      pause_status: 'PAUSED',
    });
    expect(secondary.permissions?.map((g) => g.group_name ?? g.user_name)).toEqual([
      'ops',
      'owner@example.com',
      'readers',
    ]);
  });

  it('leaves a passive: run job running in both regions', () => {
    const { secondary } = renderOne(JOB.replace('name: j', 'name: j\npassive: run'));
    expect(secondary.spec.max_concurrent_runs).toBe(3);
    expect(secondary.spec.schedule).toMatchObject({ pause_status: 'UNPAUSED' });
  });

  it('disables a passive: only job in the active region and runs it in the passive one', () => {
    const { primary, secondary } = renderOne(JOB.replace('name: j', 'name: j\npassive: only'));
    expect(primary.spec.max_concurrent_runs).toBe(0);
    expect(primary.spec).not.toHaveProperty('schedule');
    expect(secondary.spec.max_concurrent_runs).toBe(3);
  });
});

describe('passive overlay: other kinds', () => {
  it('instance pools keep no idle instances', () => {
    const { primary, secondary } = renderOne(
      'kind: instance-pool\nname: p\nspec: { node_type_id: i3.xlarge, min_idle_instances: 4 }\n',
    );
    expect(primary.spec.min_idle_instances).toBe(4);
    expect(secondary.spec.min_idle_instances).toBe(0);
    expect(secondary.spec.instance_pool_name).toBe('p');
  });

  it('all-purpose clusters are left terminated, with the spec unchanged', () => {
    const { primary, secondary } = renderOne(
      'kind: cluster\nname: c\nspec: { spark_version: 15.4.x-scala2.12, num_workers: 2 }\n',
    );
    expect(primary.lifecycle).toBeUndefined();
    expect(secondary.lifecycle).toEqual({ state: 'TERMINATED' });
    expect(secondary.spec).toEqual(primary.spec);
  });

  it('SQL warehouses are left stopped', () => {
    const { secondary } = renderOne('kind: sql-warehouse\nname: w\nspec: { cluster_size: Small }\n');
    expect(secondary.lifecycle).toEqual({ state: 'STOPPED' });
  });

  it('pipelines are not continuous', () => {
    const { primary, secondary } = renderOne(
      'kind: pipeline\nname: p\nspec: { continuous: true, storage: "s3://lake-east/p" }\n',
    );
    expect(primary.spec.continuous).toBe(true);
    expect(secondary.spec.continuous).toBe(false);
  });
});

describe('the example, rendered for the passive secondary', () => {
  const { regions } = loadAndRender(exampleFiles());
  const secondary = regions.find((r) => r.region === 'secondary')?.objects ?? [];
  const strings = JSON.stringify(secondary);

  it('has every default passive job at 0 concurrency with no unpaused schedule, trigger or continuous block', () => {
    const jobs = secondary.filter((o) => o.kind === 'job' && o.passive === 'off');
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    for (const job of jobs) {
      expect(job.spec.max_concurrent_runs).toBe(0);
      expect(job.spec).not.toHaveProperty('schedule');
      for (const block of ['trigger', 'continuous']) {
        if (block in job.spec) expect(job.spec[block]).toMatchObject({ pause_status: 'PAUSED' });
      }
    }
  });

  it('runs the passive: only catch-up job and keeps the passive: run probe scheduled', () => {
    const catchup = secondary.find((o) => o.name === 'events-catchup');
    expect(catchup?.spec.trigger).toMatchObject({ pause_status: 'UNPAUSED' });
    const probe = secondary.find((o) => o.name === 'freshness-probe');
    expect(probe?.spec.schedule).toBeDefined();
  });

  it('keeps pools at 0 idle, pipelines not continuous, clusters terminated and warehouses stopped', () => {
    expect(secondary.filter((o) => o.kind === 'instance-pool').map((o) => o.spec.min_idle_instances)).toEqual(
      [0],
    );
    expect(secondary.filter((o) => o.kind === 'pipeline').map((o) => o.spec.continuous)).toEqual([false]);
    expect(secondary.filter((o) => o.kind === 'cluster').map((o) => o.lifecycle?.state)).toEqual([
      'TERMINATED',
    ]);
    expect(secondary.filter((o) => o.kind === 'sql-warehouse').map((o) => o.lifecycle?.state)).toEqual([
      'STOPPED',
    ]);
  });

  it("holds only the secondary's buckets and variables", () => {
    expect(strings).not.toMatch(/use1|us-east-1/);
    expect(strings).toContain('s3://acme-lake-usw2/pipelines/events');
    expect(strings).toContain('lakehouse_usw2');
  });
});
