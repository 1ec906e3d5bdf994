import { kindRules } from '../kinds/index.ts';
import type { DisableResult } from '../kinds/types.ts';
import type { PassivePolicy } from '../model/config.ts';
import type { Grant } from '../model/definition.ts';
import type { JsonObject } from '../model/json.ts';
import { type DrPolicy, isDisabledIn, type KindName, type Role } from '../model/kinds.ts';

/**
 * The role overlay: in a region where an object must not run (a passive region for `passive: off`,
 * the active one for `passive: only`), the kind's `disable` rule applies. What "disabled" means is
 * written in each kind's file (`kinds/job.ts` → `disableJob`, and so on).
 */
export function applyRoleOverlay(
  kind: KindName,
  dr: DrPolicy,
  role: Role,
  spec: JsonObject,
  permissions: Grant[] | undefined,
  policy: PassivePolicy,
): DisableResult {
  const disable = kindRules(kind).disable;
  if (!disable || !isDisabledIn(role, dr)) return { spec, ...(permissions ? { permissions } : {}) };
  return disable(spec, permissions, policy);
}
