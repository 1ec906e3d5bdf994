import { type FileSource, OutsideRootError, TooLargeError } from '../ports/files.ts';
import { loadConfig } from './load/config.ts';
import { loadDefinitions } from './load/definitions.ts';
import type { Config } from './model/config.ts';
import type { Definition, RenderedRegion } from './model/definition.ts';
import type { Diagnostics } from './model/diagnostics.ts';
import { planRegion } from './plan/plan.ts';
import type { Plan } from './plan/types.ts';
import { renderRegions } from './render/index.ts';
import { checkReferences } from './validate/references.ts';
import { checkPatchTargets } from './validate/split-brain.ts';

/** A live-config repo, loaded and checked: the config and every object definition. */
export interface Project {
  config: Config;
  definitions: Definition[];
}

/**
 * load → validate: reads `configFile` (relative to the file source's root, the config's folder) and
 * every definition it names. Returns undefined when the config itself is unusable; definitions with
 * problems are reported in `diags` and left out.
 */
export function loadProject(configFile: string, files: FileSource, diags: Diagnostics): Project | undefined {
  let text: string | undefined;
  try {
    text = files.read(configFile);
  } catch (err) {
    if (err instanceof TooLargeError) {
      diags.error('too-large', err.message, { expected: 'a codeploy.yml of a sensible size' });
      return undefined;
    }
    if (!(err instanceof OutsideRootError)) throw err;
    diags.error('outside-repo', err.message, { expected: 'a codeploy.yml inside the repo' });
    return undefined;
  }
  if (text === undefined) {
    diags.error('config', `config file "${configFile}" not found`, {
      expected: 'a codeploy.yml (see --config)',
    });
    return undefined;
  }
  const config = loadConfig(configFile, text, diags);
  if (!config) return undefined;
  const { definitions, invalid } = loadDefinitions(config, files, diags);
  checkReferences(config, definitions, diags, invalid);
  // Only when every definition loaded: one left out for its own errors may be the patch's target.
  if (invalid.size === 0) checkPatchTargets(config, definitions, diags);
  return { config, definitions };
}

/** render: every region (or the named ones), with the leak check. */
export function renderProject(
  project: Project,
  diags: Diagnostics,
  only?: readonly string[],
): RenderedRegion[] {
  const names = project.config.regions.filter((r) => !only || only.includes(r.name)).map((r) => r.name);
  return renderRegions(project.config, project.definitions, names, diags);
}

/**
 * The offline plan: per region of the head config, the base version's rendering against the head's.
 * A region new in the head is planned against nothing (everything is a create).
 */
export function offlinePlan(base: Project, head: Project, diags: Diagnostics): Plan {
  const before = new Map(renderProject(base, diags).map((r) => [r.region, r]));
  const after = renderProject(head, diags);
  return {
    format_version: 1,
    mode: 'offline',
    regions: after.map((r) => planRegion(r.region, r.role, before.get(r.region)?.objects ?? [], r.objects)),
  };
}
