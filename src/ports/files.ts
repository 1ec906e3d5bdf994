/**
 * The core reads the live-config repo only through this interface, so every rule runs in-process in
 * tests. Paths are relative to the folder of `codeploy.yml`, with `/` separators.
 */
export interface FileSource {
  /**
   * The file's text, or undefined when there is no such file. Throws OutsideRootError when the path
   * (through a symbolic link) leads outside the folder the source is rooted at: never read.
   */
  read(path: string): string | undefined;
  /** Files matching any of the globs (`**`, `*`, `?`, `{a,b}`), sorted. */
  list(globs: readonly string[]): string[];
}

/** A path that leads outside the repo's config folder (a symbolic link to /proc/self/environ, say). */
export class OutsideRootError extends Error {
  override name = 'OutsideRootError';
  readonly path: string;
  constructor(path: string) {
    super(`"${path}" leads outside the config folder (a symbolic link): it is never read`);
    this.path = path;
  }
}
