// Every file of a module as text, for writing a complete copy with --out.
import * as path from 'path';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from '../load/fileSystem';

/** Runs a read, turning an OS error into an input error that names the path (as the load phase does). */
function reading<T>(p: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new InstrgenError([{ code: Codes.Unreadable, severity: 'error', message: `${p}: cannot read${what}: ${(e as Error).message}` }]);
  }
}

/** Module-relative path → text of every file below root (not .git), and the files left out as not being text. */
export function moduleTree(fs: FileSystem, root: string): { files: Map<string, string>; skipped: string[] } {
  const files = new Map<string, string>();
  const skipped: string[] = [];
  const walk = (rel: string) => {
    const dir = rel ? path.join(root, rel) : root;
    for (const e of reading(dir, ' directory', () => fs.readDir(dir))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink) {
        skipped.push(r);
        continue;
      }
      if (e.isDirectory) {
        if (e.name !== '.git') walk(r);
        continue;
      }
      const abs = path.join(root, r);
      const text = reading(abs, '', () => fs.readFile(abs));
      // Text that does not survive a UTF-8 round trip is binary: copying it as text would change it.
      if (text.includes('\uFFFD') && fs.readBytes && Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(reading(abs, '', () => fs.readBytes!(abs)))) !== 0) skipped.push(r);
      else files.set(r, text);
    }
  };
  walk('');
  return { files, skipped };
}
