import type { KindName } from '../model/kinds.ts';

/**
 * Fields that hold the workspace id of another object. An id is different in every workspace, so a
 * literal here would point the secondary at the primary's object (or at nothing): these must be
 * written as references, e.g. `${clusters.shared-etl.id}`, or as a per-region `${var.…}`.
 */
export const ID_FIELDS: ReadonlyArray<{ pattern: string; kind: KindName }> = [
  { pattern: '**.existing_cluster_id', kind: 'cluster' },
  { pattern: '**.instance_pool_id', kind: 'instance-pool' },
  { pattern: '**.driver_instance_pool_id', kind: 'instance-pool' },
  { pattern: '**.policy_id', kind: 'cluster-policy' },
  { pattern: '**.pipeline_task.pipeline_id', kind: 'pipeline' },
  { pattern: '**.sql_task.warehouse_id', kind: 'sql-warehouse' },
  { pattern: '**.dashboard_task.warehouse_id', kind: 'sql-warehouse' },
  { pattern: '**.run_job_task.job_id', kind: 'job' },
  { pattern: 'definition.instance_pool_id.value', kind: 'instance-pool' },
  { pattern: 'definition.driver_instance_pool_id.value', kind: 'instance-pool' },
];
