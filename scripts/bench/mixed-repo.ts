/**
 * A generated live-config repo of `objects` definitions that mixes the kinds as a real workspace
 * does, per group of 20: 8 multi-task jobs, a folder with 4 notebooks, 2 clusters, a pool, a
 * policy, 2 pipelines and a warehouse, with grants, storage paths to remap, references between
 * them, and a patch per kind in the standby region.
 */
const CONFIG = `version: 1
project: bench
active: primary
definitions: ["definitions/**/*.yml"]
regions:
  primary: { host: "https://a.example.com", auth: { type: token, env: TA }, markers: [us-east-1], variables: { catalog: main_use1 } }
  secondary:
    host: "https://b.example.com"
    auth: { type: token, env: TB }
    markers: [us-west-2]
    variables: { catalog: main_usw2 }
    patches:
      - target: { kind: instance-pool }
        json_patch: [ { op: replace, path: /spec/node_type_id, value: m5d.xlarge } ]
      - target: { kind: cluster }
        merge: { spec: { autoscale: { min_workers: 1, max_workers: 2 } } }
storage:
  lake: { primary: "s3://lake-use1/", secondary: "s3://lake-usw2/" }
`;

export function mixedRepo(objects: number): Record<string, string> {
  const files: Record<string, string> = { 'codeploy.yml': CONFIG };
  const groups = Math.ceil(objects / 20);
  for (let g = 0; g < groups; g++) files[`definitions/group-${g}.yml`] = group(g).join('---\n');
  for (let i = 0; i < 4; i++) files[`notebooks/nb${i}.py`] = `# Databricks notebook source\nprint(${i})\n`;
  return files;
}

function group(g: number): string[] {
  const docs: string[] = [];
  docs.push(`kind: cluster-policy
name: policy-${g}
spec:
  definition:
    autotermination_minutes: { type: range, maxValue: 120, defaultValue: 60 }
    custom_tags.team: { type: fixed, value: team-${g} }
permissions: [ { group_name: eng, permission_level: CAN_USE } ]
`);
  docs.push(`kind: instance-pool
name: pool-${g}
spec: { node_type_id: i3.xlarge, min_idle_instances: 1, max_capacity: 20, idle_instance_autotermination_minutes: 30 }
permissions: [ { group_name: eng, permission_level: CAN_ATTACH_TO } ]
`);
  for (let c = 0; c < 2; c++)
    docs.push(`kind: cluster
name: cluster-${g}-${c}
spec:
  cluster_name: cluster-${g}-${c}
  spark_version: 15.4.x-scala2.12
  instance_pool_id: \${instance-pools.pool-${g}.id}
  policy_id: \${cluster-policies.policy-${g}.id}
  autoscale: { min_workers: 2, max_workers: 8 }
  autotermination_minutes: 60
  spark_env_vars: { LAKE_ROOT: "s3://lake-use1/team-${g}/" }
permissions: [ { group_name: eng, permission_level: CAN_RESTART } ]
`);
  docs.push(`kind: directory
name: folder-${g}
spec: { path: /Shared/team-${g} }
permissions: [ { group_name: eng, permission_level: CAN_MANAGE } ]
`);
  for (let n = 0; n < 4; n++)
    docs.push(`kind: notebook
name: nb-${g}-${n}
source: ../notebooks/nb${n}.py
spec: { path: /Shared/team-${g}/nb-${n} }
`);
  for (let p = 0; p < 2; p++)
    docs.push(`kind: pipeline
name: pipeline-${g}-${p}
spec:
  name: pipeline-${g}-${p}
  storage: s3://lake-use1/pipelines/${g}-${p}
  target: t${g}_${p}
  continuous: ${p === 0}
  configuration: { source: "s3://lake-use1/landing/${g}/${p}/", catalog: "\${var.catalog}" }
  clusters: [ { label: default, instance_pool_id: "\${instance-pools.pool-${g}.id}", num_workers: 2 } ]
  libraries: [ { notebook: { path: "\${notebooks.nb-${g}-${p}.path}" } } ]
permissions: [ { group_name: eng, permission_level: CAN_RUN } ]
`);
  docs.push(`kind: sql-warehouse
name: warehouse-${g}
spec: { name: warehouse-${g}, cluster_size: Small, max_num_clusters: 2, auto_stop_mins: 20 }
permissions: [ { group_name: analysts, permission_level: CAN_USE } ]
`);
  for (let j = 0; j < 8; j++)
    docs.push(`kind: job
name: job-${g}-${j}
spec:
  name: job-${g}-${j}
  max_concurrent_runs: 1
  schedule: { quartz_cron_expression: "0 ${j * 7} ${g % 24} * * ?", timezone_id: UTC }
  tasks:
    - task_key: ingest
      existing_cluster_id: \${clusters.cluster-${g}-0.id}
      notebook_task: { notebook_path: "\${notebooks.nb-${g}-0.path}", base_parameters: { out: "s3://lake-use1/out/${g}/${j}/" } }
    - task_key: transform
      depends_on: [ { task_key: ingest } ]
      existing_cluster_id: \${clusters.cluster-${g}-1.id}
      notebook_task: { notebook_path: "\${notebooks.nb-${g}-1.path}" }
    - task_key: refresh
      depends_on: [ { task_key: transform } ]
      pipeline_task: { pipeline_id: "\${pipelines.pipeline-${g}-1.id}" }
  email_notifications: { on_failure: [ oncall@example.com ] }
permissions:
  - { group_name: eng, permission_level: CAN_MANAGE_RUN }
  - { group_name: analysts, permission_level: CAN_VIEW }
`);
  return docs;
}
