import { stringify } from 'yaml';
import { renderProject } from '../../core/project.ts';
import { displayRegion } from '../../core/render/display.ts';
import { loadFromDisk, printDiagnostics } from '../context.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { Command } from './command.ts';

export const renderCommand: Command = {
  name: 'render',
  summary:
    'Print what codeploy would deploy to a region, after patches, storage remapping and the role overlay.',
  usage: 'codeploy render [--config FILE] [--region NAME] [--format json|yaml]',
  help: [
    '  --region NAME   one region (default: every region)',
    '  --format        json or yaml (default yaml)',
    'Values marked sensitive are shown as "(sensitive value)". References to other objects\' ids',
    'stay as ${<kind>.<name>.id}: ids are known per workspace only when applying.',
  ].join('\n'),
  options: { config: { type: 'string' }, region: { type: 'string' }, format: { type: 'string' } },
  run(values, _positionals, io: CliIO) {
    const format = String(values.format ?? 'yaml');
    if (format !== 'json' && format !== 'yaml')
      throw new UsageError(`--format must be json or yaml, not "${format}"`);
    const { project, diags, folder } = loadFromDisk(String(values.config ?? 'codeploy.yml'), io);
    const region = values.region as string | undefined;
    if (project && region !== undefined && !project.config.regions.some((r) => r.name === region)) {
      throw new UsageError(
        `unknown region "${region}"; the config has ${project.config.regions.map((r) => r.name).join(', ')}`,
      );
    }
    const rendered = project ? renderProject(project, diags, region ? [region] : undefined) : [];
    if (printDiagnostics(diags, folder, io) > 0 || !project) return EXIT.failed;
    const shown = rendered.map(displayRegion);
    const value = region ? shown[0] : shown;
    io.out(
      format === 'json'
        ? JSON.stringify(value, null, 2)
        : stringify(value, { lineWidth: 0, aliasDuplicateObjects: false }),
    );
    return EXIT.ok;
  },
};
