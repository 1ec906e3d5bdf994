import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.ts';
import { prPayload, pushPayload } from '../support/events.ts';
import { FakeGitHub, READ_ONLY_TOKEN } from '../support/fake-github.ts';
import { startEmulator } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';
import { type ActionRun, GitRepo, runAction, WORKFLOW_TOKEN } from '../support/runner.ts';

let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;
let github: FakeGitHub;

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
});
afterAll(async () => {
  await github.stop();
});
beforeEach(async () => {
  if (emulator) await emulator.stop();
  ({ emulator, hosts, env } = await startEmulator({ federationAudiences: ['acct-123'] }));
  github.comments.length = 0;
  github.violations.length = 0;
});
afterAll(async () => {
  await emulator?.stop();
});

const hostsInput = () => `primary=${hosts.primary}\nsecondary=${hosts.secondary}`;

/** Everything the run made visible: logs without the mask commands, outputs, summary and comments. */
function visible(run: ActionRun): string {
  const logs = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [logs, JSON.stringify(run.outputs), run.summary, ...github.comments.map((c) => c.body)].join('\n');
}

function newRepo(): { repo: GitRepo; base: string } {
  const repo = new GitRepo(exampleFiles());
  const base = repo.commit('initial config');
  return { repo, base };
}

describe('pull request: one plan comment, kept up to date', () => {
  it('creates the comment, then updates it in place, even past 100 other comments', async () => {
    const { repo, base } = newRepo();
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('max_num_clusters: 3', 'max_num_clusters: 4') ??
        '',
    });
    const head = repo.commit('bigger warehouse');
    github.seed(7, 130);
    const opts = {
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: head,
      apiUrl: github.url,
      env,
      inputs: { hosts: hostsInput() },
    };
    const first = await runAction({ ...opts, payload: prPayload(7, base, head) });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const ours = github.comments.filter((c) => c.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(ours[0]?.id));
    expect(first.outputs['has-changes']).toBe('true');
    expect(ours[0]?.body).toMatch(
      /^<!-- codeploy \{"config":"codeploy.yml","head":"[0-9a-f]{40}","plans":\{"primary":"[0-9a-f]{16}","secondary":"[0-9a-f]{16}"\}\} -->/,
    );
    expect(ours[0]?.body).toContain('### Region `primary` (active)');
    expect(ours[0]?.body).toContain('**Plan: 27 to create, 0 to update, 0 to delete.**');

    // A second push: the same comment is updated, none is added.
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('max_num_clusters: 3', 'max_num_clusters: 6') ??
        '',
    });
    const head2 = repo.commit('even bigger');
    const second = await runAction({ ...opts, sha: head2, payload: prPayload(7, base, head2) });
    expect(second.code).toBe(0);
    const after = github.comments.filter((c) => c.login === 'github-actions[bot]');
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(ours[0]?.id);
    expect(after[0]?.body).toContain(head2);
    // It had to read past the first page of comments to find it.
    expect(
      github.requests
        .filter((r) => r.operationId === 'issues/list-comments')
        .map((r) => r.url)
        .slice(-2),
    ).toEqual([
      '/repos/acme/live-config/issues/7/comments?per_page=100',
      '/repos/acme/live-config/issues/7/comments?per_page=100&page=2',
    ]);
    expect(github.violations).toEqual([]);
    // A plan never writes to a workspace.
    expect(emulator.writes()).toEqual([]);
  });

  it('a pull request from a fork, without credentials, gets the offline plan and says so', async () => {
    const { repo, base } = newRepo();
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('auto_stop_mins: 20', 'auto_stop_mins: 15') ??
        '',
    });
    const head = repo.commit('shorter auto stop');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/8/merge',
      sha: head,
      apiUrl: github.url,
      payload: prPayload(8, base, head, true),
      inputs: { hosts: hostsInput() },
    });
    expect(run.code).toBe(0);
    const body = github.comments.find((c) => c.issue === 8)?.body ?? '';
    expect(body).toContain('**Offline plan.**');
    expect(body).toContain('It did **not** read the workspaces');
    expect(body).toContain('**Plan: 0 to create, 1 to update, 0 to delete.**');
    expect(body).toContain('- spec.auto_stop_mins: 20\n+ spec.auto_stop_mins: 15');
    expect(emulator.requests).toEqual([]);
  });

  it('an invalid definition fails the step with annotations on file and line, comments why, and writes nothing', async () => {
    const { repo, base } = newRepo();
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace(
          'auto_stop_mins: 20',
          'auto_stop_minutes: 20',
        ) ?? '',
    });
    const head = repo.commit('typo');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/9/merge',
      sha: head,
      apiUrl: github.url,
      payload: prPayload(9, base, head),
      env,
      inputs: { hosts: hostsInput() },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('invalid-config');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        file: 'definitions/warehouses.yml',
        line: 9,
        col: 3,
        message: expect.stringContaining(
          'spec.auto_stop_minutes: unknown field "auto_stop_minutes" (did you mean "auto_stop_mins"?)',
        ),
      }),
      expect.objectContaining({ message: expect.stringContaining('codeploy.yml is invalid: 1 problem(s)') }),
    ]);
    const comment = github.comments.find((c) => c.issue === 9)?.body ?? '';
    expect(comment).toContain('**The plan failed.** codeploy.yml is invalid');
    // The comment and the job summary list the problems, not only their number.
    expect(comment).toContain('definitions/warehouses.yml:9:3');
    expect(run.summary).toContain('definitions/warehouses.yml:9:3');
    expect(run.summary).toContain('failure-reason: invalid-config');
    expect(emulator.requests).toEqual([]);
  });

  it('a pull request from a fork with a read-only GITHUB_TOKEN ends green, its plan in the job summary', async () => {
    const { repo, base } = newRepo();
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('auto_stop_mins: 20', 'auto_stop_mins: 15') ??
        '',
    });
    const head = repo.commit('shorter auto stop');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/10/merge',
      sha: head,
      apiUrl: github.url,
      payload: prPayload(10, base, head, true),
      inputs: { hosts: hostsInput(), 'github-token': READ_ONLY_TOKEN },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['failure-reason']).toBe('');
    expect(github.comments.filter((c) => c.issue === 10)).toEqual([]);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('The plan comment was not posted: the token may not write'),
      }),
    );
    expect(run.summary).toContain('**Offline plan**');
    expect(run.summary).toContain('spec.auto_stop_mins: 15');
    expect(github.violations).toEqual([]);
  });
});

