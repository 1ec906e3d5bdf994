import type { KindName } from '../model/kinds.ts';
import { alert } from './alert.ts';
import { catalog } from './catalog.ts';
import { cluster } from './cluster.ts';
import { clusterPolicy } from './cluster-policy.ts';
import { dashboard } from './dashboard.ts';
import { directory } from './directory.ts';
import { externalLocation } from './external-location.ts';
import { file } from './file.ts';
import { gitFolder } from './git-folder.ts';
import { globalInitScript } from './global-init-script.ts';
import { instancePool } from './instance-pool.ts';
import { job } from './job.ts';
import { notebook } from './notebook.ts';
import { pipeline } from './pipeline.ts';
import { query } from './query.ts';
import { schema } from './schema.ts';
import { secretScope } from './secret-scope.ts';
import { sqlWarehouse } from './sql-warehouse.ts';
import { storageCredential } from './storage-credential.ts';
import type { KindRules } from './types.ts';
import { volume } from './volume.ts';

/** Every kind's rules, by kind name. Adding a kind means adding one file and one line here. */
export const KINDS: Readonly<Record<KindName, KindRules>> = {
  directory,
  notebook,
  file,
  'git-folder': gitFolder,
  'secret-scope': secretScope,
  'storage-credential': storageCredential,
  'external-location': externalLocation,
  catalog,
  schema,
  volume,
  'cluster-policy': clusterPolicy,
  'instance-pool': instancePool,
  'global-init-script': globalInitScript,
  cluster,
  'sql-warehouse': sqlWarehouse,
  pipeline,
  query,
  alert,
  dashboard,
  job,
};

export function kindRules(kind: KindName): KindRules {
  return KINDS[kind];
}

/** `clusters` → `cluster`, for references such as `${clusters.shared-etl.id}`. */
export function kindByPlural(plural: string): KindName | undefined {
  return BY_PLURAL.get(plural);
}

const BY_PLURAL = new Map(Object.values(KINDS).map((k) => [k.plural, k.kind]));
