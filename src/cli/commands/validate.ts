import { renderProject } from '../../core/project.ts';
import { loadFromDisk, printDiagnostics } from '../context.ts';
import { type CliIO, EXIT } from '../io.ts';
import type { Command } from './command.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check codeploy.yml and every definition, and render every region; report every problem at once.',
  usage: 'codeploy validate [--config FILE] [--verbose]',
  options: { config: { type: 'string' }, verbose: { type: 'boolean' } },
  run(values, _positionals, io: CliIO) {
    const { project, diags, folder } = loadFromDisk(String(values.config ?? 'codeploy.yml'), io);
    if (project) renderProject(project, diags);
    const errors = printDiagnostics(diags, folder, io, values.verbose === true);
    if (errors > 0 || !project) {
      const files = new Set(diags.errors.map((d) => d.location?.file).filter(Boolean)).size;
      io.err(`✗ ${errors} error(s) in ${files} file(s); nothing was written anywhere.`);
      return EXIT.failed;
    }
    const { config, definitions } = project;
    io.out(
      `✓ valid: ${definitions.length} object(s), rendered for ${config.regions.length} regions (active: ${config.active}).`,
    );
    return EXIT.ok;
  },
};
