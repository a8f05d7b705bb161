// Every file of a module, as text or as bytes, for writing a complete copy with --out.
import * as path from 'path';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from '../load/fileSystem';

/** Runs a read, turning an OS error into an input error that names the path (as the load phase does). */
function reading<T>(p: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new InstrgenError([
      { code: Codes.Unreadable, severity: 'error', message: `${p}: cannot read${what}: ${(e as Error).message}` },
    ]);
  }
}

/**
 * Module-relative path → text of every regular text file below root (not .git), the files that are not text as
 * bytes, and the entries left out: symbolic links, pipes and sockets.
 */
export function moduleTree(
  fs: FileSystem,
  root: string,
): { files: Map<string, string>; binary: Map<string, Uint8Array>; skipped: string[] } {
  const files = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  const skipped: string[] = [];
  const walk = (rel: string) => {
    const dir = rel ? path.join(root, rel) : root;
    for (const e of reading(dir, ' directory', () => fs.readDir(dir))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory && !e.isSymbolicLink) {
        if (e.name !== '.git') walk(r);
        continue;
      }
      // Symbolic links, and pipes or sockets (reading a FIFO would wait for a writer forever), are not copied.
      if (e.isSymbolicLink || !e.isFile) {
        skipped.push(r);
        continue;
      }
      const abs = path.join(root, r);
      const text = reading(abs, '', () => fs.readFile(abs));
      // Text that does not survive a UTF-8 round trip is binary: copying it as text would change it.
      const bytes = text.includes('\uFFFD') && fs.readBytes ? reading(abs, '', () => fs.readBytes!(abs)) : undefined;
      if (bytes && Buffer.compare(Buffer.from(text, 'utf8'), Buffer.from(bytes)) !== 0) binary.set(r, bytes);
      else files.set(r, text);
    }
  };
  walk('');
  return { files, binary, skipped };
}
