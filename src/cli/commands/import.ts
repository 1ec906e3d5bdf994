import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { starterConfig } from '../../core/export/starter-config.ts';
import { importPayloads } from '../../core/import/import.ts';
import { Diagnostics } from '../../core/model/diagnostics.ts';
import { printDiagnostics, writeGenerated } from '../context.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { Command } from './command.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn raw Databricks API JSON (GET, list or create payloads) into definition files.',
  usage: 'codeploy import FILE... --out DIR [--force]',
  help: [
    '  --out DIR   where to write <kind plural>/<name>.yml (created if missing)',
    '  --force     overwrite definition files that already exist',
    'Read-only fields are stripped and ids of other imported objects become references. Permissions',
    'payloads attach to their objects. Ids of objects outside the import become ${var.…} variables;',
    'when DIR has no codeploy.yml, a starter one is written that defines them for two regions.',
    'Valid payloads are imported even when others fail; the exit code is 1 if any failed.',
  ].join('\n'),
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  allowPositionals: true,
  run(values, positionals, io: CliIO) {
    if (positionals.length === 0) throw new UsageError('name at least one JSON file to import');
    if (typeof values.out !== 'string') throw new UsageError('--out DIR is required');
    const diags = new Diagnostics();
    const inputs = [];
    for (const file of positionals) {
      const path = resolve(io.cwd, file);
      if (!existsSync(path)) {
        diags.error('import', 'no such file', { location: { file, line: 1, column: 1 } });
        continue;
      }
      inputs.push({ file, text: readFileSync(path, 'utf8') });
    }
    const result = importPayloads(inputs, diags);
    const outDir = resolve(io.cwd, values.out);
    const written = writeGenerated(outDir, result.definitions, {
      force: values.force === true,
      rule: 'import',
      diags,
      io,
    });
    const configPath = resolve(outDir, 'codeploy.yml');
    if (!existsSync(configPath) && result.definitions.length > 0) {
      writeFileSync(configPath, importStarter(result.variables));
      io.out(`wrote a starter ${relative(io.cwd, configPath)}: set each region's host, auth and variables`);
    }
    printDiagnostics(diags, '', io, true);
    io.out(`imported ${written} definition(s) into ${relative(io.cwd, outDir) || '.'}`);
    return diags.hasErrors ? EXIT.failed : EXIT.ok;
  },
};

/** The starter config of an import: ids outside it are variables, with placeholders in the secondary. */
function importStarter(variables: Record<string, string>): string {
  const placeholders = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, `SET-ME-${v}`]));
  return starterConfig(
    'imported',
    [
      { name: 'primary', host: 'https://primary.cloud.databricks.com', markers: [], storage: {}, variables },
      {
        name: 'secondary',
        host: 'https://secondary.cloud.databricks.com',
        markers: [],
        storage: {},
        variables: placeholders,
      },
    ],
    'import',
  );
}