describe('release tag: guarded deploys', () => {
  it('a tag push deploys both regions and records the release', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      ref: 'refs/tags/v1.0.0',
      sha: base,
      payload: pushPayload('refs/tags/v1.0.0', base),
      env,
      inputs: { hosts: hostsInput() },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ release: 'v1.0.0', 'has-changes': 'true', 'failure-reason': '' });
    expect(JSON.parse(run.outputs['summary-json'] ?? '{}')).toEqual({
      primary: { role: 'active', create: 27, update: 0, recreate: 0, delete: 0, unchanged: 0 },
      secondary: { role: 'passive', create: 27, update: 0, recreate: 0, delete: 0, unchanged: 0 },
    });
    expect(emulator.workspace('secondary').jobs.size).toBe(4);
    const state = JSON.parse(
      Buffer.from(
        emulator.workspace('primary').objects.get('/Shared/.codeploy/acme-lakehouse/state.json')?.content ??
          '',
        'base64',
      ).toString(),
    );
    expect(state).toMatchObject({ release: 'v1.0.0', commit: base });
    expect(run.summary).toContain('| primary | applied | 27 | 0 | 0 |');
    // The log has a group per region, listing each object and its outcome.
    expect(run.stdout).toContain(
      '::group::Region secondary (passive): Plan: 27 to create, 0 to update, 0 to delete.',
    );
    expect(run.stdout).toContain('create job/nightly-etl: done');
  });

  const refusals: Array<
    [
      string,
      (repo: GitRepo, base: string) => { ref: string; sha: string; inputs?: Record<string, string> },
      RegExp,
    ]
  > = [
    [
      'a branch push with mode: apply',
      (_r, base) => ({ ref: 'refs/heads/main', sha: base, inputs: { mode: 'apply' } }),
      /apply runs only on a release tag, and this run is for refs\/heads\/main/,
    ],
    [
      'a tag that does not match the release pattern',
      (r, base) => {
        r.tag('nightly-5');
        return { ref: 'refs/tags/nightly-5', sha: base };
      },
      /tag "nightly-5" is not a release: expected a tag matching "v\*"/,
    ],
    [
      "a checkout that is not the tag's commit",
      (r, base) => {
        // The tag stays on the first commit; the checkout moves on to a later one.
        r.tag('v1.1.0');
        r.write({ 'README.md': 'later\n' });
        r.commit('after the tag');
        return { ref: 'refs/tags/v1.1.0', sha: base };
      },
      /the checkout \([0-9a-f]{12}\) is not the commit of tag "v1\.1\.0"/,
    ],
    [
      'a working tree with changes',
      (r, base) => {
        r.tag('v1.2.0');
        r.write({ 'definitions/extra.yml': 'kind: directory\nname: x\nspec: { path: /Shared/x }\n' });
        return { ref: 'refs/tags/v1.2.0', sha: base };
      },
      /the working tree has changes that are not in the release tag/,
    ],
    [
      'a tag on a branch that was never merged',
      (r) => {
        r.git('checkout', '-q', '-b', 'unreviewed');
        r.write({ 'definitions/extra.yml': 'kind: directory\nname: x\nspec: { path: /Shared/x }\n' });
        const sha = r.commit('not reviewed');
        r.tag('v1.3.0');
        return { ref: 'refs/tags/v1.3.0', sha };
      },
      /tag "v1\.3\.0" \([0-9a-f]{12}\) is not on the default branch main: a release must be a merged, reviewed commit/,
    ],
  ];
  it.each(refusals)('%s is refused with a clear reason and no writes', async (_name, setup, message) => {
    const { repo, base } = newRepo();
    const { ref, sha, inputs } = setup(repo, base);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      ref,
      sha,
      payload: pushPayload(ref, sha),
      env,
      inputs: { hosts: hostsInput(), ...inputs },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('release-guard');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(emulator.requests).toEqual([]);
  });

  it('an older release is refused unless allow-downgrade says it is a rollback', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('max_num_clusters: 3', 'max_num_clusters: 4') ??
        '',
    });
    const newer = repo.commit('v1.1.0');
    repo.tag('v1.1.0');
    const deploy = async (tag: string, sha: string, inputs: Record<string, string> = {}) => {
      repo.checkout(tag);
      return runAction({
        workspace: repo.dir,
        eventName: 'push',
        ref: `refs/tags/${tag}`,
        sha,
        payload: pushPayload(`refs/tags/${tag}`, sha),
        env,
        inputs: { hosts: hostsInput(), ...inputs },
      });
    };
    expect((await deploy('v1.1.0', newer)).code).toBe(0);
    const writes = emulator.writes().length;
    const old = await deploy('v1.0.0', base);
    expect(old.code).toBe(1);
    expect(old.outputs['failure-reason']).toBe('downgrade');
    expect(old.annotations.find((a) => a.level === 'error')?.message).toContain(
      'primary: release v1.0.0 is older than v1.1.0, which this workspace runs; set allow-downgrade',
    );
    expect(emulator.writes().length).toBe(writes);
    const rollback = await deploy('v1.0.0', base, { 'allow-downgrade': 'true' });
    expect(rollback.code).toBe(0);
    expect([...emulator.workspace('primary').warehouses.values()][0]?.spec.max_num_clusters).toBe(3);
  });
});

