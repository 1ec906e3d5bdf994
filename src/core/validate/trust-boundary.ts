import type { Config } from '../model/config.ts';
import { canonicalJson } from '../model/json.ts';

/**
 * The trust boundary of a pull request's plan: the workspaces are read with credentials only when
 * the pull request leaves every region's host and auth as the base branch has them (a host given by
 * the workflow's `hosts` input counts as the base's: the PR cannot change it). Otherwise a PR could
 * point a region at a server it controls, or name another secret as the token, and the plan job
 * would send the credential there. Returns why the credentials may not be used (empty: they may).
 */
export function connectionChanges(
  head: Config,
  base: Config | undefined,
  hostOverrides: Readonly<Record<string, string>> = {},
): string[] {
  if (!base)
    return [
      `${head.file} is new in this pull request, and hosts and credentials come only from the base branch`,
    ];
  const reasons: string[] = [];
  for (const region of head.regions) {
    const before = base.regions.find((r) => r.name === region.name);
    if (!before) {
      reasons.push(`region ${region.name} is new in this pull request`);
      continue;
    }
    if (hostOverrides[region.name] === undefined && before.host !== region.host)
      reasons.push(`the pull request changes the host of region ${region.name}`);
    if (canonicalJson(before.auth) !== canonicalJson(region.auth))
      reasons.push(`the pull request changes how region ${region.name} authenticates`);
  }
  return reasons;
}
