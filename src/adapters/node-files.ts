import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileGlob } from '../core/load/glob.ts';
import { type FileSource, MAX_FILE_BYTES, OutsideRootError, TooLargeError } from '../ports/files.ts';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** The live-config repo on disk, rooted at the folder that holds codeploy.yml. */
export function nodeFileSource(root: string): FileSource {
  return {
    read(path) {
      try {
        const realRoot = realpathSync(root);
        // Symbolic links are followed only as far as the config folder: a link to a file outside it
        // (a deployer's environment, a key) is refused, never read or uploaded.
        const real = realpathSync(join(root, path));
        if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new OutsideRootError(path);
        const { size } = statSync(real);
        if (size > MAX_FILE_BYTES) throw new TooLargeError(path, size);
        return readFileSync(real, 'utf8');
      } catch (err) {
        if (
          (err as NodeJS.ErrnoException).code === 'ENOENT' ||
          (err as NodeJS.ErrnoException).code === 'EISDIR'
        )
          return undefined;
        throw err;
      }
    },
    list(globs) {
      const patterns = globs.map(compileGlob);
      return walk(root)
        .map((abs) => relative(root, abs).split(sep).join('/'))
        .filter((rel) => patterns.some((match) => match(rel)))
        .sort();
    },
  };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile())) out.push(full);
  }
  return out;
}
