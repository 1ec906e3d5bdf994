import { stringify } from 'yaml';
import { sortKeys } from '../model/json.ts';

/** One region of a starter codeploy.yml. */
export interface StarterRegion {
  name: string;
  host: string;
  markers: readonly string[];
  storage: Record<string, string>;
  variables: Record<string, string>;
}

/**
 * The codeploy.yml that `codeploy import` and `codeploy export` write beside the definitions: each
 * region with its own credential variable (`DATABRICKS_TOKEN_<REGION>`), so a token can never be
 * sent to the other region's host, its markers, variables and storage prefixes. The first region is
 * the active one.
 */
export function starterConfig(
  project: string,
  regions: readonly StarterRegion[],
  by: 'import' | 'export',
): string {
  const storage: Record<string, Record<string, string>> = {};
  for (const region of regions)
    for (const [location, prefix] of Object.entries(region.storage)) {
      storage[location] ??= {};
      (storage[location] as Record<string, string>)[region.name] = prefix;
    }
  const body = {
    version: 1,
    project,
    active: regions[0]?.name ?? 'primary',
    definitions: ['**/*.yml'],
    regions: Object.fromEntries(
      regions.map((r) => [
        r.name,
        {
          host: r.host,
          auth: { type: 'token', env: `DATABRICKS_TOKEN_${r.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}` },
          ...(r.markers.length > 0 ? { markers: r.markers } : {}),
          ...(Object.keys(r.variables).length > 0 ? { variables: sortKeys(r.variables) } : {}),
        },
      ]),
    ),
    ...(Object.keys(storage).length > 0 ? { storage } : {}),
  };
  return [
    `# Written by \`codeploy ${by}\`. Before the first deploy, check every region's host and auth, and`,
    '# give the standby region its own values: variables that hold an id from the source workspace,',
    '# its storage prefixes and its markers (placeholders say SET-ME or "standby").',
    stringify(body, { lineWidth: 0, aliasDuplicateObjects: false }),
  ].join('\n');
}
