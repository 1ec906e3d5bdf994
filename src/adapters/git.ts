import { execFileSync } from 'node:child_process';
import type { Git } from '../ports/git.ts';

/** The git CLI in the workspace folder. */
export function gitCli(cwd: string): Git {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  const tryGit = (...args: string[]) => {
    try {
      return git(...args);
    } catch {
      return undefined;
    }
  };
  return {
    head: () => git('rev-parse', 'HEAD').trim(),
    tagCommit: (tag) =>
      tryGit('rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`)?.trim() || undefined,
    isOnBranch(commit, branch) {
      for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
        if (tryGit('rev-parse', '--verify', '--quiet', ref) === undefined) continue;
        return tryGit('merge-base', '--is-ancestor', commit, ref) !== undefined;
      }
      return undefined;
    },
    isClean: () => git('status', '--porcelain', '--untracked-files=normal').trim() === '',
    filesAt(commit, dir) {
      const prefix = dir === '' || dir === '.' ? '' : `${dir.replace(/\/$/, '')}/`;
      const list = tryGit('ls-tree', '-r', '--name-only', commit, '--', prefix || '.');
      if (list === undefined) return undefined;
      const files: Record<string, string> = {};
      for (const path of list.split('\n').filter(Boolean)) {
        const content = tryGit('show', `${commit}:${path}`);
        if (content !== undefined) files[path.slice(prefix.length)] = content;
      }
      return files;
    },
  };
}