describe('release tag: the plan that was reviewed', () => {
  it('is the plan applied; when the workspaces changed since, the apply refuses and writes nothing', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const event = {
      workspace: repo.dir,
      eventName: 'push',
      ref: 'refs/tags/v1.0.0',
      sha: base,
      payload: pushPayload('refs/tags/v1.0.0', base),
      env,
    };
    // The release workflow's first job plans the tag; a person reviews it before approving.
    const planned = await runAction({ ...event, inputs: { hosts: hostsInput(), mode: 'plan' } });
    expect(planned.code).toBe(0);
    const reviewed = planned.outputs['plan-json'] ?? '';
    expect(JSON.parse(readFileSync(reviewed, 'utf8')).regions[0].summary.create).toBe(27);

    // Meanwhile another deploy got there first: the plan is no longer the reviewed one.
    const other = await runAction({ ...event, inputs: { hosts: hostsInput() } });
    expect(other.code).toBe(0);
    const writesBefore = emulator.writes().length;
    const refused = await runAction({ ...event, inputs: { hosts: hostsInput(), 'reviewed-plan': reviewed } });
    expect(refused.code).toBe(1);
    expect(refused.outputs['failure-reason']).toBe('plan-changed');
    expect(refused.summary).toContain('the plan is not the one reviewed');
    expect(emulator.writes().length).toBe(writesBefore);

    // Someone changes a job by hand: planned again and reviewed again, that plan is applied.
    const job = [...emulator.workspace('secondary').jobs.values()][0];
    if (job) job.settings.timeout_seconds = 60;
    const again = await runAction({ ...event, inputs: { hosts: hostsInput(), mode: 'plan' } });
    expect(again.outputs['has-changes']).toBe('true');
    const applied = await runAction({
      ...event,
      inputs: { hosts: hostsInput(), 'reviewed-plan': again.outputs['plan-json'] ?? '' },
    });
    expect(applied.code).toBe(0);
    expect(applied.outputs['failure-reason']).toBe('');
  });
});

