import type { Config, RegionConfig } from '../model/config.ts';
import type { Definition } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { patchApplies } from '../render/patches.ts';

type Locate = (path: (string | number)[]) => { file: string; line: number; column: number };

/**
 * Config mistakes that would make two regions one: the same workspace under two region names (an
 * apply would create two scheduled copies of every job in it), the same storage for two regions (the
 * standby would write over the primary's data), and a region variable that names another region's
 * storage or endpoint. Each is an error at its line of codeploy.yml.
 */
export function checkSplitBrain(
  regions: readonly RegionConfig[],
  storage: Readonly<Record<string, Readonly<Record<string, string>>>>,
  diags: Diagnostics,
  at: Locate,
): void {
  const byHost = new Map<string, string>();
  for (const region of regions) {
    const host = normalizeHost(region.host);
    const other = byHost.get(host);
    if (other)
      diags.error(
        'split-brain',
        `regions "${other}" and "${region.name}" have the same host ${region.host}`,
        {
          location: at(['regions', region.name, 'host']),
          path: `regions.${region.name}.host`,
          expected: 'one workspace per region: an apply would deploy both regions into one workspace',
        },
      );
    else byHost.set(host, region.name);
  }
  const byId = new Map<string, string>();
  for (const region of regions) {
    const id = workspaceIdOf(region);
    if (!id) continue;
    const other = byId.get(id);
    if (other)
      diags.error(
        'split-brain',
        `regions "${other}" and "${region.name}" are the same workspace (id ${id})`,
        {
          location: at(['regions', region.name, region.workspaceId ? 'workspace_id' : 'host']),
          path: `regions.${region.name}.${region.workspaceId ? 'workspace_id' : 'host'}`,
          expected: 'one workspace per region: an apply would deploy both regions into one workspace',
        },
      );
    else byId.set(id, region.name);
  }
  for (const [location, prefixes] of Object.entries(storage)) {
    const byPrefix = new Map<string, string>();
    for (const [region, prefix] of Object.entries(prefixes)) {
      const other = byPrefix.get(prefix.replace(/\/+$/, ''));
      if (other)
        diags.error(
          'split-brain',
          `storage location "${location}" gives regions "${other}" and "${region}" the same prefix ${prefix}`,
          {
            location: at(['storage', location, region]),
            path: `storage.${location}.${region}`,
            expected: "each region's own storage: the standby would write into the primary's",
          },
        );
      else byPrefix.set(prefix.replace(/\/+$/, ''), region);
    }
  }
  for (const region of regions)
    for (const [name, value] of Object.entries(region.variables))
      for (const other of regions) {
        if (other === region) continue;
        const marker = other.markers.find((m) => value.toLowerCase().includes(m.toLowerCase()));
        if (marker)
          diags.error(
            'split-brain',
            `variable "${name}" of region "${region.name}" holds "${marker}", a marker of region "${other.name}"`,
            {
              location: at(['regions', region.name, 'variables', name]),
              path: `regions.${region.name}.variables.${name}`,
              expected: `a value of region "${region.name}" itself`,
            },
          );
      }
}

/** A patch whose target matches no definition is a typo that would leave a region unpatched. */
export function checkPatchTargets(
  config: Config,
  definitions: readonly Definition[],
  diags: Diagnostics,
): void {
  for (const region of config.regions)
    region.patches.forEach((patch, i) => {
      if (definitions.some((d) => patchApplies(patch, d.kind, d.name))) return;
      const target = [patch.target.kind, patch.target.name].filter(Boolean).join(' ') || 'everything';
      diags.error(
        'patch',
        `patch ${i} of region "${region.name}" targets ${target}, which matches no definition`,
        {
          location: { file: config.file, line: patch.line?.() ?? 1, column: 1 },
          path: `regions.${region.name}.patches[${i}].target`,
          expected: 'a target kind and name glob that match at least one definition',
        },
      );
    });
}

function normalizeHost(host: string): string {
  try {
    const url = new URL(host);
    return `${url.protocol}//${url.host.toLowerCase()}`;
  } catch {
    return host.toLowerCase().replace(/\/+$/, '');
  }
}

/**
 * The workspace id a region names: declared in codeploy.yml, or read from an Azure workspace URL
 * (`adb-<workspace id>.<n>.azuredatabricks.net`, docs.databricks.com "Get identifiers for workspace
 * objects"). Every run also checks it live (see `core/live/apply.ts` sameWorkspaceProblems).
 */
export function workspaceIdOf(region: Pick<RegionConfig, 'host' | 'workspaceId'>): string | undefined {
  return region.workspaceId ?? /^https?:\/\/adb-(\d+)\.\d+\.azuredatabricks\.net/i.exec(region.host)?.[1];
}
