import type { Config } from '../model/config.ts';
import type { Definition, Grant } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { type Segment, toDisplay } from '../model/path.ts';
import { forEachString } from '../model/walk.ts';
import { prefixPattern } from './storage.ts';

interface Needle {
  region: string;
  what: string;
  /** `lower` is `text` in lower case, made once per string for every needle. */
  test: (text: string, lower: string) => string | undefined;
}

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

/** What finds other regions' names in region R's values. */
export interface LeakFinder {
  /** The leaks in one string at `path` (under `at`), added to `found`. */
  inText(text: string, path: readonly Segment[], found: Leak[], at?: readonly Segment[]): void;
  /** The leaks in an object's grants (paths `permissions.…`), added to `found`: a loop, not a walk, for a short list. */
  inGrants(grants: readonly Grant[], found: Leak[]): void;
  /** The leaks anywhere in a value. */
  inValue(value: unknown): Leak[];
}

const PERMISSIONS = ['permissions'];

/**
 * The leak finder of region R: used on the rendering and, by `verify`, on what the workspace holds
 * (a hand edit can bring a leak back).
 */
export function leakFinder(config: Config, region: string): LeakFinder {
  const needles = needlesFor(config, region);
  const inText: LeakFinder['inText'] = (text, path, found, at = []) => {
    const lower = text.toLowerCase();
    for (const needle of needles) {
      const hit = needle.test(text, lower);
      if (hit !== undefined)
        found.push({ region: needle.region, what: needle.what, hit, text, path: [...at, ...path] });
    }
  };
  return {
    inText,
    inGrants(grants, found) {
      const path: [number, string] = [0, ''];
      grants.forEach((grant, i) => {
        path[0] = i;
        const fields = grant as Record<string, unknown>;
        for (const key in fields) {
          const value = fields[key];
          path[1] = key;
          if (typeof value === 'string') inText(value, path, found, PERMISSIONS);
        }
      });
    },
    inValue(value) {
      const found: Leak[] = [];
      forEachString(value, (text, path) => inText(text, path, found));
      return found;
    },
  };
}

function needlesFor(config: Config, region: string): Needle[] {
  const own = new Set(Object.values(config.storage).map((p) => p[region]));
  const needles: Needle[] = [];
  for (const other of config.regions) {
    if (other.name === region) continue;
    const prefixes = Object.values(config.storage)
      .map((p) => p[other.name])
      .filter((p): p is string => p !== undefined && !own.has(p));
    const pattern = prefixPattern(prefixes);
    if (pattern) {
      needles.push({
        region: other.name,
        what: 'the storage prefix',
        test: (text) => {
          if (!pattern.mayMatch(text)) return undefined;
          pattern.regex.lastIndex = 0;
          return pattern.regex.exec(text)?.[0];
        },
      });
    }
    const host = other.host.replace(/^https?:\/\//, '').toLowerCase();
    needles.push({
      region: other.name,
      what: 'the workspace host',
      test: (_, lower) => (lower.includes(host) ? host : undefined),
    });
    for (const marker of other.markers) {
      const m = marker.toLowerCase();
      needles.push({
        region: other.name,
        what: 'the region marker',
        test: (_, lower) => (lower.includes(m) ? marker : undefined),
      });
    }
  }
  return needles;
}
