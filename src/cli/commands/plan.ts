import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { formatPlanMarkdown } from '../../core/plan/format-markdown.ts';
import { formatPlanText } from '../../core/plan/format-text.ts';
import { hasChanges } from '../../core/plan/plan.ts';
import { offlinePlan } from '../../core/project.ts';
import { loadFromDisk, printDiagnostics } from '../context.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import { checkFormat, LIVE_HELP, LIVE_OPTIONS } from '../live-options.ts';
import type { Command } from './command.ts';
import { livePlan } from './live-plan.ts';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what would change in every region.',
  usage:
    'codeploy plan --offline --base DIR [--config FILE] [--format text|json|markdown] [--out FILE] [--detailed-exitcode]',
  help: [
    '  --offline          compare two versions of the config, without reading any workspace',
    '  --base DIR         the base version: a checkout holding the config at the same relative path',
    '  --format           text (default), json or markdown',
    '  --out FILE         also write the plan as JSON to FILE',
    '  --verbose          list unchanged objects and the full body of creates and deletes',
    '  --detailed-exitcode  exit 3 when there are changes (0 when none)',
    LIVE_HELP,
  ].join('\n'),
  options: {
    ...LIVE_OPTIONS,
    offline: { type: 'boolean' },
    base: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    verbose: { type: 'boolean' },
    'detailed-exitcode': { type: 'boolean' },
  },
  run(values, _positionals, io: CliIO) {
    checkFormat(values);
    if (values.offline !== true) return livePlan(values, io);
    if (typeof values.base !== 'string')
      throw new UsageError("--offline needs --base DIR (the base version's checkout)");
    const format = String(values.format ?? 'text');
    const configPath = String(values.config ?? 'codeploy.yml');
    if (isAbsolute(configPath))
      throw new UsageError('with --base, give --config relative to the current folder');
    const head = loadFromDisk(configPath, io);
    const baseRoot = resolve(io.cwd, values.base);
    const base = loadFromDisk(relative(io.cwd, resolve(baseRoot, configPath)), io);
    if (!head.project || !base.project) {
      printDiagnostics(base.diags, base.folder, io);
      printDiagnostics(head.diags, head.folder, io);
      return EXIT.failed;
    }
    const plan = offlinePlan(base.project, head.project, head.diags);
    const errors =
      printDiagnostics(base.diags, base.folder, io) + printDiagnostics(head.diags, head.folder, io);
    if (errors > 0) return EXIT.failed;
    if (typeof values.out === 'string')
      writeFileSync(resolve(io.cwd, values.out), `${JSON.stringify(plan, null, 2)}\n`);
    if (format === 'json') io.out(JSON.stringify(plan, null, 2));
    else if (format === 'markdown') io.out(formatPlanMarkdown(plan));
    else io.out(formatPlanText(plan, { verbose: values.verbose === true }));
    const changed = plan.regions.some((r) => hasChanges(r.summary));
    return values['detailed-exitcode'] === true && changed ? 3 : EXIT.ok;
  },
};
