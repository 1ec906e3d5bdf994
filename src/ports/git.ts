/** The checkout the action runs in, as far as the release guard and the offline plan need it. */
export interface Git {
  /** The commit checked out. */
  head(): string;
  /** The commit a tag points at, or undefined when there is no such tag. */
  tagCommit(tag: string): string | undefined;
  /**
   * Whether `commit` is in the history of `branch` (the remote-tracking branch, else the local one);
   * undefined when the checkout has neither.
   */
  isOnBranch(commit: string, branch: string): boolean | undefined;
  /** Whether the working tree has no changes (tracked or untracked). */
  isClean(): boolean;
  /** Every file under `dir` at `commit`, by path relative to `dir`; undefined when the commit is not fetched. */
  filesAt(commit: string, dir: string): Record<string, string> | undefined;
}
