/**
 * The core reads the live-config repo only through this interface, so every rule runs in-process in
 * tests. Paths are relative to the folder of `codeploy.yml`, with `/` separators.
 */
export interface FileSource {
  /**
   * The file's text, or undefined when there is no such file. Throws OutsideRootError when the path
   * (through a symbolic link) leads outside the folder the source is rooted at, and TooLargeError
   * when it is over MAX_FILE_BYTES: neither is read.
   */
  read(path: string): string | undefined;
  /** Files matching any of the globs (`**`, `*`, `?`, `{a,b}`), sorted. */
  list(globs: readonly string[]): string[];
}

/**
 * The largest file codeploy reads: the Workspace API imports at most 10 MB (docs.databricks.com,
 * "Workspace API: import"), and a definition file beyond it is a mistake or an attack.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file larger than MAX_FILE_BYTES: never read. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  readonly path: string;
  constructor(path: string, bytes: number) {
    super(
      `"${path}" is ${(bytes / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MiB codeploy reads`,
    );
    this.path = path;
  }
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