describe('failover', () => {
  it('an emergency dispatch on the release tag swaps the roles: the standby takes over, the old active stands down', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const opts = { workspace: repo.dir, ref: 'refs/tags/v1.0.0', sha: base, env };
    expect(
      (
        await runAction({
          ...opts,
          eventName: 'push',
          payload: pushPayload('refs/tags/v1.0.0', base),
          inputs: { hosts: hostsInput() },
        })
      ).code,
    ).toBe(0);
    const run = await runAction({
      ...opts,
      eventName: 'workflow_dispatch',
      payload: {
        inputs: { 'active-region': 'secondary', confirm: 'FAILOVER' },
        ref: 'refs/tags/v1.0.0',
        repository: { default_branch: 'main' },
      },
      inputs: { hosts: hostsInput(), mode: 'apply', 'active-region': 'secondary' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const nightly = (ws: 'primary' | 'secondary') =>
      [...emulator.workspace(ws).jobs.values()].find((j) => j.settings.name === 'nightly-etl')?.settings;
    expect(nightly('secondary')).toMatchObject({
      max_concurrent_runs: 1,
      schedule: { pause_status: 'UNPAUSED' },
    });
    expect(nightly('primary')).toMatchObject({ max_concurrent_runs: 0 });
    expect(nightly('primary')).not.toHaveProperty('schedule');
    const states = (ws: 'primary' | 'secondary') =>
      [...emulator.workspace(ws).pipelines.values()].map((p) => p.spec.continuous);
    expect(states('secondary')).toEqual([true]);
    expect(states('primary')).toEqual([false]);
    expect(JSON.parse(run.outputs['summary-json'] ?? '{}')).toMatchObject({
      primary: { role: 'passive' },
      secondary: { role: 'active' },
    });
  });

  it('with the old primary down: partial, the primary named in outputs and warnings; verify not ready until it answers, then fences it', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const opts = { workspace: repo.dir, ref: 'refs/tags/v1.0.0', sha: base, env };
    const tag = { eventName: 'push', payload: pushPayload('refs/tags/v1.0.0', base) };
    expect((await runAction({ ...opts, ...tag, inputs: { hosts: hostsInput() } })).code).toBe(0);
    const dispatch = {
      eventName: 'workflow_dispatch',
      payload: { inputs: { mode: 'apply' }, ref: 'refs/tags/v1.0.0', repository: { default_branch: 'main' } },
    };
    const down = `primary=http://127.0.0.1:9\nsecondary=${hosts.secondary}`;
    const failover = await runAction({
      ...opts,
      ...dispatch,
      inputs: {
        hosts: down,
        mode: 'apply',
        'active-region': 'secondary',
        'allow-unreachable-regions': 'true',
      },
    });
    expect(failover.code).toBe(1);
    expect(failover.outputs['failure-reason']).toBe('partial');
    expect(JSON.parse(failover.outputs['summary-json'] ?? '{}').primary).toMatchObject({
      status: 'unreachable',
    });
    expect(failover.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('primary did not answer'),
      }),
    );

    // The scheduled verify while the primary is still down: not ready, and it says why.
    const schedule = { eventName: 'schedule', payload: { schedule: '0 6 * * *' } };
    const stillDown = await runAction({ ...opts, ...schedule, inputs: { hosts: down, mode: 'verify' } });
    expect(stillDown.code).toBe(1);
    expect(stillDown.outputs['failure-reason']).toBe('not-ready');
    expect(stillDown.summary).toContain('Pending fence: primary');
    const readiness = JSON.parse(readFileSync(stillDown.outputs['readiness-json'] ?? '', 'utf8'));
    expect(readiness.regions.find((r: { region: string }) => r.region === 'primary').checks).toEqual([
      expect.objectContaining({ name: 'reachable', ok: false }),
    ]);

    // The primary answers again: the next scheduled verify fences it first, then finds it ready.
    const verify = await runAction({ ...opts, ...schedule, inputs: { hosts: hostsInput(), mode: 'verify' } });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Fenced primary: it answered again and was demoted before the checks.');
    const nightly = [...emulator.workspace('primary').jobs.values()].find(
      (j) => j.settings.name === 'nightly-etl',
    );
    expect(nightly?.settings.max_concurrent_runs).toBe(0);
    const routine = await runAction({ ...opts, ...dispatch, inputs: { hosts: hostsInput(), mode: 'apply' } });
    expect(routine.code).toBe(0);
    expect(routine.summary).toContain(
      'codeploy.yml says active: primary, but an emergency failover made secondary active',
    );
    // The action retries a region that does not answer for real (about 15 s per call, twice).
  }, 150_000);

  it('names an unknown region in active-region as an input problem', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v1.0.0',
      sha: base,
      env,
      eventName: 'push',
      payload: pushPayload('refs/tags/v1.0.0', base),
      inputs: { hosts: hostsInput(), 'active-region': 'tertiary' },
    });
    expect(run.code).toBe(1);
    expect(run.annotations[0]?.message).toContain(
      'input \'active-region\' names "tertiary", which is not a region of codeploy.yml',
    );
    expect(emulator.requests).toEqual([]);
  });
});

