import { versionOfTag } from '../core/model/release.ts';
import type { Git } from '../ports/git.ts';
import type { RunContext } from './context.ts';

export class ReleaseGuardError extends Error {
  override name = 'ReleaseGuardError';
}

/**
 * An apply deploys exactly a release: the ref is a tag that matches the release pattern and holds a
 * semantic version, the checkout is that tag's commit, that commit is on the default branch (unless
 * told otherwise), and nothing in the working tree differs from it. Returns the tag and its commit.
 */
export function checkRelease(
  ctx: RunContext,
  pattern: string,
  git: Git,
  /** The tagged commit must be in the default branch's history (a reviewed, merged change). */
  requireDefaultBranch = true,
): { release: string; commit: string } {
  if (!ctx.ref.startsWith('refs/tags/')) {
    throw new ReleaseGuardError(
      `apply runs only on a release tag, and this run is for ${ctx.ref || 'no ref'}. Push a tag matching "${pattern}" (e.g. v1.4.0) to deploy.`,
    );
  }
  const tag = ctx.ref.slice('refs/tags/'.length);
  if (!versionOfTag(tag, pattern)) {
    throw new ReleaseGuardError(
      `tag "${tag}" is not a release: expected a tag matching "${pattern}" followed by a semantic version (e.g. v1.4.0).`,
    );
  }
  const head = git.head();
  const tagCommit = git.tagCommit(tag);
  if (!tagCommit)
    throw new ReleaseGuardError(
      `tag "${tag}" is not in the checkout; check out the tag (actions/checkout does for a tag push).`,
    );
  if (head !== tagCommit || (ctx.sha && ctx.sha !== tagCommit)) {
    throw new ReleaseGuardError(
      `the checkout (${head.slice(0, 12)}) is not the commit of tag "${tag}" (${tagCommit.slice(0, 12)}): refusing to deploy anything but the tagged release.`,
    );
  }
  if (requireDefaultBranch) {
    const branch = ctx.defaultBranch;
    const onBranch = branch ? git.isOnBranch(tagCommit, branch) : undefined;
    if (onBranch === undefined)
      throw new ReleaseGuardError(
        `cannot tell whether tag "${tag}" is on the default branch${branch ? ` (${branch})` : ''}: it is not in the checkout. Use actions/checkout with fetch-depth: 0, or set release-from-default-branch: false.`,
      );
    if (!onBranch)
      throw new ReleaseGuardError(
        `tag "${tag}" (${tagCommit.slice(0, 12)}) is not on the default branch ${branch}: a release must be a merged, reviewed commit. Merge it first, or set release-from-default-branch: false.`,
      );
  }
  if (!git.isClean())
    throw new ReleaseGuardError(
      'the working tree has changes that are not in the release tag: refusing to deploy them. Deploy from a clean checkout of the tag.',
    );
  return { release: tag, commit: tagCommit };
}
