import { spawn } from 'node:child_process';
import { memoryFileSource } from '../src/adapters/memory-files.ts';
import { prepareLive, runApply } from '../src/app/live.ts';
import { Diagnostics } from '../src/core/model/diagnostics.ts';
import { loadProject } from '../src/core/project.ts';
const child = spawn(process.execPath, ['src/cli/bin.ts', 'emulator', '--latency', '20', '--no-rate-limits'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
await new Promise<void>((resolve) => child.stdout.on('data', (d) => { out += d; if (out.includes('Use them with')) resolve(); }));
const ws = [...out.matchAll(/^\s+(\w+)\s+(http\S+)\s+token (\S+)/gm)].map((m) => ({ name: m[1]!, host: m[2]!, token: m[3]! }));
const CONFIG = `version: 1
project: bench
active: primary
regions:
  primary: { host: "https://a.example.com", auth: { type: token, env: TA }, markers: [us-east-1] }
  secondary: { host: "https://b.example.com", auth: { type: token, env: TB }, markers: [us-west-2] }
`;
const docs = Array.from({ length: 1000 }, (_, i) => `kind: job\nname: job-${i}\nspec: { tasks: [ { task_key: a, notebook_task: { notebook_path: /x } } ] }\npermissions:\n  - { group_name: eng, permission_level: CAN_MANAGE_RUN }\n`);
const files = { 'codeploy.yml': CONFIG, 'definitions/jobs.yml': docs.join('---\n') };
const diags = new Diagnostics();
const project = loadProject('codeploy.yml', memoryFileSource(files), diags)!;
const ctx = prepareLive(project, diags, { env: { TA: ws[0]!.token, TB: ws[1]!.token }, hosts: { primary: ws[0]!.host, secondary: ws[1]!.host }, holder: 'bench', concurrency: 16 })!;
const cpu0 = process.cpuUsage();
const start = performance.now();
const r = await runApply(ctx);
const secs = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const reqs = ((await (await fetch(`${ws[0]!.host}/__emulator/requests`)).json()) as { requests: unknown[] }).requests as unknown[];
console.log('ok', r.ok, 'seconds', secs.toFixed(2), 'cpu', ((cpu.user + cpu.system) / 1e6).toFixed(2), 'requests primary', reqs.length, 'floor', (reqs.length * 0.02 / 16).toFixed(2), 'ratio', (secs / (reqs.length * 0.02 / 16)).toFixed(2));
child.kill('SIGTERM');
const all = reqs as Array<{ at: number; method: string; path: string }>;
const t0 = all[0]!.at;
const buckets = new Map<number, { n: number; kinds: Map<string, number> }>();
for (const q of all) { const b = Math.floor((q.at - t0) / 250); const e = buckets.get(b) ?? { n: 0, kinds: new Map() }; e.n++; const k = q.method + ' ' + q.path.replace(/\d+/g, 'N').split('?')[0]; e.kinds.set(k, (e.kinds.get(k) ?? 0) + 1); buckets.set(b, e); }
for (const [b, e] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) console.log(String(b * 250).padStart(6), String(e.n).padStart(4), [...e.kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}:${v}`).join(' '));
