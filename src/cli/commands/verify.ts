import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runVerify } from '../../app/live.ts';
import {
  fenceLine,
  formatReadinessMarkdown,
  formatReadinessText,
  readinessJson,
} from '../../core/verify/format-readiness.ts';
import { type CliIO, EXIT } from '../io.ts';
import { connectFromCli, LIVE_HELP, LIVE_OPTIONS, releaseSettings } from '../live-options.ts';
import type { Command } from './command.ts';

/**
 * `codeploy verify`: the DR readiness report of every region, nothing written. It checks the
 * workspaces against the files given: run it from a checkout of the release they run (the action's
 * verify finds that release itself, from the tag the workspaces record).
 */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check every region is ready for a failover (drift, parity, passive invariants, fences).',
  usage:
    'codeploy verify [--config FILE] [--host R=URL] [--format text|markdown|json] [--out FILE] [--fence --release TAG --commit SHA]',
  help: [
    '  --format F         text (default), markdown (a job summary) or json',
    '  --out FILE         also write the report as JSON to FILE',
    '  --fence            first demote a region pending fence that answers again (the one write;',
    '                     --release and --commit are recorded there, as by apply)',
    LIVE_HELP,
    '',
    'Exit codes: 0 every region is ready, 1 a check failed (each is named) or a region did not answer.',
  ].join('\n'),
  options: {
    ...LIVE_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
    fence: { type: 'boolean' },
    release: { type: 'string' },
    commit: { type: 'string' },
  },
  async run(values, _positionals, io: CliIO) {
    const ctx = connectFromCli(values, io, { progress: () => undefined, ...releaseSettings(values) });
    if (!ctx) return EXIT.failed;
    const readiness = await runVerify(ctx, { fence: values.fence === true });
    if (readiness.fence) io.err(fenceLine(readiness.fence));
    for (const w of readiness.report.warnings ?? []) io.err(`! ${w}`);
    const json = `${JSON.stringify(readinessJson(readiness), null, 2)}\n`;
    if (typeof values.out === 'string') writeFileSync(resolve(io.cwd, values.out), json);
    const format = String(values.format ?? 'text');
    if (format === 'json') io.out(json.trimEnd());
    else if (format === 'markdown') io.out(formatReadinessMarkdown(readiness));
    else io.out(formatReadinessText(readiness));
    return readiness.ready ? EXIT.ok : EXIT.failed;
  },
};
