// Snapshots of a directory tree for the CLI tests: every entry's exact bytes and mode (and mtime when asked), so that
// a write, a rewrite or a leftover shows up when two snapshots are compared.
import * as fs from 'fs';
import * as path from 'path';

/** Every file and directory below dir with its exact bytes (latin1, one char per byte), mode and, with times, mtime. */
export function snapshot(dir: string, withTimes: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p, { bigint: true });
      const rel = path.relative(dir, p);
      if (e.isDirectory()) {
        out[rel + '/'] = 'dir';
        walk(p);
      } else if (e.isFIFO()) out[rel] = 'fifo';
      else
        out[rel] =
          `${fs.readFileSync(p).toString('latin1')} mode ${(st.mode & 0o777n).toString(8)}${withTimes ? ` mtime ${st.mtimeNs}` : ''}`;
    }
  };
  walk(dir);
  return out;
}

/** Path relative to dir → exact bytes (latin1) of every file below dir, but those `skip` says to leave out. */
export function bytesTree(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rel, v] of Object.entries(snapshot(dir, false)))
    if (v !== 'dir' && !skip(rel)) out[rel] = v.replace(/ mode \d+$/, '');
  return out;
}
