import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.ts';
import { cli, distCli } from '../support/cli.ts';
import { CORPUS, EXAMPLE } from '../support/project.ts';

const CONFIG = ['--config', 'examples/live-config/codeploy.yml'];

function tempCopyOfExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codeploy-'));
  cpSync(EXAMPLE, join(dir, 'examples/live-config'), { recursive: true });
  return dir;
}

describe('codeploy validate', () => {
  it('never reads a file outside the config folder through a symbolic link, and says where', async () => {
    const dir = tempCopyOfExample();
    const secret = join(dir, 'outside-secret.txt');
    writeFileSync(secret, 'DATABRICKS_TOKEN=dapi-canary-7f3e\n');
    const notebook = join(dir, 'examples/live-config/notebooks/ingest.py');
    rmSync(notebook);
    symlinkSync(secret, notebook);
    symlinkSync(secret, join(dir, 'examples/live-config/definitions/linked.yml'));
    const r = await cli(['render', ...CONFIG, '--region', 'primary', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^examples\/live-config\/definitions\/workspace\.yml:\d+:\d+: error: source: notebooks\/ingest\.py is a symbolic link that leads outside the config folder: not read/m,
    );
    expect(r.stderr).toMatch(
      /definitions\/linked\.yml:1:1: error: .*linked\.yml is a symbolic link that leads outside/m,
    );
    expect(`${r.stdout}${r.stderr}`).not.toContain('dapi-canary-7f3e');
  });

  it('exits 0 on the example', async () => {
    const r = await cli(['validate', ...CONFIG]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^✓ valid: 27 object\(s\), rendered for 2 regions \(active: primary\)\.$/m);
  });

  it('exits 1 and lists every problem with its file and line, paths relative to the cwd', async () => {
    const dir = tempCopyOfExample();
    const file = join(dir, 'examples/live-config/definitions/compute.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('min_idle_instances: 2', 'min_idle_instance: 2') +
        '---\nkind: cluster\nname: shared-etl\nspec: { spark_version: "15.4.x-scala2.12" }\n',
    );
    const r = await cli(['validate', ...CONFIG], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^examples\/live-config\/definitions\/compute\.yml:\d+:3: error: spec\.min_idle_instance: unknown field "min_idle_instance" \(did you mean "min_idle_instances"\?\)/m,
    );
    expect(r.stderr).toMatch(
      /^examples\/live-config\/definitions\/compute\.yml:\d+:7: error: name: duplicate cluster "shared-etl".*\(first defined at examples\/live-config\/definitions\/compute\.yml:\d+\)/m,
    );
    expect(r.stderr).toMatch(/^✗ 2 error\(s\) in 1 file\(s\); nothing was written anywhere\.$/m);
  });

  it('exits 1 with a clear message when the config does not exist', async () => {
    const r = await cli(['validate', '--config', 'nope/codeploy.yml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: config file "codeploy.yml" not found');
  });
});

describe('codeploy render', () => {
  it('prints one region as JSON in the documented shape', async () => {
    const r = await cli(['render', ...CONFIG, '--region', 'secondary', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['region', 'role', 'objects']);
    expect(out).toMatchObject({ region: 'secondary', role: 'passive' });
    for (const o of out.objects)
      expect(Object.keys(o)).toEqual(
        expect.arrayContaining(['kind', 'name', 'passive', 'spec', 'permissions']),
      );
  });

  it('redacts sensitive values', async () => {
    const dir = tempCopyOfExample();
    const file = join(dir, 'examples/live-config/definitions/compute.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'spark.databricks.delta.preview.enabled: "true"',
        'spark.hadoop.fs.s3a.secret.key: "AKIA-not-a-real-secret"',
      ),
    );
    const r = await cli(['render', ...CONFIG, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('AKIA-not-a-real-secret');
    expect(r.stdout).toContain('"spark.hadoop.fs.s3a.secret.key": "(sensitive value)"');
  });

  it('exits 2 for an unknown region or format', async () => {
    expect((await cli(['render', ...CONFIG, '--region', 'mars'])).code).toBe(2);
    const r = await cli(['render', ...CONFIG, '--format', 'xml']);
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toContain('--format must be json or yaml, not "xml"');
  });
});

describe('codeploy plan --offline', () => {
  it('compares the config with a base checkout and prints a summary per region', async () => {
    const base = tempCopyOfExample();
    const head = tempCopyOfExample();
    const file = join(head, 'examples/live-config/definitions/warehouses.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('max_num_clusters: 3', 'max_num_clusters: 5'));
    const r = await cli(['plan', '--offline', '--base', base, ...CONFIG, '--out', 'plan.json'], head);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Region primary (active): Plan: 0 to create, 1 to update, 0 to delete.');
    expect(r.stdout).toContain(
      '  ~ sql-warehouse bi\n      - spec.max_num_clusters: 3\n      + spec.max_num_clusters: 5',
    );
    const plan = JSON.parse(readFileSync(join(head, 'plan.json'), 'utf8'));
    expect(plan.regions.map((x: { summary: { update: number } }) => x.summary.update)).toEqual([1, 1]);
  });

  it('with --detailed-exitcode exits 3 when there are changes and 0 when there are none', async () => {
    const base = tempCopyOfExample();
    expect(
      (await cli(['plan', '--offline', '--base', base, ...CONFIG, '--detailed-exitcode'], base)).code,
    ).toBe(0);
  });

  it('exits 2 with --offline but no --base', async () => {
    const r = await cli(['plan', '--offline', ...CONFIG]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--offline needs --base DIR');
  });

  it('without --offline reads the workspaces, and fails preflight clearly without credentials', async () => {
    const r = await cli(['plan', ...CONFIG]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('primary: environment variable DATABRICKS_TOKEN_PRIMARY is not set');
  });
});

describe('codeploy import', () => {
  it('imports payloads into definition files and a starter config that validates', async () => {
    const out = mkdtempSync(join(tmpdir(), 'codeploy-import-'));
    const files = [
      'jobs/get-job-12.json',
      'clusters/get-cluster-test2.json',
      'policies/get-cluster-policy.json',
      'pools/get-instance-pool1.json',
      'permissions/get-job-permissions-14.json',
    ];
    const r = await cli(['import', ...files.map((f) => join(CORPUS, f)), '--out', out]);
    // job 14's permissions name a job not in this import: refused, exit 1, the rest written.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused: permissions of jobs 14 name no object in this import');
    expect(readdirSync(out).sort()).toEqual([
      'cluster-policies',
      'clusters',
      'codeploy.yml',
      'instance-pools',
      'jobs',
    ]);
    expect((await cli(['validate', '--config', join(out, 'codeploy.yml')])).code).toBe(0);
    // A second import does not overwrite without --force.
    const again = await cli(['import', join(CORPUS, 'jobs/get-job-12.json'), '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/jobs\/test\.yml exists; use --force to overwrite/);
  });
});

describe('usage', () => {
  it.each(COMMANDS.map((c) => c.name))('%s --help exits 0 and shows its usage', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: codeploy ${name}`);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['deploy'])).code).toBe(2);
    const r = await cli(['validate', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
  });
});

describe('the bundled CLI (dist/cli.js)', () => {
  it('validates the example from a child process', () => {
    const r = distCli(['validate', ...CONFIG]);
    expect(r.code).toBe(0);
  });

  it('ends an unexpected failure with a message and exit 1, not a stack trace', () => {
    const r = distCli(['validate', '--config', 'examples']); // a folder, not a file
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
