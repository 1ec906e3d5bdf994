import type { Alias, BackendDefault, FieldRule } from './types.ts';

/**
 * What the server does to a cluster spec, wherever one stands: an all-purpose cluster, a job's
 * `job_clusters[].new_cluster` and `tasks[].new_cluster`. One list serves every place, with the
 * prefix that leads to the spec.
 */
const TF_CLUSTER = 'Terraform clusters/resource_cluster.go';
const CLI_RULES = 'databricks/cli bundle/direct/dresources/resources.yml';

export function clusterBackendDefaults(prefix = ''): BackendDefault[] {
  const at = (field: string) => `${prefix}${field}`;
  return [
    { path: at('enable_elastic_disk'), reason: `computed by the server (${TF_CLUSTER}; ${CLI_RULES})` },
    { path: at('enable_local_disk_encryption'), reason: `computed by the server (${TF_CLUSTER})` },
    {
      path: at('node_type_id'),
      reason: `taken from the instance pool when one is used (${TF_CLUSTER}; ${CLI_RULES})`,
    },
    {
      path: at('driver_node_type_id'),
      reason: `the worker node type, or the pool's, when left out (${TF_CLUSTER}; databricks/cli libs/testserver/clusters.go)`,
    },
    { path: at('driver_instance_pool_id'), reason: `the worker pool when left out (${TF_CLUSTER})` },
    {
      path: at('data_security_mode'),
      reason: `the server picks an access mode when none is given (${CLI_RULES}; databricks/cli libs/testserver/jobs.go)`,
    },
    {
      path: at('single_user_name'),
      reason: `set to the caller for a SINGLE_USER cluster (databricks/cli libs/testserver/clusters.go; cli issue 4418)`,
    },
  ];
}

export function clusterIgnoreRemote(prefix = ''): FieldRule[] {
  return [
    ...['aws_attributes', 'azure_attributes', 'gcp_attributes'].map((field) => ({
      path: `${prefix}${field}`,
      reason: `the server fills cloud defaults (availability, zone_id…) the config never set (${TF_CLUSTER} suppressUnlessBlockDeleted; ${CLI_RULES})`,
    })),
  ];
}

/** The job API takes `apply_policy_default_values` but never returns it. Source: CLI_RULES. */
export function notReturnedByJobs(prefix: string): FieldRule {
  return {
    path: `${prefix}apply_policy_default_values`,
    reason: `accepted by the Jobs API but never returned by jobs/get (${CLI_RULES}; databricks/cli libs/testserver/jobs.go)`,
  };
}

/** Access-mode aliases the server resolves. Source: Terraform `DataSecurityModeDiffSuppressFunc`. */
export function dataSecurityModeAliases(prefix = ''): Alias[] {
  const reason = `the server stores the alias as the mode it stands for (${TF_CLUSTER} DataSecurityModeDiffSuppressFunc)`;
  const path = `${prefix}data_security_mode`;
  return [
    { path, value: 'DATA_SECURITY_MODE_DEDICATED', readsBackAs: ['SINGLE_USER'], reason },
    { path, value: 'DATA_SECURITY_MODE_STANDARD', readsBackAs: ['USER_ISOLATION'], reason },
    { path, value: 'DATA_SECURITY_MODE_AUTO', readsBackAs: ['SINGLE_USER', 'USER_ISOLATION'], reason },
  ];
}
