import {
  type Config,
  DEFAULT_PASSIVE_POLICY,
  type PassivePolicy,
  type Patch,
  type RegionConfig,
} from '../model/config.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { isObject, type JsonObject } from '../model/json.ts';
import { checkSchema } from '../validate/schema-check.ts';
import { configValidator } from '../validate/schemas.ts';
import { checkSplitBrain } from '../validate/split-brain.ts';
import { parseDocuments } from './documents.ts';
import { globProblem, MAX_GLOB_ALTERNATIVES } from './glob.ts';

export const DEFAULT_DEFINITIONS = ['definitions/**/*.{yml,yaml,json}'];

/** Parses and checks `codeploy.yml`. Returns undefined (with diagnostics) when it cannot be used. */
export function loadConfig(file: string, text: string, diags: Diagnostics): Config | undefined {
  const docs = parseDocuments(file, text, diags);
  const doc = docs[0];
  if (!doc) {
    if (!diags.hasErrors)
      diags.error('config', 'the config file is empty', { location: { file, line: 1, column: 1 } });
    return undefined;
  }
  if (docs.length > 1) {
    const pos = docs[1]?.locate([]) ?? { line: 1, column: 1 };
    diags.error('config', 'the config file must hold one YAML document', { location: { file, ...pos } });
  }
  if (!checkSchema(configValidator, doc.value, doc, [], diags)) return undefined;
  const raw = doc.value as JsonObject;
  const at = (path: (string | number)[]) => ({ file, ...doc.locate(path) });

  const regions: RegionConfig[] = Object.entries(raw.regions as JsonObject).map(([name, value]) => {
    const r = value as JsonObject;
    // A patch's line is asked for only by a message about it: a position costs the file's syntax
    // tree, which was a tenth of the action's start-up.
    const patches = ((r.patches as JsonObject[] | undefined) ?? []).map(
      (p, i) => ({ ...p, line: () => doc.locate(['regions', name, 'patches', i]).line }) as unknown as Patch,
    );
    return {
      name,
      host: String(r.host).replace(/\/$/, ''),
      ...(r.workspace_id !== undefined ? { workspaceId: String(r.workspace_id) } : {}),
      auth: r.auth as unknown as RegionConfig['auth'],
      markers: (r.markers as string[] | undefined) ?? [],
      variables: Object.fromEntries(
        Object.entries((r.variables as JsonObject | undefined) ?? {}).map(([k, v]) => [k, String(v)]),
      ),
      patches,
    };
  });
  const names = regions.map((r) => r.name);
  const active = String(raw.active);
  if (!names.includes(active)) {
    diags.error('config', `active region "${active}" is not one of the regions`, {
      location: at(['active']),
      path: 'active',
      expected: `one of ${names.join(', ')}`,
    });
  }

  const storage = (raw.storage as Record<string, Record<string, string>> | undefined) ?? {};
  for (const [location, prefixes] of Object.entries(storage)) {
    for (const region of names) {
      if (!(region in prefixes)) {
        diags.error('config', `storage location "${location}" has no prefix for region "${region}"`, {
          location: at(['storage', location]),
          path: `storage.${location}`,
          expected: `a prefix for every region (${names.join(', ')})`,
        });
      }
    }
    for (const region of Object.keys(prefixes)) {
      if (!names.includes(region)) {
        diags.error('config', `storage location "${location}" names an unknown region "${region}"`, {
          location: at(['storage', location, region]),
          expected: `one of ${names.join(', ')}`,
        });
      }
    }
  }
  checkMarkers(regions, diags, at);
  checkGlobs(raw, regions, diags, at);
  checkSplitBrain(regions, storage, diags, at);

  const release = (raw.release as JsonObject | undefined) ?? {};
  return {
    file,
    project: String(raw.project),
    regions,
    active,
    passivePolicy: mergePolicy(raw.passive_policy as JsonObject | undefined),
    storage,
    definitions: (raw.definitions as string[] | undefined) ?? DEFAULT_DEFINITIONS,
    release: { tag_pattern: typeof release.tag_pattern === 'string' ? release.tag_pattern : 'v*' },
    prune: raw.prune === true,
    stateFolder:
      typeof raw.state_folder === 'string' ? raw.state_folder : `/Shared/.codeploy/${String(raw.project)}`,
  };
}

/** Every glob of the config compiles (a pull request may write one that expands without end). */
function checkGlobs(
  raw: JsonObject,
  regions: RegionConfig[],
  diags: Diagnostics,
  at: (path: (string | number)[]) => { file: string; line: number; column: number },
): void {
  const globs: Array<[string, (string | number)[]]> = [];
  const definitions = Array.isArray(raw.definitions) ? raw.definitions : [];
  definitions.forEach((g, i) => {
    if (typeof g === 'string') globs.push([g, ['definitions', i]]);
  });
  const release = isObject(raw.release) ? raw.release : {};
  if (typeof release.tag_pattern === 'string') globs.push([release.tag_pattern, ['release', 'tag_pattern']]);
  for (const region of regions)
    region.patches.forEach((patch, i) => {
      if (patch.target.name !== undefined)
        globs.push([patch.target.name, ['regions', region.name, 'patches', i, 'target', 'name']]);
    });
  for (const [glob, path] of globs) {
    const problem = globProblem(glob);
    if (problem)
      diags.error('config', problem, {
        location: at(path),
        path: path.join('.'),
        expected: `a glob with at most ${MAX_GLOB_ALTERNATIVES} {…} alternatives`,
      });
  }
}

/** A region's marker that appears in its own host would flag every object; that is a config mistake. */
function checkMarkers(
  regions: RegionConfig[],
  diags: Diagnostics,
  at: (path: (string | number)[]) => { file: string; line: number; column: number },
): void {
  for (const region of regions) {
    for (const other of regions) {
      if (other === region) continue;
      region.markers.forEach((marker, i) => {
        if (other.host.toLowerCase().includes(marker.toLowerCase())) {
          diags.error(
            'config',
            `marker "${marker}" of region "${region.name}" appears in region "${other.name}"'s host`,
            {
              location: at(['regions', region.name, 'markers', i]),
              expected: 'a marker that only ever appears in its own region',
            },
          );
        }
      });
    }
  }
}

function mergePolicy(overrides: JsonObject | undefined): PassivePolicy {
  const merged = structuredClone(DEFAULT_PASSIVE_POLICY) as unknown as Record<
    string,
    Record<string, unknown>
  >;
  for (const [kind, rules] of Object.entries(overrides ?? {})) {
    if (isObject(rules)) merged[kind] = { ...merged[kind], ...rules };
  }
  return merged as unknown as PassivePolicy;
}

export function roleOf(config: Config, region: string): 'active' | 'passive' {
  return region === config.active ? 'active' : 'passive';
}
