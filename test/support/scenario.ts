import { parse } from 'yaml';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { RunReport } from '../../src/core/live/apply.ts';
import { formatPlanText } from '../../src/core/plan/format-text.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import type { LoggedRequest } from '../../src/emulator/types.ts';
import { connectProject, startEmulator } from './live.ts';
import { exampleFiles } from './project.ts';

/**
 * Recorded scenarios, like the Databricks CLI's acceptance tests: a folder per scenario holds its
 * script (`scenario.yml`) and what codeploy did, as a reviewer reads it: the plan as text and JSON,
 * and every request sent to each workspace. Ids, times, hosts and digests are replaced by
 * placeholders, so a change in what codeploy sends, and nothing else, shows in review.
 *
 * scenario.yml:
 *   description: one line
 *   before: [steps…]       not recorded: apply, plan, or a change (below)
 *   record: apply | plan   the recorded step, run on examples/live-config as changed by `before`
 * Changes: {edit: {file, from, to}}, {remove: file}, {hand: {workspace, do: start-cluster |
 * add-schedule | delete-state, name?}} (a change made by hand in the workspace).
 */
export interface Scenario {
  description: string;
  before?: Step[];
  record: 'apply' | 'plan';
}

type Step =
  | 'apply'
  | 'plan'
  | { edit: { file: string; from: string; to: string } }
  | { remove: string }
  | { hand: { workspace: string; do: 'start-cluster' | 'add-schedule' | 'delete-state'; name?: string } };

export interface Recording {
  planText: string;
  planJson: string;
  requests: string;
  /** A plan right after a recorded apply: what was left to change (empty when it converged). */
  leftOver: string[];
}

/** A fixed clock that moves one second a call: repeatable, and still ordered. */
function steppingClock(start = Date.UTC(2026, 0, 1)): () => number {
  let t = start;
  return () => {
    t += 1000;
    return t;
  };
}

export async function runScenario(text: string): Promise<Recording> {
  const scenario = parse(text) as Scenario;
  const { emulator, hosts, env } = await startEmulator({ clock: steppingClock() });
  try {
    const files = exampleFiles();
    const connect = () => {
      const ctx = connectProject(files, hosts, env, { concurrency: 1 });
      // The core's clock and salt, fixed: the state record and the lock come out the same each run.
      ctx.options.now = () => new Date(Date.UTC(2026, 0, 1, 12));
      ctx.options.newSalt = () => 'recorded-scenario-salt';
      return ctx;
    };
    for (const step of scenario.before ?? []) await runStep(step, files, emulator, connect);
    emulator.requests.length = 0;
    const report = await (scenario.record === 'apply' ? runApply(connect()) : runPlan(connect()));
    const requests = [...emulator.requests];
    const leftOver = scenario.record === 'apply' ? pending(await runPlan(connect())) : [];
    const ids = new Placeholders();
    return {
      planText: ids.apply(planText(report)),
      planJson: ids.apply(`${JSON.stringify(report.plans, null, 2)}\n`),
      requests: ids.apply(requestLines(requests)),
      leftOver,
    };
  } finally {
    await emulator.stop();
  }
}

async function runStep(
  step: Step,
  files: Record<string, string>,
  emulator: Emulator,
  connect: () => ReturnType<typeof connectProject>,
): Promise<void> {
  if (step === 'apply' || step === 'plan') {
    const report = await (step === 'apply' ? runApply(connect()) : runPlan(connect()));
    if (!report.ok) throw new Error(`scenario step ${step} failed: ${report.message}`);
    return;
  }
  if ('edit' in step) {
    const { file, from, to } = step.edit;
    const before = files[file];
    if (before === undefined || !before.includes(from))
      throw new Error(`scenario edit: "${from}" not in ${file}`);
    files[file] = before.replace(from, to);
    return;
  }
  if ('remove' in step) {
    delete files[step.remove];
    return;
  }
  const ws = emulator.workspace(step.hand.workspace);
  switch (step.hand.do) {
    case 'start-cluster':
      for (const c of ws.clusters.values()) ws.transition(c.status, 'PENDING', 'RUNNING');
      return;
    case 'add-schedule': {
      const job = [...ws.jobs.values()].find((j) => j.settings.name === step.hand.name);
      if (!job) throw new Error(`scenario: no job ${step.hand.name}`);
      job.settings.schedule = {
        quartz_cron_expression: '0 0 * * * ?',
        timezone_id: 'UTC',
        pause_status: 'UNPAUSED',
      };
      return;
    }
    case 'delete-state':
      ws.objects.delete('/Shared/.codeploy/acme-lakehouse/state.json');
      return;
  }
}

