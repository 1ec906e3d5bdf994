import type { Grant, RenderedObject } from '../model/definition.ts';
import { objectKey } from '../model/definition.ts';
import { isObject } from '../model/json.ts';
import { isApplicationId } from './acl.ts';
import type { Problem } from './plan-live.ts';

/** Someone a grant names, by the kind of principal the workspace knows them as. */
export interface PrincipalRef {
  type: 'group' | 'user' | 'service-principal';
  /** A group's display name, a user's user name, a service principal's application id. */
  name: string;
}

/** Groups every workspace has (docs.databricks.com "Manage groups": system groups): never asked. */
const SYSTEM_GROUPS = new Set(['admins', 'users']);

/**
 * Whom a grant names. A secret scope's ACL names anyone by one `principal` field: an address is a
 * user, an application id a service principal, anything else a group.
 */
export function principalOf(g: Grant): PrincipalRef | undefined {
  if (g.group_name !== undefined) return { type: 'group', name: g.group_name };
  if (g.user_name !== undefined) return { type: 'user', name: g.user_name };
  if (g.service_principal_name !== undefined)
    return { type: 'service-principal', name: g.service_principal_name };
  if (g.principal === undefined) return undefined;
  if (isApplicationId(g.principal)) return { type: 'service-principal', name: g.principal };
  return g.principal.includes('@')
    ? { type: 'user', name: g.principal }
    : { type: 'group', name: g.principal };
}

/** Every principal the region's objects grant to or run as, with the objects that name it. */
export function principalsGranted(
  objects: readonly RenderedObject[],
): Map<string, { ref: PrincipalRef; keys: string[] }> {
  const out = new Map<string, { ref: PrincipalRef; keys: string[] }>();
  for (const o of objects) {
    // Whom a job or pipeline runs as must exist there too, or its create is refused.
    const runAs = isObject(o.spec.run_as) ? [o.spec.run_as as Grant] : [];
    for (const g of [...(o.permissions ?? []), ...runAs]) {
      const ref = principalOf(g);
      if (!ref || (ref.type === 'group' && SYSTEM_GROUPS.has(ref.name))) continue;
      const id = principalId(ref);
      const seen = out.get(id);
      if (seen) {
        if (!seen.keys.includes(objectKey(o))) seen.keys.push(objectKey(o));
      } else out.set(id, { ref, keys: [objectKey(o)] });
    }
  }
  return out;
}

/** One key per principal: user names and application ids compare without case. */
export function principalId(ref: PrincipalRef): string {
  return `${ref.type}:${ref.type === 'group' ? ref.name : ref.name.toLowerCase()}`;
}

const NOUN: Record<PrincipalRef['type'], string> = {
  group: 'group',
  user: 'user',
  'service-principal': 'service principal',
};

/**
 * A grant to someone the workspace does not know is refused by the permissions API, after the
 * object was written: found in the preflight instead, before any write anywhere. Another region's
 * workspace often lacks a group the primary has (made by hand there, not synced from the account).
 */
export function missingPrincipalProblems(
  region: string,
  granted: Map<string, { ref: PrincipalRef; keys: string[] }>,
  missing: readonly PrincipalRef[],
): Problem[] {
  return missing.map((ref) => {
    const keys = granted.get(principalId(ref))?.keys ?? [];
    const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');
    return {
      key: keys[0] ?? '*',
      region,
      message: `${NOUN[ref.type]} "${ref.name}" does not exist in this workspace, and ${shown} name${keys.length === 1 ? 's' : ''} it (a grant, or run_as): add it to the workspace (or the account's identity federation), or change the definition`,
    };
  });
}
