import codeploySchema from '../../../schemas/codeploy.schema.json' with { type: 'json' };
import cluster from '../../../schemas/kinds/cluster.schema.json' with { type: 'json' };
import clusterPolicy from '../../../schemas/kinds/cluster-policy.schema.json' with { type: 'json' };
import directory from '../../../schemas/kinds/directory.schema.json' with { type: 'json' };
import file from '../../../schemas/kinds/file.schema.json' with { type: 'json' };
import globalInitScript from '../../../schemas/kinds/global-init-script.schema.json' with { type: 'json' };
import instancePool from '../../../schemas/kinds/instance-pool.schema.json' with { type: 'json' };
import job from '../../../schemas/kinds/job.schema.json' with { type: 'json' };
import notebook from '../../../schemas/kinds/notebook.schema.json' with { type: 'json' };
import pipeline from '../../../schemas/kinds/pipeline.schema.json' with { type: 'json' };
import secretScope from '../../../schemas/kinds/secret-scope.schema.json' with { type: 'json' };
import sqlWarehouse from '../../../schemas/kinds/sql-warehouse.schema.json' with { type: 'json' };
import type { KindName } from '../model/kinds.ts';

/** The committed schemas in `schemas/`, which editors use too: one source of truth for both. */
export const KIND_SCHEMAS: Readonly<Record<KindName, object>> = {
  directory,
  notebook,
  file,
  'secret-scope': secretScope,
  'cluster-policy': clusterPolicy,
  'instance-pool': instancePool,
  'global-init-script': globalInitScript,
  cluster,
  'sql-warehouse': sqlWarehouse,
  pipeline,
  job,
};

export const CONFIG_SCHEMA: object = codeploySchema;
