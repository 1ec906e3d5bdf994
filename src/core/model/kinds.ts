/** The object kinds codeploy deploys, in the order a newcomer meets them in a workspace. */
export const KIND_NAMES = [
  'directory',
  'notebook',
  'file',
  'git-folder',
  'secret-scope',
  'storage-credential',
  'external-location',
  'catalog',
  'schema',
  'volume',
  'cluster-policy',
  'instance-pool',
  'global-init-script',
  'cluster',
  'sql-warehouse',
  'pipeline',
  'query',
  'alert',
  'dashboard',
  'job',
] as const;

export type KindName = (typeof KIND_NAMES)[number];

export function isKindName(value: unknown): value is KindName {
  return typeof value === 'string' && (KIND_NAMES as readonly string[]).includes(value);
}

/**
 * What an object does in a passive region (and in the active one):
 * - `off`  (default) exists everywhere, disabled in passive regions;
 * - `run`  runs in every region (read-only jobs, monitoring);
 * - `only` runs only in passive regions and is disabled in the active one (catch-up triggers).
 */
export const DR_POLICIES = ['off', 'run', 'only'] as const;
export type DrPolicy = (typeof DR_POLICIES)[number];

export type Role = 'active' | 'passive';

/** Whether an object must be kept from running in a region of the given role. */
export function isDisabledIn(role: Role, policy: DrPolicy): boolean {
  return (role === 'passive' && policy === 'off') || (role === 'active' && policy === 'only');
}
