import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.ts';
import { prPayload } from '../support/events.ts';
import { FakeGitHub } from '../support/fake-github.ts';
import { startEmulator } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';
import { GitRepo, runAction } from '../support/runner.ts';

/** A pull request is hostile input: it never decides where a deploy credential is sent. */
let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;
let github: FakeGitHub;
/** A server the pull request's author controls: it records every request it gets. */
const stolen: IncomingHttpHeaders[] = [];
let attacker: ReturnType<typeof createServer>;
let attackerUrl: string;

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
  attacker = createServer((req, res) => {
    stolen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await github.stop();
  await emulator?.stop();
  attacker.close();
});
beforeEach(async () => {
  await emulator?.stop();
  ({ emulator, hosts, env } = await startEmulator());
  github.comments.length = 0;
  stolen.length = 0;
});

/** The example, its hosts pointed at the emulator in codeploy.yml itself (no `hosts` input). */
function baseFiles(): Record<string, string> {
  const files = exampleFiles();
  files['codeploy.yml'] = (files['codeploy.yml'] ?? '')
    .replace('https://dbc-a1b2c3d4-use1.cloud.databricks.com', hosts.primary as string)
    .replace('https://dbc-e5f6a7b8-usw2.cloud.databricks.com', hosts.secondary as string);
  return files;
}

async function planPullRequest(change: (config: string) => string, event = 'pull_request', fork = false) {
  const repo = new GitRepo(baseFiles());
  const base = repo.commit('config on the default branch');
  repo.write({ 'codeploy.yml': change(baseFiles()['codeploy.yml'] ?? '') });
  const head = repo.commit('the pull request');
  const run = await runAction({
    workspace: repo.dir,
    eventName: event,
    ref: 'refs/pull/9/merge',
    sha: head,
    apiUrl: github.url,
    payload: prPayload(9, base, head, fork),
    env,
  });
  return { run, comment: github.comments.find((c) => c.issue === 9)?.body ?? '' };
}

describe('a pull request plan', () => {
  it('that points a region at another host is planned offline, and no token is sent there', async () => {
    const { run, comment } = await planPullRequest((c) => c.replace(hosts.secondary as string, attackerUrl));
    expect(run.code).toBe(0);
    expect(stolen).toEqual([]);
    expect(emulator.requests).toEqual([]);
    expect(comment).toContain('**Offline plan.** The pull request changes the host of region secondary');
    expect(run.summary).toContain('the pull request changes the host of region secondary');
  });

  it('that names another secret as a region’s token is planned offline', async () => {
    const { run, comment } = await planPullRequest((c) =>
      c.replace('env: DATABRICKS_TOKEN_PRIMARY', 'env: DATABRICKS_TOKEN_SECONDARY'),
    );
    expect(run.code).toBe(0);
    expect(emulator.requests).toEqual([]);
    expect(comment).toContain('The pull request changes how region primary authenticates');
  });

  it('from a fork on pull_request_target is never planned with the secrets it has there', async () => {
    const { run, comment } = await planPullRequest(
      (c) => `${c}\n# a harmless-looking change\n`,
      'pull_request_target',
      true,
    );
    expect(run.code).toBe(0);
    expect(emulator.requests).toEqual([]);
    expect(comment).toContain('comes from a fork and runs on pull_request_target');
  });

  it('that leaves hosts and auth as the base branch has them reads the workspaces', async () => {
    const { run, comment } = await planPullRequest((c) => `${c}\n# a comment\n`);
    expect(run.code).toBe(0);
    expect(comment).not.toContain('Offline plan');
    expect(emulator.requests.length).toBeGreaterThan(0);
    expect(emulator.writes()).toEqual([]);
  });
});
