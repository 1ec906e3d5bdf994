import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/model/diagnostics.ts';
import { prefixPattern, remapStorage } from '../../src/core/render/storage.ts';
import { loadAndRender, minimalConfig } from '../support/project.ts';

const CONFIG = minimalConfig(`  raw:
    primary: abfss://raw@eastlake.dfs.core.windows.net/
    secondary: abfss://raw@westlake.dfs.core.windows.net/
  mounts:
    primary: dbfs:/mnt/east
    secondary: dbfs:/mnt/west
`);

function render(spec: string) {
  return loadAndRender({
    'codeploy.yml': CONFIG,
    'definitions/a.yml': `kind: cluster\nname: c\nspec:\n${spec}`,
  });
}

describe('storage remapping', () => {
  it("rewrites any region's prefix to the region being rendered, in every string", () => {
    const { regions, errors } = render(
      '  spark_version: "15.4"\n  spark_env_vars:\n    A: s3://lake-east/x\n    B: "abfss://raw@eastlake.dfs.core.windows.net/t1 and dbfs:/mnt/east/y"\n',
    );
    expect(errors).toEqual([]);
    const env = (r: number) => regions[r]?.objects[0]?.spec.spark_env_vars;
    expect(env(0)).toEqual({
      A: 's3://lake-east/x',
      B: 'abfss://raw@eastlake.dfs.core.windows.net/t1 and dbfs:/mnt/east/y',
    });
    expect(env(1)).toEqual({
      A: 's3://lake-west/x',
      B: 'abfss://raw@westlake.dfs.core.windows.net/t1 and dbfs:/mnt/west/y',
    });
  });

  it("accepts definitions written in the secondary's terms too", () => {
    const { regions } = render('  spark_version: "15.4"\n  spark_env_vars: { A: "s3://lake-west/x" }\n');
    expect(regions[0]?.objects[0]?.spec.spark_env_vars).toEqual({ A: 's3://lake-east/x' });
  });

  it('matches a prefix without a trailing slash only on a whole path segment', () => {
    const rules = [{ from: 'dbfs:/mnt/east', to: 'dbfs:/mnt/west', location: 'm', region: 'primary' }];
    const pattern = prefixPattern(rules.map((r) => r.from));
    expect(remapStorage('dbfs:/mnt/east/a', rules, pattern)).toBe('dbfs:/mnt/west/a');
    expect(remapStorage('dbfs:/mnt/east', rules, pattern)).toBe('dbfs:/mnt/west');
    expect(remapStorage('dbfs:/mnt/eastern/a', rules, pattern)).toBe('dbfs:/mnt/eastern/a');
  });
});

