import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { formatComment } from '../../src/core/plan/format-comment.ts';
import type { Plan } from '../../src/core/plan/types.ts';
import { startEmulator } from '../support/connect.ts';
import { prPayload, pushPayload } from '../support/events.ts';
import { FakeGitHub } from '../support/fake-github.ts';
import { exampleFiles } from '../support/project.ts';
import { GitRepo, runAction } from '../support/runner.ts';
import { newRow, type Row } from './row.ts';

/** A secret in every place one can come from: each must never show anywhere codeploy writes. */
const CANARIES = {
  secretScopeValue: 'canary-scope-value-7f31',
  digestKey: 'canary-digest-key-2c88',
  sensitiveField: 'canary-sensitive-field-9a04',
  credentialKey: 'canary-credential-key-55e1',
};

/** The example, with a value marked sensitive and one under a credential-like key. */
function canaryFiles(): Record<string, string> {
  const files = exampleFiles();
  files['definitions/compute.yml'] = (files['definitions/compute.yml'] ?? '')
    .replace(
      '    LAKE_ROOT: s3://acme-lake-use1/',
      `    LAKE_ROOT: s3://acme-lake-use1/\n    VENDOR_KEY: ${CANARIES.sensitiveField}`,
    )
    .replace(
      '    spark.databricks.delta.preview.enabled: "true"',
      `    spark.databricks.delta.preview.enabled: "true"\n    spark.hadoop.fs.azure.account.key: ${CANARIES.credentialKey}`,
    )
    .replace(
      'description: All-purpose cluster for interactive ETL work and the ad-hoc report job.',
      'description: All-purpose cluster for interactive ETL work and the ad-hoc report job.\nsensitive: [/spark_env_vars/VENDOR_KEY]',
    );
  return files;
}

/**
 * Runs the CLI (plan in every format, apply, plan again) and the action (a PR plan with its comment,
 * a tag's apply), with canary values in every secret source, and counts every surface a canary
 * shows up in: stdout, stderr, outputs, the job summary, the comment, the plan JSON, the state record.
 */
export async function canaryLeaks(): Promise<Row> {
  const out = newRow('canary secrets in every output');
  const { emulator, hosts, env: base } = await startEmulator();
  const github = new FakeGitHub();
  await github.start();
  const env = {
    ...base,
    WAREHOUSE_API_TOKEN: CANARIES.secretScopeValue,
    CODEPLOY_DIGEST_KEY: CANARIES.digestKey,
  };
  const secrets = [
    ...Object.values(CANARIES),
    base.DATABRICKS_TOKEN_PRIMARY as string,
    base.DATABRICKS_TOKEN_SECONDARY as string,
  ];
  const surfaces: Array<[string, string]> = [];
  try {
    // The CLI, on a repo on disk.
    const dir = mkdtempSync(join(tmpdir(), 'canaries-'));
    for (const [path, text] of Object.entries(canaryFiles())) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const hostArgs = ['--host', `primary=${hosts.primary}`, '--host', `secondary=${hosts.secondary}`];
    const cli = async (args: string[]) => {
      let text = '';
      const add = (t: string) => {
        text += `${t}\n`;
      };
      const io = { out: add, err: add, cwd: dir, env };
      await runCli([...args, ...hostArgs], io);
      return text;
    };
    const planFile = join(dir, 'plan.json');
    surfaces.push(['cli plan (text)', await cli(['plan'])]);
    surfaces.push(['cli plan (markdown)', await cli(['plan', '--format', 'markdown'])]);
    surfaces.push(['cli plan (json, stdout)', await cli(['plan', '--format', 'json', '--out', planFile])]);
    const planJson = readFileSync(planFile, 'utf8');
    surfaces.push(['plan JSON file', planJson]);
    surfaces.push([
      'PR comment (formatted)',
      formatComment({ configPath: 'codeploy.yml', head: 'f'.repeat(40), plan: JSON.parse(planJson) as Plan }),
    ]);
    surfaces.push(['cli apply', await cli(['apply', '--yes', '--release', 'v1.0.0'])]);
    surfaces.push(['cli plan after apply', await cli(['plan', '--verbose'])]);
    for (const region of ['primary', 'secondary']) {
      const state = emulator.workspace(region).objects.get('/Shared/.codeploy/acme-lakehouse/state.json');
      surfaces.push([
        `state record (${region})`,
        Buffer.from(state?.content ?? '', 'base64').toString('utf8'),
      ]);
    }

    // The action, as the runner runs it: a pull request's plan and a tag's apply.
    const repo = new GitRepo(canaryFiles());
    const first = repo.commit('config');
    repo.write({
      'definitions/warehouses.yml': (exampleFiles()['definitions/warehouses.yml'] ?? '').replace(
        'max_num_clusters: 3',
        'max_num_clusters: 5',
      ),
    });
    const head = repo.commit('bigger warehouse');
    repo.tag('v1.1.0');
    const inputs = { hosts: `primary=${hosts.primary}\nsecondary=${hosts.secondary}` };
    const runs = [
      await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        ref: 'refs/pull/5/merge',
        sha: head,
        apiUrl: github.url,
        payload: prPayload(5, first, head),
        env,
        inputs,
      }),
      await runAction({
        workspace: repo.dir,
        eventName: 'push',
        ref: 'refs/tags/v1.1.0',
        sha: head,
        payload: pushPayload('refs/tags/v1.1.0', head),
        env,
        inputs,
      }),
    ];
    runs.forEach((r, i) => {
      const name = i === 0 ? 'action PR plan' : 'action tag apply';
      const logs = (r.stdout + r.stderr)
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      surfaces.push([`${name}: logs`, logs]);
      surfaces.push([`${name}: outputs`, JSON.stringify(r.outputs)]);
      surfaces.push([`${name}: job summary`, r.summary]);
      if (r.code !== 0) {
        out.failures++;
        console.error(`${name} failed: ${r.outputs['failure-reason']}`);
      }
    });
    for (const c of github.comments) surfaces.push(['action PR comment', c.body]);
  } catch (err) {
    out.crashes++;
    console.error(`canary run crashed: ${err instanceof Error ? err.stack : String(err)}`);
  } finally {
    await github.stop();
    await emulator.stop();
  }
  for (const [name, text] of surfaces) {
    out.trials++;
    for (const secret of secrets)
      if (text.includes(secret)) {
        out.leaks++;
        console.error(`leak: ${name} holds ${secret.slice(0, 8)}…`);
      }
  }
  return out;
}
