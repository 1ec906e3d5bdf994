import type { Config } from '../model/config.ts';
import { escapeRegExp } from '../model/regexp.ts';

export interface PrefixRule {
  /** A storage prefix of another region. */
  from: string;
  /** The same location's prefix in the region being rendered. */
  to: string;
  location: string;
  region: string;
}

/**
 * The rewrite table for one region: every other region's prefix of each location maps to this
 * region's prefix. Longest first, so `s3://lake/raw/` wins over `s3://lake/` when both are listed.
 */
export function prefixRules(config: Config, region: string): PrefixRule[] {
  const rules: PrefixRule[] = [];
  for (const [location, prefixes] of Object.entries(config.storage)) {
    const to = prefixes[region];
    if (to === undefined) continue;
    for (const [other, from] of Object.entries(prefixes)) {
      if (other !== region && from !== to) rules.push({ from, to, location, region: other });
    }
  }
  return rules.sort((a, b) => b.from.length - a.from.length);
}

/** A matcher for a set of storage prefixes. */
export interface PrefixPattern {
  /** Global: each match is a whole prefix, ending at a path segment's end. */
  regex: RegExp;
  /** Longest first. */
  prefixes: readonly string[];
}

/**
 * Whether the text holds one of the pattern's prefixes at all: a plain search, far quicker than
 * the regex's scan, and most strings of a spec (names, sizes, flags) hold none.
 */
export function mayHoldPrefix(pattern: PrefixPattern, text: string): boolean {
  for (const prefix of pattern.prefixes) if (text.includes(prefix)) return true;
  return false;
}

/**
 * A matcher for prefixes that only fires on a whole path segment: `s3://lake` matches
 * `s3://lake/x` and `s3://lake`, not `s3://lakehouse/x`.
 */
export function prefixPattern(prefixes: readonly string[]): PrefixPattern | undefined {
  if (prefixes.length === 0) return undefined;
  const longestFirst = [...prefixes].sort((a, b) => b.length - a.length);
  const alternatives = longestFirst.map((p) => {
    const escaped = escapeRegExp(p);
    return /[/:]$/.test(p) ? escaped : `${escaped}(?=$|[/?#\\s"',;])`;
  });
  return {
    regex: new RegExp(alternatives.join('|'), 'g'),
    prefixes: longestFirst,
  };
}

/** Rewrites every other region's storage prefix in `text` to this region's, in one pass. */
export function remapStorage(
  text: string,
  rules: readonly PrefixRule[],
  pattern: PrefixPattern | undefined,
): string {
  if (!pattern || !mayHoldPrefix(pattern, text)) return text;
  return text.replace(pattern.regex, (match) => rules.find((r) => r.from === match)?.to ?? match);
}
