/**
 * One offline measurement, in a process of its own so its memory is its own: load, validate,
 * render both regions and plan a first deploy of the mixed repo of `argv[2]` definitions.
 * Prints `{ objects, cpuSeconds, wallSeconds, peakRssMb }` as JSON.
 */
import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { loadProject, offlinePlan } from '../../src/core/project.ts';
import { mixedRepo } from './mixed-repo.ts';

const objects = Number(process.argv[2] ?? 5000);
const files = mixedRepo(objects);
const before = process.cpuUsage();
const start = performance.now();
const diags = new Diagnostics();
const project = loadProject('codeploy.yml', memoryFileSource(files), diags);
if (!project || diags.hasErrors) throw new Error(`bench repo invalid: ${diags.errors[0]?.message}`);
const empty = { config: project.config, definitions: [] };
const plan = offlinePlan(empty, project, diags);
if (diags.hasErrors) throw new Error(`bench repo invalid: ${diags.errors[0]?.message}`);
const cpu = process.cpuUsage(before);
const planned = plan.regions.reduce((n, r) => n + r.summary.create, 0);
process.stdout.write(
  JSON.stringify({
    objects: project.definitions.length,
    planned,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - start) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
