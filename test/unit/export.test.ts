import { describe, expect, it } from 'vitest';
import { EXPORTABLE_KINDS, type ExportOptions, exportObjects } from '../../src/core/export/export.ts';
import { regionNames, withStandbyMarker } from '../../src/core/export/region-markers.ts';
import { Diagnostics } from '../../src/core/model/diagnostics.ts';
import type { ObservedObject } from '../../src/ports/workspace.ts';
import { loadAndRender } from '../support/project.ts';

const OPTIONS: ExportOptions = {
  region: 'primary',
  host: 'https://dbc-1.cloud.databricks.com',
  standby: 'secondary',
  standbyMarker: 'us-west-2',
  kinds: EXPORTABLE_KINDS,
  project: 'acme',
};

const POOL: ObservedObject = {
  kind: 'instance-pool',
  id: 'pool-1',
  name: 'etl-pool',
  spec: {
    instance_pool_name: 'etl-pool',
    node_type_id: 'i3.xlarge',
    min_idle_instances: 0,
    idle_instance_autotermination_minutes: 60,
    custom_tags: { 'codeploy-pool': 'old/instance-pool/etl-pool', team: 'data' },
  },
};

const CLUSTER: ObservedObject = {
  kind: 'cluster',
  id: 'c-1',
  name: 'etl',
  spec: {
    cluster_name: 'etl',
    spark_version: '15.4.x-scala2.12',
    instance_pool_id: 'pool-1',
    policy_id: 'policy-not-exported',
    spark_env_vars: { LAKE: 's3://acme-lake-use1/tables/', SHARED: 's3://acme-artifacts/jars/' },
    aws_attributes: { zone_id: 'us-east-1a' },
  },
};

function run(observed: ObservedObject[], options: Partial<ExportOptions> = {}) {
  const diags = new Diagnostics();
  const result = exportObjects(observed, { ...OPTIONS, ...options }, diags);
  const files: Record<string, string> = { 'codeploy.yml': result.config };
  for (const d of result.definitions) files[d.path] = d.text;
  return { result, files, diags };
}

describe('codeploy export: what it writes', () => {
  it('leaves out the ownership marker and the server defaults, keeps the rest', () => {
    const { files } = run([POOL]);
    const pool = files['instance-pools/etl-pool.yml'] as string;
    expect(pool).toContain('team: data');
    expect(pool).not.toContain('codeploy-pool');
    expect(pool).not.toContain('min_idle_instances');
    expect(pool).not.toContain('idle_instance_autotermination_minutes');
  });

  it('turns ids into references, or variables with a placeholder for the standby when not exported', () => {
    const { files, diags } = run([POOL, CLUSTER]);
    const cluster = files['clusters/etl.yml'] as string;
    expect(cluster).toContain('instance_pool_id: ${instance-pools.etl-pool.id}');
    expect(cluster).toMatch(/policy_id: \$\{var\.cluster_policy_policy_not_exported\}/);
    expect(files['codeploy.yml']).toContain('cluster_policy_policy_not_exported: SET-ME-policy-not-exported');
    expect(diags.items.map((w) => w.message).join('\n')).toContain('policy-not-exported');
  });

  it('finds the region in bucket names, short form too, and maps it for the standby', () => {
    const { result, files } = run([CLUSTER]);
    expect(result.markers).toEqual(['us-east-1', 'use1']);
    expect(result.storage).toEqual({ 'acme-lake': 's3://acme-lake-use1/' });
    const config = files['codeploy.yml'] as string;
    expect(config).toContain('secondary: s3://acme-lake-usw2/');
    // A bucket without a region name is the same in both regions: no storage entry.
    expect(config).not.toContain('acme-artifacts');
    expect(files['clusters/etl.yml']).toContain('SHARED: s3://acme-artifacts/jars/');
  });

  it('renders for the standby with its own names and no leak of the exported region', () => {
    const { files } = run([POOL, CLUSTER]);
    const { regions, errors } = loadAndRender(files);
    expect(errors).toEqual([]);
    const standby = regions.find((r) => r.region === 'secondary');
    const cluster = standby?.objects.find((o) => o.kind === 'cluster');
    expect(cluster?.spec.spark_env_vars).toMatchObject({ LAKE: 's3://acme-lake-usw2/tables/' });
    expect(cluster?.spec.aws_attributes).toEqual({ zone_id: 'us-west-2a' });
    expect(JSON.stringify(standby)).not.toMatch(/use1|us-east-1/);
  });

  it('without a standby marker, the standby gets a placeholder that still renders', () => {
    const { files } = run([CLUSTER], { standbyMarker: undefined });
    expect(files['codeploy.yml']).toContain('secondary: s3://acme-lake-standby/');
    expect(loadAndRender(files).errors).toEqual([]);
  });

  it("never exports codeploy's own state files", () => {
    const own = (path: string): ObservedObject => ({ kind: 'file', id: path, name: path, spec: { path } });
    const { result } = run(
      [own('/Shared/.codeploy/acme/state.json'), own('/Shared/ops/state/x.json'), own('/Shared/etl/a.json')],
      {
        skipUnder: ['/Shared/ops/state'],
      },
    );
    expect(result.definitions.map((d) => d.path)).toEqual(['files/a-json.yml']);
  });

  it('exports only the kinds and names asked for, in a stable order', () => {
    const { result } = run([POOL, CLUSTER], { kinds: ['cluster'] });
    expect(result.definitions.map((d) => d.path)).toEqual(['clusters/etl.yml']);
    expect(run([POOL, CLUSTER], { filter: 'etl-*' }).result.definitions.map((d) => d.path)).toEqual([
      'instance-pools/etl-pool.yml',
    ]);
    const shuffled = { ...CLUSTER, spec: Object.fromEntries(Object.entries(CLUSTER.spec).reverse()) };
    expect(run([shuffled]).files).toEqual(run([CLUSTER]).files);
  });
});

describe('region names', () => {
  it('knows the AWS, GCP and Azure forms, between separators only', () => {
    expect(regionNames('s3://lake-us-east-1/ gs://b-europe-west1/ abfss://c@acct-eastus2.dfs/ use1')).toEqual(
      ['us-east-1', 'use1', 'europe-west1', 'eastus2'],
    );
    expect(regionNames('s3://museum/ s3://users/')).toEqual([]);
  });

  it('maps the short AWS form to the standby short form', () => {
    expect(withStandbyMarker('a-use1/us-east-1a', ['use1', 'us-east-1'], 'us-west-2')).toBe(
      'a-usw2/us-west-2a',
    );
    expect(withStandbyMarker('x-apse1', ['apse1'], 'ap-northeast-2')).toBe('x-apne2');
  });
});
