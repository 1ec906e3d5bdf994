import type { Config } from '../model/config.ts';
import type { Definition, Grant } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { type Segment, toDisplay } from '../model/path.ts';
import { escapeRegExp } from '../model/regexp.ts';
import { forEachString } from '../model/walk.ts';
import { mayHoldPrefix, type PrefixPattern, prefixPattern } from './storage.ts';

/**
 * Another region's name to look for: a storage prefix (a whole path segment, by `prefix`), or a host
 * or marker found anywhere in the lower-cased text. Data, not a closure: see `LeakFinder`.
 */
type Needle = { region: string; what: string } & (
  | { prefix: PrefixPattern }
  /** `text` in lower case; `shown` is what the message quotes. */
  | { text: string; shown: string }
);

/**
 * After region R is rendered, nothing in it may still name another region: a storage prefix, a
 * workspace host or one of that region's markers. A leak means R would read or write the other
 * region's data, which is exactly what breaks after a failover. Rendering finds the leaks (with
 * `LeakFinder.inText`, on the walk that sorts each spec's keys); this says them.
 */
export function reportLeaks(
  config: Config,
  region: string,
  obj: { kind: string; name: string },
  def: Definition | undefined,
  leaks: readonly Leak[],
  diags: Diagnostics,
): void {
  for (const leak of leaks) {
    diags.error(
      'region-leak',
      `region "${region}": ${obj.kind} "${obj.name}" still holds ${leak.what} "${leak.hit}" of region "${leak.region}"`,
      {
        ...(def ? { location: { file: def.origin.file, ...def.origin.locate(leak.path) } } : {}),
        path: toDisplay(leak.path),
        found: JSON.stringify(leak.text),
        expected: `only region "${region}"'s own storage and hosts (add the location to "storage" in ${config.file}, or use \${var.…})`,
      },
    );
  }
}

/** Another region's storage prefix, host or marker found in a value. */
export interface Leak {
  region: string;
  what: string;
  hit: string;
  text: string;
  path: Segment[];
}

const PERMISSIONS = ['permissions'];

/**
 * What finds other regions' names in region R's values: used on the rendering and, by `verify`, on
 * what the workspace holds (a hand edit can bring a leak back). A class with its needles as data:
 * rendering calls it for every string of every region, and one set of methods for all regions lets
 * V8 keep the code it optimized for the first region.
 */
export class LeakFinder {
  private readonly needles: readonly Needle[];
  /** Whether a text may hold a host or marker: see `mayHoldText`. */
  private readonly textPattern: RegExp;

  constructor(config: Config, region: string) {
    this.needles = needlesFor(config, region);
    this.textPattern = mayHoldText(this.needles);
  }

  /** The leaks in one string at `path` (under `at`), added to `found`. */
  inText(text: string, path: readonly Segment[], found: Leak[], at: readonly Segment[] = []): void {
    // Lower-cased only when a host or marker may be in it: most strings hold none, and a copy of
    // each that has a capital letter was the leak check's allocation for every string of a region.
    const lower = this.textPattern.test(text) ? text.toLowerCase() : undefined;
    const needles = this.needles;
    // An index loop: `for…of` made an iterator for every string of every region.
    for (let i = 0; i < needles.length; i++) {
      const needle = needles[i] as Needle;
      const hit =
        'prefix' in needle
          ? prefixIn(needle.prefix, text)
          : lower?.includes(needle.text)
            ? needle.shown
            : undefined;
      if (hit !== undefined)
        found.push({ region: needle.region, what: needle.what, hit, text, path: [...at, ...path] });
    }
  }

  /** The leaks in an object's grants (paths `permissions.…`), added to `found`: a loop, not a walk, for a short list. */
  inGrants(grants: readonly Grant[], found: Leak[]): void {
    const path: [number, string] = [0, ''];
    for (let i = 0; i < grants.length; i++) {
      path[0] = i;
      const fields = grants[i] as Record<string, unknown>;
      for (const key in fields) {
        const value = fields[key];
        path[1] = key;
        if (typeof value === 'string') this.inText(value, path, found, PERMISSIONS);
      }
    }
  }

  /** The leaks anywhere in a value. */
  inValue(value: unknown): Leak[] {
    const found: Leak[] = [];
    forEachString(value, (text, path) => this.inText(text, path, found));
    return found;
  }
}

/** The prefix a storage path starts with, if it is one of the pattern's. */
function prefixIn(pattern: PrefixPattern, text: string): string | undefined {
  if (!mayHoldPrefix(pattern, text)) return undefined;
  pattern.regex.lastIndex = 0;
  return pattern.regex.exec(text)?.[0];
}

/**
 * A pattern that finds, without regard to case, every text in which a lower-cased copy holds one of
 * the needles' texts, and more: any text that is not plain ASCII, whose lower case the pattern's
 * case folding may not foresee (`İ` lower-cases to `i̇`), is left to the lower-cased search.
 */
function mayHoldText(needles: readonly Needle[]): RegExp {
  const texts = needles.flatMap((n) => ('text' in n ? [escapeRegExp(n.text)] : []));
  return new RegExp([...texts, '[^\\x00-\\x7f]'].join('|'), 'i');
}

function needlesFor(config: Config, region: string): Needle[] {
  const own = new Set(Object.values(config.storage).map((p) => p[region]));
  const needles: Needle[] = [];
  for (const other of config.regions) {
    if (other.name === region) continue;
    const prefixes = Object.values(config.storage)
      .map((p) => p[other.name])
      .filter((p): p is string => p !== undefined && !own.has(p));
    const prefix = prefixPattern(prefixes);
    if (prefix) needles.push({ region: other.name, what: 'the storage prefix', prefix });
    const host = other.host.replace(/^https?:\/\//, '').toLowerCase();
    needles.push({ region: other.name, what: 'the workspace host', text: host, shown: host });
    for (const marker of other.markers)
      needles.push({
        region: other.name,
        what: 'the region marker',
        text: marker.toLowerCase(),
        shown: marker,
      });
  }
  return needles;
}
