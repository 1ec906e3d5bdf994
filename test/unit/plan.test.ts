import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import type { RenderedObject } from '../../src/core/model/definition.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { escapeHtml, formatPlanMarkdown } from '../../src/core/plan/format-markdown.ts';
import { formatPlanText } from '../../src/core/plan/format-text.ts';
import { planRegion, summaryLine } from '../../src/core/plan/plan.ts';
import { loadProject, offlinePlan } from '../../src/core/project.ts';
import { exampleFiles, ROOT } from '../support/project.ts';

const obj = (
  kind: RenderedObject['kind'],
  name: string,
  spec: RenderedObject['spec'] = {},
): RenderedObject => ({ kind, name, passive: 'off', spec, sensitive: [] });

describe('plan order', () => {
  it('applies dependencies first: policies and pools, then clusters, then jobs; references before referrers', () => {
    const after = [
      obj('job', 'main', { tasks: [{ task_key: 't', run_job_task: { job_id: '${jobs.child.id}' } }] }),
      obj('job', 'child', { tasks: [{ task_key: 't', existing_cluster_id: '${clusters.c.id}' }] }),
      obj('cluster', 'c', {
        instance_pool_id: '${instance-pools.p.id}',
        policy_id: '${cluster-policies.pol.id}',
      }),
      obj('instance-pool', 'p'),
      obj('cluster-policy', 'pol'),
      obj('notebook', 'nb', { path: '/x' }),
      obj('directory', 'd', { path: '/' }),
    ];
    const plan = planRegion('r', 'active', [], after);
    expect(plan.entries.map((e) => e.key)).toEqual([
      'directory/d',
      'cluster-policy/pol',
      'instance-pool/p',
      'notebook/nb',
      'cluster/c',
      'job/child',
      'job/main',
    ]);
    expect(plan.entries.find((e) => e.key === 'job/main')?.depends_on).toEqual(['job/child']);
    expect(plan.entries.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('still places every object once when references form a cycle (which validation refuses), lowest rank first', () => {
    const after = [
      obj('job', 'b', { tasks: [{ task_key: 't', run_job_task: { job_id: '${jobs.a.id}' } }] }),
      obj('job', 'a', { tasks: [{ task_key: 't', run_job_task: { job_id: '${jobs.b.id}' } }] }),
      obj('job', 'c', { tasks: [{ task_key: 't', run_job_task: { job_id: '${jobs.b.id}' } }] }),
      obj('cluster', 'free'),
    ];
    const plan = planRegion('r', 'active', [], after);
    expect(plan.entries.map((e) => e.key)).toEqual(['cluster/free', 'job/a', 'job/b', 'job/c']);
  });

  it('deletes come last, in reverse dependency order', () => {
    const before = [
      obj('cluster', 'c'),
      obj('job', 'j', { tasks: [{ task_key: 't', existing_cluster_id: '${clusters.c.id}' }] }),
      obj('instance-pool', 'p'),
    ];
    const plan = planRegion('r', 'active', before, [
      obj('instance-pool', 'p', { min_idle_instances: 1 }),
      obj('job', 'new'),
    ]);
    expect(plan.entries.map((e) => `${e.action} ${e.key}`)).toEqual([
      'update instance-pool/p',
      'create job/new',
      'delete job/j',
      'delete cluster/c',
    ]);
    expect(summaryLine(plan.summary)).toBe('Plan: 1 to create, 1 to update, 2 to delete.');
  });
});

function examplePlan(change: (files: Record<string, string>) => void) {
  const base = exampleFiles();
  const head = exampleFiles();
  change(head);
  const diags = new Diagnostics();
  const b = loadProject('codeploy.yml', memoryFileSource(base), diags);
  const h = loadProject('codeploy.yml', memoryFileSource(head), diags);
  if (!b || !h) throw new Error('example did not load');
  const plan = offlinePlan(b, h, diags);
  expect(diags.errors).toEqual([]);
  return plan;
}

describe('offline plan of the example', () => {
  const plan = examplePlan((files) => {
    files['definitions/warehouses.yml'] =
      files['definitions/warehouses.yml']?.replace('auto_stop_mins: 20', 'auto_stop_mins: 30') ?? '';
    files['definitions/pipelines.yml'] =
      files['definitions/pipelines.yml']?.replace('/pipelines/events', '/pipelines/events-v2') ?? '';
    files['definitions/jobs/nightly-etl.yml'] =
      files['definitions/jobs/nightly-etl.yml']?.replace('"0 30 2 * * ?"', '"0 0 3 * * ?"') ?? '';
    files['definitions/new.yml'] =
      'kind: job\nname: new-job\nspec:\n  tasks: [{ task_key: t, notebook_task: { notebook_path: /x }, new_cluster: { spark_version: "15", num_workers: 1 } }]\n  spark_conf_note: x\n'.replace(
        '  spark_conf_note: x\n',
        '',
      );
    delete files['definitions/jobs/adhoc-report.yml'];
  });

  it('is per region, and each region sees what changes there', () => {
    const [primary, secondary] = plan.regions;
    expect(
      summaryLine(primary?.summary ?? { create: 0, update: 0, recreate: 0, delete: 0, unchanged: 0 }),
    ).toBe('Plan: 2 to create, 2 to update, 3 to delete (1 of them by recreating).');
    // The schedule change is invisible in the passive region: there the schedule is removed anyway.
    expect(secondary?.entries.find((e) => e.key === 'job/nightly-etl')?.action).toBe('no-change');
    expect(primary?.entries.find((e) => e.key === 'job/nightly-etl')?.changes).toEqual([
      {
        path: 'spec.schedule.quartz_cron_expression',
        action: 'change',
        old: '0 30 2 * * ?',
        new: '0 0 3 * * ?',
      },
    ]);
    expect(secondary?.entries.find((e) => e.key === 'pipeline/events')?.changes[0]).toMatchObject({
      old: 's3://acme-lake-usw2/pipelines/events',
      new: 's3://acme-lake-usw2/pipelines/events-v2',
      forces_recreate: true,
    });
  });

  it('matches the plan JSON schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(plan))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('prints a summary line per region and the changed fields for a terminal', () => {
    const text = formatPlanText(plan);
    expect(text).toContain('Offline plan: compares two versions of the config; no workspace was read.');
    expect(text).toContain(
      'Region primary (active): Plan: 2 to create, 2 to update, 3 to delete (1 of them by recreating).',
    );
    expect(text).toContain(
      '  -/+ pipeline events\n      - spec.storage: "s3://acme-lake-use1/pipelines/events"\n      + spec.storage: "s3://acme-lake-use1/pipelines/events-v2"   # forces recreate',
    );
    expect(text).toContain('  - job weekly-report\n');
    expect(text).not.toContain('instance-pool etl-pool'); // unchanged objects are left out
  });

  it('renders Markdown with one collapsed diff block per changed object', () => {
    const md = formatPlanMarkdown(plan);
    expect(md).toContain('### Region `secondary` (passive)');
    expect(md).toContain(
      '<details><summary><code>~ sql-warehouse bi</code> (update, 1 field(s))</summary>\n\n```diff\n- spec.auto_stop_mins: 20\n+ spec.auto_stop_mins: 30\n```\n</details>',
    );
  });
});

describe('Markdown safety', () => {
  it('lengthens the fence so a value cannot close its block, and escapes HTML in summaries', () => {
    const before = [obj('job', 'j', { description: 'a' })];
    const after = [obj('job', 'j', { description: '```\n</details>\n# heading' })];
    const md = formatPlanMarkdown({
      format_version: 1,
      mode: 'live',
      regions: [planRegion('r', 'active', before, after)],
    });
    const lines = md.split('\n');
    const open = lines.indexOf('````diff');
    const close = lines.indexOf('````', open + 1);
    expect(open).toBeGreaterThan(0);
    expect(close).toBeGreaterThan(open);
    // Nothing from the value sits outside the fence: the only </details> line is the block's own.
    expect(lines.filter((l) => l === '</details>')).toEqual(['</details>']);
    expect(lines.indexOf('</details>')).toBe(close + 1);
    expect(escapeHtml('<code>&"')).toBe('&lt;code&gt;&amp;&quot;');
  });
});
