// The file system the core reads and writes through: the real one, or an in-memory one for unit tests.
import * as nodeFs from 'fs';
import * as path from 'path';
import { StringDecoder } from 'string_decoder';

export interface DirEntry {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
  isSymbolicLink: boolean;
}

/** All paths are absolute, in the host's syntax. */
export interface FileSystem {
  readFile(p: string): string;
  /** The raw bytes, to tell text that is not UTF-8. */
  readBytes?(p: string): Uint8Array;
  /** The text in pieces of about `chunkBytes` bytes, read as they are consumed: files too large to hold whole. */
  readChunks?(p: string, chunkBytes?: number): Iterable<string>;
  writeFile(p: string, text: string): void;
  /** Writes raw bytes: files that are not text (images a module embeds) are copied with this. */
  writeBytes?(p: string, data: Uint8Array): void;
  readDir(p: string): DirEntry[];
  /** undefined when nothing is there. */
  stat(p: string): { isDirectory: boolean; isFile: boolean; mode: number } | undefined;
  /** The real path with links resolved. */
  realPath(p: string): string;
  rename(from: string, to: string): void;
  remove(p: string): void;
  mkdirp(p: string): void;
  chmod(p: string, mode: number): void;
}

export const nodeFileSystem: FileSystem = {
  readFile: (p) => nodeFs.readFileSync(p, 'utf8'),
  readBytes: (p) => nodeFs.readFileSync(p),
  readChunks: function* (p, chunkBytes = 1 << 20) {
    const fd = nodeFs.openSync(p, 'r');
    try {
      const buf = Buffer.alloc(chunkBytes);
      // Keeps a UTF-8 sequence cut at a chunk boundary whole.
      const decoder = new StringDecoder('utf8');
      for (;;) {
        const n = nodeFs.readSync(fd, buf, 0, chunkBytes, null);
        if (n === 0) break;
        yield decoder.write(buf.subarray(0, n));
      }
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      nodeFs.closeSync(fd);
    }
  },
  writeFile: (p, text) => nodeFs.writeFileSync(p, text, 'utf8'),
  writeBytes: (p, data) => nodeFs.writeFileSync(p, data),
  readDir: (p) =>
    nodeFs.readdirSync(p, { withFileTypes: true }).map((e) => ({
      name: e.name,
      isDirectory: e.isDirectory(),
      isFile: e.isFile(),
      isSymbolicLink: e.isSymbolicLink(),
    })),
  stat: (p) => {
    try {
      const s = nodeFs.statSync(p);
      return { isDirectory: s.isDirectory(), isFile: s.isFile(), mode: s.mode };
    } catch {
      return undefined;
    }
  },
  realPath: (p) => nodeFs.realpathSync(p),
  rename: (a, b) => nodeFs.renameSync(a, b),
  remove: (p) => nodeFs.rmSync(p, { recursive: true, force: true }),
  mkdirp: (p) => void nodeFs.mkdirSync(p, { recursive: true }),
  chmod: (p, mode) => nodeFs.chmodSync(p, mode),
};

/** An in-memory file system holding text files under absolute POSIX paths. */
export function memoryFileSystem(files: Record<string, string> = {}): FileSystem & { files: Map<string, string> } {
  const store = new Map<string, string>(Object.entries(files));
  const modes = new Map<string, number>();
  const dirs = new Set<string>(['/']);
  const addParents = (p: string) => {
    for (let d = path.posix.dirname(p); !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  };
  for (const p of store.keys()) addParents(p);
  const missing = (p: string): never => {
    const e = new Error(`ENOENT: no such file or directory, '${p}'`) as NodeJS.ErrnoException;
    e.code = 'ENOENT';
    throw e;
  };
  return {
    files: store,
    readFile: (p) => store.get(p) ?? missing(p),
    writeFile: (p, text) => {
      if (!dirs.has(path.posix.dirname(p))) missing(p);
      store.set(p, text);
    },
    readDir: (p) => {
      if (!dirs.has(p)) missing(p);
      const names = new Map<string, boolean>();
      const prefix = p.endsWith('/') ? p : p + '/';
      for (const f of store.keys())
        if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) names.set(f.slice(prefix.length), false);
      for (const d of dirs)
        if (d.startsWith(prefix) && d !== p && !d.slice(prefix.length).includes('/'))
          names.set(d.slice(prefix.length), true);
      return [...names]
        .sort()
        .map(([name, isDir]) => ({ name, isDirectory: isDir, isFile: !isDir, isSymbolicLink: false }));
    },
    stat: (p) =>
      store.has(p)
        ? { isDirectory: false, isFile: true, mode: modes.get(p) ?? 0o644 }
        : dirs.has(p)
          ? { isDirectory: true, isFile: false, mode: 0o755 }
          : undefined,
    realPath: (p) => p,
    rename: (a, b) => {
      if (dirs.has(a)) {
        // A directory: move everything below it.
        for (const f of [...store.keys()].filter((f) => f.startsWith(a + '/'))) {
          store.set(b + f.slice(a.length), store.get(f)!);
          store.delete(f);
        }
        for (const d of [...dirs].filter((d) => d === a || d.startsWith(a + '/'))) {
          dirs.delete(d);
          dirs.add(b + d.slice(a.length));
        }
        addParents(b);
        return;
      }
      const t = store.get(a) ?? missing(a);
      store.delete(a);
      store.set(b, t);
      if (modes.has(a)) modes.set(b, modes.get(a)!);
    },
    remove: (p) => {
      store.delete(p);
      for (const f of [...store.keys()]) if (f.startsWith(p + '/')) store.delete(f);
      for (const d of [...dirs]) if (d === p || d.startsWith(p + '/')) dirs.delete(d);
    },
    mkdirp: (p) => {
      dirs.add(p);
      addParents(p);
    },
    chmod: (p, mode) => void modes.set(p, mode),
  };
}
