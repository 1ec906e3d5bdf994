/**
 * What the bench's live sections share: the two-region config, a repo of plain jobs, a repo
 * connected to emulated workspaces, and a timed deploy. Run as a script, it is one timed deploy in
 * a process of its own (see `deployInChild`), and prints `{ ok, message, seconds }` as JSON.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import { prepareLive, runApply } from '../../src/app/live.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { loadProject, renderProject } from '../../src/core/project.ts';

export const CONFIG = `version: 1
project: bench
active: primary
regions:
  primary: { host: "https://a.example.com", auth: { type: token, env: TA }, markers: [us-east-1] }
  secondary: { host: "https://b.example.com", auth: { type: token, env: TB }, markers: [us-west-2] }
storage:
  lake: { primary: "s3://lake-use1/", secondary: "s3://lake-usw2/" }
`;

/** A repo of plain jobs with grants: what the latency and rate-limit runs deploy. */
export function plainJobs(count: number): Record<string, string> {
  const docs = Array.from(
    { length: count },
    (_, i) =>
      `kind: job\nname: job-${i}\nspec: { tasks: [ { task_key: a, notebook_task: { notebook_path: /x } } ] }\npermissions:\n  - { group_name: eng, permission_level: CAN_MANAGE_RUN }\n`,
  );
  return { 'codeploy.yml': CONFIG, 'definitions/jobs.yml': docs.join('---\n') };
}

interface Workspaces {
  workspace(name: string): { token: string };
}

/** A bench repo loaded and connected to the emulator's two workspaces. */
export function connectBench(
  emulator: Workspaces,
  hosts: Record<string, string>,
  files: Record<string, string>,
  concurrency = 16,
  onlyRegions?: string[],
) {
  const diags = new Diagnostics();
  const project = loadProject('codeploy.yml', memoryFileSource(files), diags);
  const ctx = project
    ? prepareLive(
        project,
        diags,
        {
          env: { TA: emulator.workspace('primary').token, TB: emulator.workspace('secondary').token },
          hosts,
          holder: 'bench',
          concurrency,
        },
        renderProject(project, diags, onlyRegions),
      )
    : undefined;
  if (!ctx) throw new Error(`bench repo invalid: ${diags.errors[0]?.message}`);
  return ctx;
}

/** A deploy in this process, timed from the apply's start (the repo is loaded before). */
export async function deploy(
  emulator: Workspaces,
  hosts: Record<string, string>,
  files: Record<string, string>,
  concurrency: number,
) {
  const ctx = connectBench(emulator, hosts, files, concurrency);
  const start = performance.now();
  const report = await runApply(ctx);
  return { report, seconds: (performance.now() - start) / 1000 };
}

/**
 * A deploy of `count` plain jobs in a process of its own, as the action runs: one deploy per
 * process. In the bench's own process, the heap the earlier sections left (tens of thousands of
 * objects) slowed the client's collector, and the time moved with the sections run before it.
 */
export async function deployInChild(
  emulator: Workspaces,
  hosts: Record<string, string>,
  count: number,
  concurrency: number,
): Promise<{ ok: boolean; message: string; seconds: number }> {
  const job = {
    hosts,
    tokens: {
      primary: emulator.workspace('primary').token,
      secondary: emulator.workspace('secondary').token,
    },
    count,
    concurrency,
  };
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(job)], (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
  return JSON.parse(out) as { ok: boolean; message: string; seconds: number };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const job = JSON.parse(process.argv[2] ?? '{}') as {
    hosts: Record<string, string>;
    tokens: Record<string, string>;
    count: number;
    concurrency: number;
  };
  const workspaces = { workspace: (name: string) => ({ token: job.tokens[name] ?? '' }) };
  const { report, seconds } = await deploy(workspaces, job.hosts, plainJobs(job.count), job.concurrency);
  process.stdout.write(JSON.stringify({ ok: report.ok, message: report.message, seconds }));
}
