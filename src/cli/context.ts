import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { nodeFileSource } from '../adapters/node-files.ts';
import { Diagnostics, formatDiagnostic } from '../core/model/diagnostics.ts';
import { loadProject, type Project } from '../core/project.ts';
import type { CliIO } from './io.ts';

/** A project loaded from disk, with diagnostics printed as paths the user can open from the cwd. */
export interface LoadedFromDisk {
  project: Project | undefined;
  diags: Diagnostics;
  /** The config's folder, relative to the cwd (`examples/live-config`). */
  folder: string;
}

export function loadFromDisk(configPath: string, io: CliIO): LoadedFromDisk {
  const absolute = resolve(io.cwd, configPath);
  const diags = new Diagnostics();
  const project = loadProject(
    absolute.slice(dirname(absolute).length + 1),
    nodeFileSource(dirname(absolute)),
    diags,
  );
  return { project, diags, folder: relative(io.cwd, dirname(absolute)) };
}

/** Prints diagnostics (notices only with `verbose`), paths relative to the cwd; returns the error count. */
export function printDiagnostics(diags: Diagnostics, folder: string, io: CliIO, verbose = false): number {
  // Like a linter: by file, then line, so each file's problems read top to bottom.
  const ordered = [...diags.items].sort(
    (a, b) =>
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
  for (const d of ordered) {
    if (d.severity === 'notice' && !verbose) continue;
    const shown = {
      ...d,
      ...(d.location ? { location: { ...d.location, file: joinPath(folder, d.location.file) } } : {}),
      ...(d.related ? { related: { ...d.related, file: joinPath(folder, d.related.file) } } : {}),
    };
    io.err(formatDiagnostic(shown));
  }
  return diags.errors.length;
}

export function joinPath(folder: string, file: string): string {
  return folder === '' ? file : `${folder}/${file}`;
}

/**
 * Writes generated files (`import`, `export`) under `dir`, making folders as needed. A file that
 * exists is kept, with an error, unless `force`. Returns how many were written.
 */
export function writeGenerated(
  dir: string,
  files: ReadonlyArray<{ path: string; text: string }>,
  options: { force: boolean; rule: string; diags: Diagnostics; io: CliIO },
): number {
  let written = 0;
  for (const file of files) {
    const target = resolve(dir, file.path);
    if (existsSync(target) && !options.force) {
      options.diags.error(
        options.rule,
        `${relative(options.io.cwd, target)} exists; use --force to overwrite`,
        {},
      );
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    written++;
  }
  return written;
}
