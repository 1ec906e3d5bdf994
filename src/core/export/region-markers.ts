import { escapeRegExp } from '../model/regexp.ts';

/**
 * What `codeploy export` can tell about regions from the values it finds: the storage locations
 * (a bucket, a container) and the cloud region names written into them. These become the starter
 * codeploy.yml's `storage` table and `markers`, which the user checks before the first deploy.
 */

/** `s3://bucket/`, `s3a://…`, `gs://bucket/`, `abfss://container@account.dfs.core.windows.net/`. */
const STORAGE_ROOT = /\b(?:s3a?|gs|abfss?|wasbs?):\/\/[A-Za-z0-9._@-]+\//g;

/**
 * Cloud region names as they appear in bucket and account names:
 * - AWS `us-east-1` and its short form `use1` (docs.aws.amazon.com, Regions and Zones);
 * - GCP `europe-west1` (cloud.google.com/about/locations);
 * - Azure `eastus2`, `westeurope` (the `az account list-locations` names).
 * Matched only between separators, so `us-east-1a` (a zone) still shows `us-east-1`.
 */
const REGION_NAMES = [
  /(?<![a-z0-9])(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d(?![0-9])/g,
  /(?<![a-z0-9])(?:us|eu|ap|sa|ca|me|af|il|mx)(?:n|s|e|w|c|ne|se|nw|sw)\d(?![a-z0-9])/g,
  /(?<![a-z0-9])(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d(?![a-z0-9])/g,
  /(?<![a-z0-9])(?:(?:east|west|central|northcentral|southcentral|westcentral)us\d?|(?:north|west)europe|uk(?:south|west)|francecentral|germanywestcentral|swedencentral|switzerlandnorth|norwayeast|canada(?:central|east)|brazilsouth|australia(?:east|southeast)|japan(?:east|west)|koreacentral|(?:south)?eastasia|(?:central|south)india|uaenorth|qatarcentral)(?![a-z0-9])/g,
];

/** The storage roots in a text. */
export function storageRoots(text: string): string[] {
  return [...text.matchAll(STORAGE_ROOT)].map((m) => m[0]);
}

/** The region names in a text, lower-cased. */
export function regionNames(text: string): string[] {
  const lower = text.toLowerCase();
  return REGION_NAMES.flatMap((pattern) => [...lower.matchAll(pattern)].map((m) => m[0]));
}

/** A region's names in both AWS forms (`use1` and `us-east-1`), or the one name for other clouds. */
export function allForms(name: string): string[] {
  const lower = name.toLowerCase();
  if (AWS_LONG.test(lower)) return [lower, counterpart('use1', lower)];
  const short = /^([a-z]{2})(n|s|e|w|c|ne|se|nw|sw)(\d)$/.exec(lower);
  if (!short) return [lower];
  const [, area, initials, number] = short as unknown as [string, string, string, string];
  return [lower, `${area}-${DIRECTIONS[initials]}-${number}`];
}

const DIRECTIONS: Record<string, string> = {
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  c: 'central',
  ne: 'northeast',
  se: 'southeast',
  nw: 'northwest',
  sw: 'southwest',
};

/**
 * `text` with each of `markers` replaced by its counterpart in the standby region: `standby` as
 * given (`us-west-2`), or its short form where the marker is short (`use1` → `usw2`).
 */
export function withStandbyMarker(text: string, markers: readonly string[], standby: string): string {
  let out = text;
  for (const marker of [...markers].sort((a, b) => b.length - a.length))
    out = out.replace(new RegExp(escapeRegExp(marker), 'gi'), counterpart(marker, standby));
  return out;
}

const AWS_LONG = /^([a-z]{2})-(north|south|east|west|central|northeast|southeast|northwest|southwest)-(\d)$/;
const AWS_SHORT = /^[a-z]{2}(?:n|s|e|w|c|ne|se|nw|sw)\d$/;

function counterpart(marker: string, standby: string): string {
  const long = AWS_LONG.exec(standby.toLowerCase());
  if (!long || !AWS_SHORT.test(marker.toLowerCase())) return standby;
  const [, area, direction, number] = long as unknown as [string, string, string, string];
  const initials =
    direction === 'central'
      ? 'c'
      : direction.replace(/(north|south)?(east|west)?/, (_, a, b) => (a?.[0] ?? '') + (b?.[0] ?? ''));
  return `${area}${initials}${number}`;
}
