import { globToRegExp } from '../core/load/glob.ts';
import type { FileSource } from '../ports/files.ts';

/** A live-config repo held in memory: for tests, and for a base version read from git history. */
export function memoryFileSource(files: Record<string, string>): FileSource {
  return {
    read: (path) => files[path],
    list(globs) {
      const patterns = globs.map(globToRegExp);
      return Object.keys(files)
        .filter((f) => patterns.some((p) => p.test(f)))
        .sort();
    },
  };
}
