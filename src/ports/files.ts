/**
 * The core reads the live-config repo only through this interface, so every rule runs in-process in
 * tests. Paths are relative to the folder of `codeploy.yml`, with `/` separators.
 */
export interface FileSource {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Files matching any of the globs (`**`, `*`, `?`, `{a,b}`), sorted. */
  list(globs: readonly string[]): string[];
}
