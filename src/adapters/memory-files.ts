import { compileGlob } from '../core/load/glob.ts';
import { type FileSource, MAX_FILE_BYTES, TooLargeError } from '../ports/files.ts';

/** A live-config repo held in memory: for tests, and for a base version read from git history. */
export function memoryFileSource(files: Record<string, string>): FileSource {
  return {
    read(path) {
      const text = files[path];
      const bytes = text === undefined ? 0 : Buffer.byteLength(text);
      if (bytes > MAX_FILE_BYTES) throw new TooLargeError(path, bytes);
      return text;
    },
    list(globs) {
      const patterns = globs.map(compileGlob);
      return Object.keys(files)
        .filter((f) => patterns.some((match) => match(f)))
        .sort();
    },
  };
}
