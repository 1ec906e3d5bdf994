import { kindRules } from '../kinds/index.ts';
import type { Grant } from '../model/definition.ts';
import type { KindName } from '../model/kinds.ts';

/**
 * The rules of the permissions API that a definition's grants do not say, in one place:
 * - jobs and pipelines must have exactly one owner: the one the definition names, else the current
 *   owner, else the deploying principal (databricks/cli `libs/testserver/permissions.go`; Terraform
 *   `safePutWithOwner`);
 * - a PUT replaces the deployer's own CAN_MANAGE on clusters, pools and warehouses, so a deployer
 *   that is not an admin would lock itself out: it is always kept (Terraform `AddCurrentUserAsManage`);
 * - the `admins` group manages everything by inheritance and cannot be granted (Terraform refuses
 *   it for every object type): it is never sent, and never compared.
 */

/** The grant that names the deploying principal: a service principal's name is its application id. */
export function principalGrant(principal: string, level: string): Grant {
  return isApplicationId(principal)
    ? { service_principal_name: principal, permission_level: level }
    : { user_name: principal, permission_level: level };
}

/** A service principal's application id: ACLs name a service principal by it, and it is a UUID. */
export function isApplicationId(name: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name);
}

function who(g: Grant): string | undefined {
  return g.user_name ?? g.service_principal_name ?? g.principal;
}

function names(g: Grant, principal: string | undefined): boolean {
  return principal !== undefined && who(g)?.toLowerCase() === principal.toLowerCase();
}

/** The access control list to PUT: the definition's grants plus what the API and safety require. */
export function aclToSend(
  kind: KindName,
  wanted: readonly Grant[],
  current: readonly Grant[] | undefined,
  principal: string | undefined,
): Grant[] {
  const rules = kindRules(kind);
  const out = wanted.filter((g) => g.group_name !== 'admins');
  if (rules.ownerRequired && !out.some((g) => g.permission_level === 'IS_OWNER')) {
    const owner = current?.find((g) => g.permission_level === 'IS_OWNER');
    if (owner) out.push({ ...owner });
    else if (principal) out.push(principalGrant(principal, 'IS_OWNER'));
  }
  if (rules.deployerKeepsManage && principal && !out.some((g) => names(g, principal))) {
    // Secret scope ACLs name principals their own way, and call the level MANAGE.
    out.push(
      kind === 'secret-scope' ? { principal, permission: 'MANAGE' } : principalGrant(principal, 'CAN_MANAGE'),
    );
  }
  return out;
}

/**
 * The observed grants codeploy compares with a definition's: the owner, the deploying principal's
 * own grant and `admins` are left out unless the definition names them (Terraform's read customizers
 * do the same), since codeploy adds them itself.
 */
export function comparableGrants(
  observed: readonly Grant[],
  wanted: readonly Grant[],
  principal: string | undefined,
): Grant[] {
  const namesOwner = wanted.some((g) => g.permission_level === 'IS_OWNER');
  const namesDeployer = wanted.some((g) => names(g, principal));
  return observed.filter(
    (g) =>
      g.group_name !== 'admins' &&
      (namesOwner || g.permission_level !== 'IS_OWNER') &&
      (namesDeployer || !names(g, principal)),
  );
}
