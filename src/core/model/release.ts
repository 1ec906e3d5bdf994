import { matchGlob } from '../load/glob.ts';

/** A semantic version, from a tag like `v1.4.0` or `release-2.0.0-rc.1`. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** The version in a tag: what follows the pattern's literal prefix (`v*` → after `v`). */
export function versionOfTag(tag: string, pattern: string): SemVer | undefined {
  if (!matchGlob(pattern, tag)) return undefined;
  const prefix = pattern.slice(0, Math.max(0, pattern.search(/[*?{]/)));
  const m = SEMVER.exec(tag.slice(prefix.length));
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
  };
}

/** Negative when a < b, by the SemVer 2.0 precedence rules. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] - b[k];
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : undefined;
    const ny = /^\d+$/.test(y) ? Number(y) : undefined;
    if (nx !== undefined && ny !== undefined && nx !== ny) return nx - ny;
    if (nx === undefined && ny === undefined && x !== y) return x < y ? -1 : 1;
    if ((nx === undefined) !== (ny === undefined)) return nx === undefined ? 1 : -1;
  }
  return 0;
}
