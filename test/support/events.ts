/** Real webhook payloads (@octokit/webhooks-examples), pointed at a test repo's commits. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;
const prExample = examples
  .find((e) => e.name === 'pull_request')
  ?.examples.find((x) => x.action === 'synchronize') as Record<string, unknown>;
const pushExample = examples
  .find((e) => e.name === 'push')
  ?.examples.find((x) => String(x.ref).startsWith('refs/tags/')) as Record<string, unknown>;

/** A real pull_request payload, pointed at this repo's base and head commits. */
export function prPayload(number: number, base: string, head: string, fork = false) {
  const pr = structuredClone(prExample.pull_request) as Record<string, Record<string, unknown>>;
  pr.number = number as never;
  pr.base = { ...pr.base, sha: base, repo: { ...(pr.base?.repo as object), full_name: 'acme/live-config' } };
  pr.head = {
    ...pr.head,
    sha: head,
    repo: { ...(pr.head?.repo as object), full_name: fork ? 'stranger/live-config' : 'acme/live-config' },
  };
  return { ...prExample, number, pull_request: pr };
}

export function pushPayload(ref: string, sha: string) {
  // The test repos' default branch is main (the example payload's is master).
  const repository = { ...(pushExample.repository as object), default_branch: 'main' };
  return { ...pushExample, ref, after: sha, repository };
}