describe('secrets', () => {
  it('no token, secret value or OIDC token appears in logs, outputs, the summary or the comment', async () => {
    const { repo } = newRepo();
    // The secondary authenticates with GitHub OIDC federation, through a fake token issuer. Its
    // client id is the service principal's application id, a UUID as every real one is: ACLs name it so.
    repo.write({
      'codeploy.yml': (exampleFiles()['codeploy.yml'] ?? '').replace(
        'auth: { type: token, env: DATABRICKS_TOKEN_SECONDARY }',
        'auth: { type: github-oidc, client_id: 6f0d3a52-1c2b-4e8f-9a7d-3b5e2c1f0a94, audience: acct-123 }',
      ),
    });
    const head = repo.commit('federation');
    repo.tag('v1.1.0');
    const { createServer } = await import('node:http');
    const idToken = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'https://token.actions.githubusercontent.com', aud: 'acct-123' })).toString('base64url')}.c2lnbmF0dXJl`;
    const issuer = createServer((req, res) => {
      const ok =
        req.headers.authorization === 'Bearer oidc-request-token-1234' &&
        (req.url ?? '').includes('audience=acct-123');
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { value: idToken } : { message: 'no' }));
    });
    await new Promise<void>((r) => issuer.listen(0, '127.0.0.1', r));
    const port = (issuer.address() as { port: number }).port;
    const oidcEnv = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-1234',
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      ref: 'refs/tags/v1.1.0',
      sha: head,
      payload: pushPayload('refs/tags/v1.1.0', head),
      env: { ...env, ...oidcEnv, DATABRICKS_TOKEN_SECONDARY: '' },
      inputs: { hosts: hostsInput() },
    });
    issuer.close();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const issued = [...emulator.workspace('secondary').issuedTokens.keys()];
    expect(issued).toHaveLength(1);
    // Each credential was masked…
    for (const secret of [
      env.DATABRICKS_TOKEN_PRIMARY,
      env.WAREHOUSE_API_TOKEN,
      WORKFLOW_TOKEN,
      idToken,
      issued[0],
    ])
      expect(run.masks).toContain(secret);
    // …and none is visible anywhere.
    const shown = visible(run);
    for (const secret of [
      env.DATABRICKS_TOKEN_PRIMARY,
      env.WAREHOUSE_API_TOKEN,
      WORKFLOW_TOKEN,
      idToken,
      issued[0],
      'oidc-request-token-1234',
    ])
      expect(shown).not.toContain(secret);
    expect(
      emulator.workspace('secondary').scopes.get('etl-secrets')?.secrets.get('warehouse-api-token')?.value,
    ).toBe(env.WAREHOUSE_API_TOKEN);
  });
});

describe('unlock', () => {
  it("a manual dispatch with mode: unlock breaks a dead run's lock and records who broke it", async () => {
    const { repo, base } = newRepo();
    const lockPath = '/Shared/.codeploy/acme-lakehouse/deploy.lock';
    const dead = {
      holder: 'GitHub Actions acme/live-config run 41 (refs/tags/v0.9.0)',
      run_id: 'dead-run',
      acquired_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 300_000).toISOString(),
    };
    for (const path of ['/Shared/.codeploy', '/Shared/.codeploy/acme-lakehouse'])
      emulator
        .workspace('secondary')
        .objects.set(path, { path, object_type: 'DIRECTORY', object_id: path.length, modified_at: 0 });
    emulator.workspace('secondary').objects.set(lockPath, {
      path: lockPath,
      object_type: 'FILE',
      object_id: 99,
      content: Buffer.from(JSON.stringify(dead)).toString('base64'),
      modified_at: Date.now(),
    });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: base,
      payload: { inputs: { mode: 'unlock' }, repository: { default_branch: 'main' } },
      env,
      inputs: { hosts: hostsInput(), 'unlock-region': 'secondary' },
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      'secondary: broke the deploy lock of GitHub Actions acme/live-config run 41',
    );
    expect(emulator.workspace('secondary').objects.has(lockPath)).toBe(false);
    expect(
      emulator.workspace('secondary').objects.has('/Shared/.codeploy/acme-lakehouse/lock-broken.json'),
    ).toBe(true);

    const wrong = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: base,
      payload: { inputs: { mode: 'unlock' }, repository: { default_branch: 'main' } },
      env,
      inputs: { hosts: hostsInput(), 'unlock-region': 'tertiary' },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.outputs['failure-reason']).toBe('invalid-input');
  });
});

describe('schedule and inputs', () => {
  it('a scheduled verify passes when the regions match and fails on drift', async () => {
    const { repo, base } = newRepo();
    repo.tag('v1.0.0');
    const opts = { workspace: repo.dir, env, inputs: { hosts: hostsInput() } };
    expect(
      (
        await runAction({
          ...opts,
          eventName: 'push',
          ref: 'refs/tags/v1.0.0',
          sha: base,
          payload: pushPayload('refs/tags/v1.0.0', base),
        })
      ).code,
    ).toBe(0);
    const ok = await runAction({
      ...opts,
      eventName: 'schedule',
      ref: 'refs/heads/main',
      sha: base,
      payload: { schedule: '0 6 * * *' },
    });
    expect(ok.code).toBe(0);

    // A change merged on main but not released yet is not drift: verify checks the workspaces
    // against the release they run.
    repo.write({
      'definitions/warehouses.yml':
        exampleFiles()['definitions/warehouses.yml']?.replace('max_num_clusters: 3', 'max_num_clusters: 9') ??
        '',
    });
    const merged = repo.commit('merged, not released');
    const unreleased = await runAction({
      ...opts,
      eventName: 'schedule',
      ref: 'refs/heads/main',
      sha: merged,
      payload: { schedule: '0 6 * * *' },
    });
    expect(unreleased.code).toBe(0);
    expect(unreleased.stdout).toContain('Verifying against release v1.0.0');

    const job = [...emulator.workspace('secondary').jobs.values()].find(
      (j) => j.settings.name === 'nightly-etl',
    );
    if (job) job.settings.max_concurrent_runs = 2;
    const drift = await runAction({
      ...opts,
      eventName: 'schedule',
      ref: 'refs/heads/main',
      sha: merged,
      payload: { schedule: '0 6 * * *' },
    });
    expect(drift.code).toBe(1);
    expect(drift.outputs['failure-reason']).toBe('not-ready');
    const error = drift.annotations.find((a) => a.level === 'error')?.message;
    expect(error).toContain('secondary: matches the release: job "nightly-etl" would be updated');
    expect(error).toContain('secondary: concurrency 0: job "nightly-etl": max_concurrent_runs is 2');
    expect(drift.summary).toContain('DR readiness: NOT READY');
    expect(drift.summary).toContain('# changed in the workspace');
  });

  it("export writes each region's rendering, redacted, without reading any workspace", async () => {
    const { repo, base } = newRepo();
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: base,
      payload: { inputs: { mode: 'export' } },
      inputs: { 'export-dir': 'out' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['plan-json']).toBe(`${repo.dir}/out`);
    const { readFileSync } = await import('node:fs');
    const secondary = JSON.parse(readFileSync(`${repo.dir}/out/secondary.json`, 'utf8'));
    expect(secondary).toMatchObject({ region: 'secondary', role: 'passive' });
    expect(
      secondary.objects.find((o: { name: string }) => o.name === 'nightly-etl').spec.max_concurrent_runs,
    ).toBe(0);
    expect(JSON.parse(run.outputs['summary-json'] ?? '{}')).toEqual({
      primary: { objects: 27, role: 'active' },
      secondary: { objects: 27, role: 'passive' },
    });
    expect(emulator.requests).toEqual([]);
  });

  it('a bad input fails with a message that names it', async () => {
    const { repo, base } = newRepo();
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: base,
      payload: pushPayload('refs/heads/main', base),
      inputs: { comment: 'yes' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('invalid-input');
    expect(run.annotations[0]?.message).toBe("Invalid input 'comment': 'yes'. Expected true or false.");
    // A refusal leaves a job summary too.
    expect(run.summary).toContain("> Invalid input 'comment': 'yes'. Expected true or false.");
    expect(run.summary).toContain('failure-reason: invalid-input');
  });
});