describe('region-leak check', () => {
  it("flags another region's marker, host and unmapped bucket, naming object, field and line", () => {
    const { errors } = render(
      [
        '  spark_version: "15.4"',
        '  spark_env_vars:',
        '    ZONE: us-east-1a',
        '    API: https://primary.example.com/api/2.0',
        '  cluster_log_conf: { s3: { destination: "s3://logs-us-east-1/c" } }',
        '',
      ].join('\n'),
    );
    const lines = errors.map(formatDiagnostic).sort();
    expect(lines).toEqual([
      'definitions/a.yml:6:11: error: spec.spark_env_vars.ZONE: region "secondary": cluster "c" still holds the region marker "us-east-1" of region "primary" (found "us-east-1a"; expected only region "secondary"\'s own storage and hosts (add the location to "storage" in codeploy.yml, or use ${var.…})) [region-leak]',
      'definitions/a.yml:7:10: error: spec.spark_env_vars.API: region "secondary": cluster "c" still holds the workspace host "primary.example.com" of region "primary" (found "https://primary.example.com/api/2.0"; expected only region "secondary"\'s own storage and hosts (add the location to "storage" in codeploy.yml, or use ${var.…})) [region-leak]',
      'definitions/a.yml:8:42: error: spec.cluster_log_conf.s3.destination: region "secondary": cluster "c" still holds the region marker "us-east-1" of region "primary" (found "s3://logs-us-east-1/c"; expected only region "secondary"\'s own storage and hosts (add the location to "storage" in codeploy.yml, or use ${var.…})) [region-leak]',
    ]);
  });

  it('finds a host or marker whatever its case, in any text', () => {
    const { errors } = render(
      '  spark_version: "15.4"\n  spark_env_vars:\n    A: HTTPS://PRIMARY.EXAMPLE.COM\n    B: "Région US-East-1"\n    C: "Région ouest"\n',
    );
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'spec.spark_env_vars.A: region "secondary": cluster "c" still holds the workspace host "primary.example.com" of region "primary"',
      'spec.spark_env_vars.B: region "secondary": cluster "c" still holds the region marker "us-east-1" of region "primary"',
    ]);
  });

  it("flags a grant to the other region's principal, at its place in the list", () => {
    const { errors } = loadAndRender({
      'codeploy.yml': CONFIG,
      'definitions/a.yml':
        'kind: cluster\nname: c\nspec: { spark_version: "15" }\npermissions:\n  - { group_name: eng, permission_level: CAN_RESTART }\n  - { group_name: ops-us-east-1, permission_level: CAN_ATTACH_TO }\n',
    });
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'permissions[1].group_name: region "secondary": cluster "c" still holds the region marker "us-east-1" of region "primary"',
    ]);
  });

  it('flags a leak once, where the region holds it, when normalization moves it', () => {
    // A cluster's libraries are sorted as they load and again as they render: `${var.lib}` sorts
    // first, its value in the primary last, so the leaking library moves from the second place to
    // the first. (The passive secondary installs no libraries: the active primary holds them.)
    const config = CONFIG.replace(
      '    markers: [us-east-1]\n',
      '    markers: [us-east-1]\n    variables: { lib: "s3://zz/x.jar" }\n',
    ).replace(
      '    markers: [us-west-2]\n',
      '    markers: [us-west-2]\n    variables: { lib: "s3://zz/y.jar" }\n',
    );
    const { regions, errors } = loadAndRender({
      'codeploy.yml': config,
      'definitions/a.yml':
        'kind: cluster\nname: c\nspec:\n  spark_version: "15.4"\n  libraries:\n    - jar: s3://libs-us-west-2/a.jar\n    - jar: ${var.lib}\n',
    });
    expect(regions[0]?.objects[0]?.spec.libraries).toEqual([
      { jar: 's3://libs-us-west-2/a.jar' },
      { jar: 's3://zz/x.jar' },
    ]);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'spec.libraries[0].jar: region "primary": cluster "c" still holds the region marker "us-west-2" of region "secondary"',
    ]);
  });

  it('says nothing of a value the role overlay takes out of the region', () => {
    // The passive secondary's job has no schedule: the name in it is never in that workspace.
    const { regions, errors } = loadAndRender({
      'codeploy.yml': CONFIG,
      'definitions/a.yml':
        'kind: job\nname: j\nspec:\n  schedule: { quartz_cron_expression: "0 0 1 * * ?", timezone_id: us-east-1 }\n',
    });
    expect(regions[1]?.objects[0]?.spec.schedule).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('flags a value a patch wrote for the wrong region', () => {
    const config = CONFIG.replace(
      '    markers: [us-west-2]\n',
      '    markers: [us-west-2]\n    patches:\n      - target: { kind: cluster }\n        merge: { spec: { spark_env_vars: { X: "s3://lake-east-only/x" } } }\n',
    ).replace('    markers: [us-east-1]\n', '    markers: [us-east-1, lake-east]\n');
    const { errors } = loadAndRender({
      'codeploy.yml': config,
      'definitions/a.yml': 'kind: cluster\nname: c\nspec: { spark_version: "15" }\n',
    });
    expect(errors.map((e) => e.message)).toEqual([
      'region "secondary": cluster "c" still holds the region marker "lake-east" of region "primary"',
    ]);
  });
});
