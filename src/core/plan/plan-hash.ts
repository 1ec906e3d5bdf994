import { createHash } from 'node:crypto';
import { canonicalJson } from '../model/json.ts';
import type { Plan, RegionPlan } from './types.ts';

/**
 * A short hash of what a region's plan would change (every entry but the unchanged ones): the same
 * hash means the same changes. The PR comment carries one per region, and an apply given a reviewed
 * plan refuses when the live plan's hash is another.
 */
export function planHash(region: RegionPlan): string {
  const entries = region.entries
    .filter((e) => e.action !== 'no-change')
    .map((e) => ({ key: e.key, action: e.action, changes: e.changes }));
  return createHash('sha256').update(canonicalJson(entries)).digest('hex').slice(0, 16);
}

/** Region → plan hash, for every region of a plan. */
export function planHashes(plan: Pick<Plan, 'regions'>): Record<string, string> {
  return Object.fromEntries(plan.regions.map((r) => [r.region, planHash(r)]));
}

/**
 * The plan JSON a person reviewed (`--format json`, the action's plan-json), as region → plan hash.
 * Throws an Error saying what was expected when the text is not such a plan.
 */
export function reviewedPlanHashes(text: string): Record<string, string> {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (err) {
    throw new Error(
      `not JSON (${err instanceof Error ? err.message : String(err)}); expected a codeploy plan`,
    );
  }
  const { format_version, regions } = (plan ?? {}) as { format_version?: unknown; regions?: unknown };
  if (format_version !== 1 || !Array.isArray(regions) || !regions.every(isRegionPlan))
    throw new Error('not a codeploy plan (schemas/plan.schema.json, format_version 1)');
  return planHashes({ regions });
}

function isRegionPlan(r: unknown): r is RegionPlan {
  const region = r as Partial<RegionPlan> | null;
  return typeof region?.region === 'string' && Array.isArray(region.entries);
}

/** The regions whose live plan differs from the reviewed one (by hash), each said in a line. */
export function planDifferences(
  live: readonly RegionPlan[],
  reviewed: Readonly<Record<string, string>>,
): string[] {
  return live
    .filter((r) => reviewed[r.region] !== planHash(r))
    .map((r) =>
      reviewed[r.region] === undefined
        ? `${r.region}: the reviewed plan has no such region`
        : `${r.region}: the live plan is not the one reviewed (${planHash(r)} here, ${reviewed[r.region]} reviewed)`,
    );
}
