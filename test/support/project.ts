import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import { loadProject, type Project, renderProject } from '../../src/core/project.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'live-config');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Real Databricks payloads from public test fixtures (see test/fixtures/README.md). */
export const CORPUS = join(FIXTURES, 'databricks-corpus');

/** Every file of a folder, as an editable in-memory repo (paths relative to the folder). */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export function exampleFiles(): Record<string, string> {
  return readTree(EXAMPLE);
}

/**
 * The example's codeploy.yml without its region patches: for tests that delete the definitions those
 * patches target (a patch that matches nothing is an error).
 */
export function withoutPatches(files: Record<string, string>): Record<string, string> {
  const doc = parseDocument(files['codeploy.yml'] ?? '');
  for (const region of ['primary', 'secondary']) doc.deleteIn(['regions', region, 'patches']);
  return { ...files, 'codeploy.yml': doc.toString() };
}

/** Loads and renders an in-memory repo; returns everything a test may look at. */
export function loadAndRender(files: Record<string, string>, configFile = 'codeploy.yml') {
  const diags = new Diagnostics();
  const project = loadProject(configFile, memoryFileSource(files), diags);
  const regions = project ? renderProject(project, diags) : [];
  return { project: project as Project, diags, regions, errors: diags.errors };
}

/** A minimal two-region config, with extra YAML appended. */
export function minimalConfig(extra = ''): string {
  return `version: 1
project: test
active: primary
regions:
  primary:
    host: https://primary.example.com
    auth: { type: token, env: T1 }
    markers: [us-east-1]
  secondary:
    host: https://secondary.example.com
    auth: { type: token, env: T2 }
    markers: [us-west-2]
storage:
  lake:
    primary: s3://lake-east/
    secondary: s3://lake-west/
${extra}`;
}