function pending(report: RunReport): string[] {
  return report.plans.flatMap((p) =>
    p.entries.filter((e) => e.action !== 'no-change').map((e) => `${p.region} ${e.action} ${e.key}`),
  );
}

function planText(report: RunReport): string {
  const text = formatPlanText({ format_version: 1, mode: 'live', regions: report.plans });
  const outcome = report.ok ? 'ok' : `failed (${report.reason}): ${report.message}`;
  return `${text.trimEnd()}\n\noutcome: ${outcome}\n`;
}

/**
 * One line a request: `workspace METHOD path?query status body`, each workspace's requests together
 * in the order sent. Reads that run side by side (one list call per kind) are sorted, so their
 * order does not depend on which answered first. Uploaded content shows as its size and hash.
 */
function requestLines(requests: readonly LoggedRequest[]): string {
  const out: string[] = [];
  for (const workspace of [...new Set(requests.map((r) => r.workspace))].sort()) {
    let reads: string[] = [];
    const flush = () => {
      out.push(...reads.sort());
      reads = [];
    };
    for (const r of requests.filter((x) => x.workspace === workspace)) {
      const line = `${r.workspace} ${r.method} ${r.path}${r.query ? `?${decodeURIComponent(r.query)}` : ''} ${r.status}${r.body ? ` ${JSON.stringify(showBody(r))}` : ''}`;
      if (r.method === 'GET') reads.push(line);
      else {
        flush();
        out.push(line);
      }
    }
    flush();
  }
  return `${out.join('\n')}\n`;
}

function showBody(r: LoggedRequest): unknown {
  const body = r.body as Record<string, unknown>;
  // The emulator logs uploaded content as its size and hash; codeploy's own files by what they are.
  if (typeof body.content !== 'string' || !String(body.path ?? '').includes('/.codeploy/')) return body;
  return { ...body, content: `(${String(body.path).endsWith('.lock') ? 'deploy lock' : 'state record'})` };
}

/** Ids, hosts, times and digests become stable placeholders, numbered by first appearance. */
class Placeholders {
  private readonly seen = new Map<string, string>();
  private static readonly PATTERNS: Array<[RegExp, string]> = [
    [/http:\/\/127\.0\.0\.1:\d+/g, '[host]'],
    [/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '[time]'],
    [/sha256:[0-9a-f]{64}/g, '[digest]'],
    [/\b[0-9a-f]{4}-[0-9a-f]{6}-pool-[0-9a-f]{8}\b/g, 'pool'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, 'pipeline'],
    [/\b[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{8}\b/g, 'cluster'],
    [/\b[0-9A-F]{16}\b/g, 'id'],
    [/\b[0-9a-f]{16}\b/g, 'warehouse'],
    [/\b[12]\d{14}\b/g, 'num'],
    [/\b1[78]\d{11}\b/g, '[time]'],
  ];

  apply(text: string): string {
    let out = text;
    for (const [pattern, label] of Placeholders.PATTERNS) {
      out = out.replace(pattern, (match) => {
        if (label.startsWith('[')) return label;
        let name = this.seen.get(match);
        if (!name) {
          name = `[${label}-${[...this.seen.values()].filter((v) => v.startsWith(`[${label}-`)).length + 1}]`;
          this.seen.set(match, name);
        }
        return name;
      });
    }
    return out;
  }
}
