import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPayloads } from '../../src/core/import/import.ts';
import { kindRules } from '../../src/core/kinds/index.ts';
import { Diagnostics, formatDiagnostic } from '../../src/core/model/diagnostics.ts';
import { CORPUS, loadAndRender, minimalConfig } from '../support/project.ts';

function corpusFiles(filter: (name: string) => boolean) {
  const out: Array<{ file: string; text: string }> = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(CORPUS, dir.name)).sort()) {
      const file = `${dir.name}/${name}`;
      if (filter(file)) out.push({ file, text: readFileSync(join(CORPUS, file), 'utf8') });
    }
  }
  return out;
}

const OBJECT_DIRS = /^(jobs|clusters|pools|pipelines|policies|warehouses|init-scripts)\//;

describe('import of the shared corpus', () => {
  const diags = new Diagnostics();
  const inputs = corpusFiles((f) => OBJECT_DIRS.test(f) && !f.includes('malformed')).concat(
    corpusFiles((f) => f.startsWith('permissions/')),
  );
  const result = importPayloads(inputs, diags);
  const byName = new Map(result.definitions.map((d) => [`${d.kind}/${d.name}`, d]));

  it('turns every valid object payload into a definition in one call', () => {
    expect([...byName.keys()].sort()).toEqual([
      'cluster-policy/policy-definition-ext-hms',
      'cluster-policy/users-cluster-policy',
      'cluster/aws-cluster',
      'cluster/ddo-cluster',
      'cluster/high-concurrency-cluster',
      'cluster/presidio-cluster',
      'cluster/test-cluster-policy',
      'cluster/test1',
      'global-init-script/init-script1',
      'global-init-script/init-script2',
      'instance-pool/pool-1',
      'job/databricks-job-setup',
      'job/demo-job',
      'job/jartask',
      'job/openmetadata-databricks-workflow',
      'job/python-project',
      'job/runjobtask',
      'job/scala-project',
      'job/setup-workspace',
      'job/sparkr-test',
      'job/test',
      'pipeline/test-dlt',
      'sql-warehouse/test',
    ]);
  });

  it('renders what it imported with every read-only field gone and ids turned into references', () => {
    const files: Record<string, string> = {
      // The corpus is from us-west-2 and Azure: markers of two other regions keep the leak check quiet.
      'codeploy.yml': minimalConfig()
        .replace(/storage:[\s\S]*$/, '')
        .replace('project: test', 'project: test\ndefinitions: ["defs/**/*.yml"]')
        .replace('[us-east-1]', '[eu-north-1]')
        .replace('[us-west-2]', '[eu-south-1]'),
    };
    for (const d of result.definitions) files[`defs/${d.path}`] = d.text;
    // The starter variables: ids outside the import, one value per region.
    const vars = Object.entries(result.variables)
      .map(([k, v]) => `      ${k}: "${v}"`)
      .join('\n');
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace(
      /(\n\s+markers: \[[^\]]+\]\n)/g,
      `$1    variables:\n${vars}\n`,
    );
    const { errors, regions } = loadAndRender(files);
    expect(errors.map(formatDiagnostic)).toEqual([]);
    for (const obj of regions.flatMap((r) => r.objects)) {
      const leftover = Object.keys(obj.spec).filter((k) => kindRules(obj.kind).readOnlyFields.includes(k));
      expect(leftover, `${obj.kind}/${obj.name}`).toEqual([]);
    }
    const rendered = JSON.stringify(regions);
    for (const runtimeOnly of [
      'spark_context_id',
      'cluster_memory_mb',
      'default_tags',
      'jdbc_url',
      'odbc_params',
      'latest_updates',
      '"stats"',
    ]) {
      expect(rendered).not.toContain(runtimeOnly);
    }
    const primary = new Map(regions[0]?.objects.map((o) => [`${o.kind}/${o.name}`, o]));
    expect(primary.get('job/test')?.spec.tasks).toEqual([
      {
        existing_cluster_id: '${clusters.test-cluster-policy.id}',
        notebook_task: { notebook_path: '/Workspace/Users/test@test.com/Test' },
        task_key: 'test',
      },
    ]);
    expect(primary.get('cluster/test-cluster-policy')?.spec.policy_id).toBe(
      '${cluster-policies.users-cluster-policy.id}',
    );
    expect(primary.get('job/runjobtask')?.spec.tasks).toEqual([
      { run_job_task: { job_id: '${jobs.jartask.id}' }, task_key: 'run_job' },
    ]);
    // The legacy single-task shape from the jobs list became tasks[].
    expect(primary.get('job/python-project')?.spec.tasks).toMatchObject([
      { task_key: 'Python_Project', spark_python_task: { python_file: 'dbfs:/FileStore/jars/test.jar' } },
    ]);
    // The policy definition string was parsed into an object.
    expect(primary.get('cluster-policy/users-cluster-policy')?.spec.definition).toMatchObject({
      'autoscale.max_workers': { type: 'range', maxValue: 5 },
    });
    // The pipeline's spec was unwrapped, its id dropped, and the secondary made it not continuous.
    expect(primary.get('pipeline/test-dlt')?.spec).toMatchObject({
      continuous: true,
      storage: 'dbfs:/pipelines/9ab12322-ccef-4539-8bf1-a43a95667dac',
    });
    expect(primary.get('pipeline/test-dlt')?.spec).not.toHaveProperty('id');
    expect(regions[1]?.objects.find((o) => o.name === 'test-dlt')?.spec.continuous).toBe(false);
  });

  it('attaches permission payloads to their objects, without inherited or owner grants', () => {
    expect(byName.get('job/demo-job')?.text).toContain(
      'permissions:\n  - group_name: Automation\n    permission_level: CAN_MANAGE_RUN\n  - group_name: Engineering\n    permission_level: CAN_MANAGE\n  - group_name: users\n    permission_level: CAN_VIEW\n',
    );
    expect(byName.get('instance-pool/pool-1')?.text).toContain(
      'permissions:\n  - user_name: test@test.com\n    permission_level: CAN_MANAGE\n',
    );
    expect(byName.get('sql-warehouse/test')?.text).toContain('permission_level: CAN_MANAGE');
  });

  it('refuses the payloads it cannot place, each with a clear message', () => {
    const errors = diags.errors.map(formatDiagnostic);
    expect(errors).toEqual([
      "permissions/get-directory-permissions.json:1:1: error: refused: permissions of directory 4451965692354143 name no object in this import (expected the object's own GET payload in the same import call) [import]",
    ]);
  });

  it('refuses secret payloads, which name neither their scope nor any value', () => {
    const d = new Diagnostics();
    const r = importPayloads(
      corpusFiles((f) => f.startsWith('secrets/')),
      d,
    );
    expect(r.definitions.map((x) => x.name)).toEqual(['some-kv-scope']);
    expect(r.definitions[0]?.text).toContain('backend_azure_keyvault:');
    expect(d.errors.map((e) => `${e.location?.file}: ${e.message}`)).toEqual([
      "secrets/get-scope-acl.json: refused: a secret ACL payload does not name its scope; put the grants in the secret-scope definition's permissions",
      "secrets/list-scope-acls.json: refused: a secret ACL payload does not name its scope; put the grants in the secret-scope definition's permissions",
      'secrets/list-secrets.json: refused: a secrets list holds neither its scope name nor any values; declare secrets under a secret-scope definition (secrets: [{key, from_env}])',
    ]);
  });

  it('imports a Git folder from its RepoInfo, without the commit it happens to be on', () => {
    const d = new Diagnostics();
    const repo = {
      id: 1_234_567,
      path: '/Workspace/Shared/git/etl-code',
      url: 'https://github.com/acme/etl-code.git',
      provider: 'gitHub',
      branch: 'release',
      head_commit_id: '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b',
    };
    const r = importPayloads([{ file: 'repos/get.json', text: JSON.stringify(repo) }], d);
    expect(d.errors.map(formatDiagnostic)).toEqual([]);
    expect(r.definitions.map((x) => x.kind)).toEqual(['git-folder']);
    expect(r.definitions[0]?.name).toBe('etl-code');
    const spec = (r.definitions[0]?.text ?? '').slice((r.definitions[0]?.text ?? '').indexOf('spec:'));
    expect(spec).toBe(
      'spec:\n  path: /Shared/git/etl-code\n  url: https://github.com/acme/etl-code.git\n  provider: gitHub\n  branch: release\n',
    );
  });

  it('fails the malformed payload with its line and column, and still imports the rest', () => {
    const d = new Diagnostics();
    const r = importPayloads(
      corpusFiles((f) => f === 'jobs/get-job-16.malformed.json' || f === 'jobs/get-job-12.json'),
      d,
    );
    expect(r.definitions.map((x) => x.name)).toEqual(['test']);
    expect(d.errors.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^jobs\/get-job-16\.malformed\.json:28:13: error: .*\(expected valid JSON \(no trailing commas, comments or single quotes\)\) \[syntax\]$/,
      ),
    ]);
  });
});
