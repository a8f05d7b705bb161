// All-or-nothing output: rewriting module files in place, or writing a complete instrumented copy of a module.
import * as path from 'path';
import type { FileSystem } from '../load/fileSystem';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';

/** A file's new text; file is module-relative with forward slashes. */
export interface FileChange {
  file: string;
  text: string;
}

/** The suffix of every temporary name instrgen creates; a leftover one is always safe to delete. */
export function tempSuffix(pid: number = process.pid): string {
  return `.instrgen-tmp-${pid}`;
}

/**
 * Rewrites module files in place so that either every change lands or no file changes.
 *
 * Nothing is touched until every path has been checked: a path that is absolute, has a `..`
 * segment, or whose real path (symlinks resolved) leaves the module root is refused with
 * OutsideRoot. Then each new text goes to `.<name>.instrgen-tmp-<pid>` beside the file it
 * replaces, with the original's mode, and only when all are written is each renamed over its
 * target; rename is atomic, so a reader (or a crash) sees the old or the new file, never half of
 * one. If any step fails, the temp files are removed and files already renamed get their original
 * text back (kept in memory), and WriteFailed names the file and the OS error.
 *
 * A change whose file is a symlink inside the root rewrites the file it points to and keeps the
 * link. A change naming a file that does not exist creates it, and the directories it needs inside
 * the root; rollback removes them. Changes whose text equals the file's are skipped, so mtimes move
 * only for real edits. Two changes for one file are a caller bug (plain Error).
 *
 * `removals` are files to delete (files an earlier run added); the directories they leave empty go
 * too. They are deleted only after every change is in place, and put back if a later step fails.
 */
export function writeChanges(
  fs: FileSystem,
  root: string,
  changes: readonly FileChange[],
  removals: readonly string[] = [],
): void {
  const realRoot = realRootDir(fs, root);
  const createdDirs = missingDirectories(fs, root, changes);
  for (const d of createdDirs) fs.mkdirp(d);
  let targets: Target[];
  let doomed: Target[];
  try {
    targets = plannedTargets(fs, root, realRoot, changes).filter((t) => t.original !== t.text);
    doomed = plannedTargets(
      fs,
      root,
      realRoot,
      removals.map((file) => ({ file, text: '' })),
    ).filter((t) => t.original !== undefined);
  } catch (error) {
    removeDirectories(fs, createdDirs);
    throw error;
  }
  const names = new DirectoryNames(fs);
  for (const t of targets) {
    // A name already taken could be another process's file or a symlink out of the module.
    if (names.has(t.temp)) {
      throw writeFailed(
        `cannot write ${t.file}: ${t.temp} already exists; remove it (it is a leftover instrgen temp file) and retry`,
      );
    }
  }

  let current: Target | undefined;
  let written = 0; // targets[0, written) have a temp file, the last possibly partial
  let renamed = 0; // targets[0, renamed) hold their new text
  let deleted = 0; // doomed[0, deleted) are gone
  try {
    for (const t of targets) {
      current = t;
      written++;
      fs.writeFile(t.temp, t.text);
      if (t.mode !== undefined) fs.chmod(t.temp, t.mode);
    }
    for (const t of targets) {
      current = t;
      fs.rename(t.temp, t.real);
      renamed++;
    }
    for (const t of doomed) {
      current = t;
      fs.remove(t.real);
      deleted++;
    }
  } catch (error) {
    // A deleted file comes back like a rewritten one: its original is written and renamed into place.
    const back = restoredOriginals(fs, doomed.slice(0, deleted));
    const failure = failureAfterRollback(fs, targets, written, renamed, current!.file, error, back);
    removeDirectories(fs, createdDirs);
    throw failure;
  }
  removeDirectories(
    fs,
    emptiedDirectories(
      fs,
      root,
      doomed.map((t) => t.file),
    ),
  );
}

/** The directories inside root that changes need and that do not exist yet, parents first. */
function missingDirectories(fs: FileSystem, root: string, changes: readonly FileChange[]): string[] {
  const missing = new Set<string>();
  for (const c of changes) {
    const segments = moduleSegments(c.file);
    for (let i = 1; i < segments.length; i++) {
      const d = path.join(root, ...segments.slice(0, i));
      const st = fs.stat(d);
      if (st && !st.isDirectory) throw writeFailed(`cannot write ${c.file}: ${d} is not a directory`);
      if (!st) missing.add(d);
    }
  }
  return [...missing].sort((a, b) => a.length - b.length);
}

/** The directories (below root, deepest first) that the removed files leave empty. */
function emptiedDirectories(fs: FileSystem, root: string, removed: readonly string[]): string[] {
  const ancestors = new Set<string>();
  for (const file of removed) {
    const segments = moduleSegments(file);
    for (let i = 1; i < segments.length; i++) ancestors.add(path.join(root, ...segments.slice(0, i)));
  }
  // Deepest first, so that a directory is looked at after every directory below it.
  const out: string[] = [];
  for (const d of [...ancestors].sort((a, b) => b.length - a.length)) {
    try {
      if (fs.readDir(d).every((e) => out.includes(path.join(d, e.name)))) out.push(d);
    } catch {
      // Gone already, or unreadable: nothing to remove there.
    }
  }
  return out;
}

/** Removes directories (given parents first or deepest first; removed deepest first) as far as they are empty. */
function removeDirectories(fs: FileSystem, dirs: readonly string[]): void {
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      if (fs.readDir(d).length === 0) fs.remove(d);
    } catch {
      // Best effort: an empty directory left behind is harmless.
    }
  }
}

/** Undoes a failed writeChanges; returns the WriteFailed error saying what failed and what state remains. */
function failureAfterRollback(
  fs: FileSystem,
  targets: readonly Target[],
  written: number,
  renamed: number,
  file: string,
  error: unknown,
  alsoUnrestored: Array<{ file: string; error: unknown }> = [],
): InstrgenError {
  const unrestored = [...alsoUnrestored, ...restoredOriginals(fs, targets.slice(0, renamed))];
  for (const t of targets.slice(renamed, written)) removeQuietly(fs, t.temp);
  const outcome =
    unrestored.length === 0
      ? 'no file was changed'
      : `could not restore ${unrestored.map((u) => `${u.file} (${errorText(u.error)})`).join(', ')}; ` +
        'check those files; every other file is unchanged';
  return writeFailed(`cannot write ${file}: ${errorText(error)}; ${outcome}`);
}

/**
 * Writes a complete copy of the module into outDir: every file in `files` (module-relative path →
 * final text, changed or not, Go or not) plus `extraFiles` (new files such as generated helpers;
 * a path in both maps is a caller bug, plain Error). Modes of files that exist under root are kept.
 *
 * outDir must be outside root (lexically and with symlinks resolved): output inside the module
 * would become part of the module it instruments. outDir must be absent or an empty directory:
 * instrgen never deletes or mixes with files it did not write, so to re-run, delete the previous
 * output first. Everything is written to the sibling directory `<outDir>.instrgen-tmp-<pid>` and
 * then renamed to outDir in one step (on POSIX an empty outDir is replaced), so outDir never holds
 * a partial module. On failure the staged files are removed; the FileSystem interface can remove
 * directories only if its remove() can, so the error says when an empty staging directory remains.
 *
 * The FileSystem must be able to rename a directory (nodeFileSystem can).
 */
export function writeOutTree(
  fs: FileSystem,
  root: string,
  outDir: string,
  files: ReadonlyMap<string, string>,
  extraFiles: ReadonlyMap<string, string> = new Map(),
  binaryFiles: ReadonlyMap<string, Uint8Array> = new Map(),
): void {
  const realRoot = realRootDir(fs, root);
  const out = path.resolve(outDir);
  const realOut = realPathAllowingMissing(fs, out);
  for (const [where, rootDir] of [
    [out, path.resolve(root)],
    [realOut, realRoot],
  ]) {
    if (where === rootDir || isStrictlyInside(rootDir, where)) {
      throw outsideRoot(
        `output directory ${outDir} is inside the module root ${root}; choose a directory outside the module, ` +
          'or omit the output directory to rewrite the module in place',
      );
    }
  }
  const outStat = fs.stat(out);
  if (outStat !== undefined && !outStat.isDirectory) {
    throw writeFailed(`output directory ${outDir} exists and is not a directory`);
  }
  if (outStat !== undefined && listing(fs, out).length > 0) {
    throw writeFailed(
      `output directory ${outDir} is not empty; instrgen writes only into an absent or empty directory, so remove it (for example, the output of a previous run) or choose another`,
    );
  }
  const staging = out + tempSuffix();
  if (new DirectoryNames(fs).has(staging)) {
    throw writeFailed(
      `cannot write ${outDir}: ${staging} already exists; remove it (it is a leftover instrgen staging directory) and retry`,
    );
  }

  const entries: Array<{ file: string; segments: string[]; text: string | Uint8Array }> = [];
  for (const [file, text] of files) entries.push({ file, segments: moduleSegments(file), text });
  for (const [file, bytes] of binaryFiles) {
    if (!fs.writeBytes) throw new Error('this file system cannot write bytes');
    entries.push({ file, segments: moduleSegments(file), text: bytes });
  }
  for (const [file, text] of extraFiles) {
    if (files.has(file)) throw new Error(`extra file ${file} is also a module file`);
    entries.push({ file, segments: moduleSegments(file), text });
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const createdFiles: string[] = [];
  const createdDirs = new Set<string>();
  let current = outDir;
  try {
    fs.mkdirp(staging);
    createdDirs.add(staging);
    for (const e of entries) {
      current = e.file;
      const dest = path.join(staging, ...e.segments);
      for (let d = path.dirname(dest); d !== staging && !createdDirs.has(d); d = path.dirname(d)) createdDirs.add(d);
      fs.mkdirp(path.dirname(dest));
      createdFiles.push(dest);
      if (typeof e.text === 'string') fs.writeFile(dest, e.text);
      else fs.writeBytes!(dest, e.text);
      const source = fs.stat(path.join(root, ...e.segments));
      if (source?.isFile) fs.chmod(dest, source.mode & 0o7777);
    }
    current = outDir;
    fs.rename(staging, out);
    return;
  } catch (error) {
    for (const f of createdFiles) removeQuietly(fs, f);
    // Deepest first, so each directory is empty when its turn comes.
    for (const d of [...createdDirs].sort((a, b) => b.length - a.length)) removeQuietly(fs, d);
    const leftover =
      fs.stat(staging) !== undefined ? `; the empty staging directory ${staging} remains, remove it` : '';
    throw writeFailed(`cannot write ${current}: ${errorText(error)}; nothing was written to ${outDir}${leftover}`);
  }
}

interface Target {
  file: string;
  text: string;
  /** The real path that is replaced: symlinks resolved. */
  real: string;
  temp: string;
  /** undefined for a new file. */
  original: string | undefined;
  mode: number | undefined;
}

/** Returns the checked destination of every change, or throws before anything is written. */
function plannedTargets(fs: FileSystem, root: string, realRoot: string, changes: readonly FileChange[]): Target[] {
  const seen = new Map<string, string>();
  const targets: Target[] = [];
  for (const c of changes) {
    const segments = moduleSegments(c.file);
    const lexical = path.join(root, ...segments);
    const st = fs.stat(lexical);
    if (st !== undefined && !st.isFile) throw writeFailed(`cannot write ${c.file}: it is not a regular file`);
    if (st === undefined && !fs.stat(path.dirname(lexical))?.isDirectory) {
      throw writeFailed(`cannot write ${c.file}: directory ${path.dirname(lexical)} does not exist`);
    }
    // A new file's own name cannot be a symlink yet; its directory's real path decides.
    const real =
      st !== undefined
        ? realPathOf(fs, lexical)
        : path.join(realPathOf(fs, path.dirname(lexical)), path.basename(lexical));
    if (!isStrictlyInside(realRoot, real)) {
      throw outsideRoot(
        `${c.file} resolves to ${real}, outside the module root ${realRoot}; instrgen does not write through symlinks that leave the module`,
      );
    }
    const other = seen.get(real);
    if (other === c.file) throw new Error(`two changes for ${c.file}`);
    if (other !== undefined)
      throw writeFailed(`cannot write ${c.file}: it is the same file as ${other} (a symlink); change only one of them`);
    seen.set(real, c.file);
    let original: string | undefined;
    if (st !== undefined) {
      try {
        original = fs.readFile(real);
      } catch (error) {
        throw unreadable(`cannot read ${c.file}: ${errorText(error)}`);
      }
    }
    const temp = path.join(path.dirname(real), `.${path.basename(real)}${tempSuffix()}`);
    const mode = st === undefined ? undefined : st.mode & 0o7777;
    targets.push({ file: c.file, text: c.text, real, temp, original, mode });
  }
  return targets;
}

/**
 * Returns the targets whose original could not be put back, with the error. Each original is
 * written to the temp path and renamed over the file, so even the rollback never leaves a file
 * half-written; if that fails, a direct write is the last resort.
 */
function restoredOriginals(fs: FileSystem, done: readonly Target[]): Array<{ file: string; error: unknown }> {
  const failed: Array<{ file: string; error: unknown }> = [];
  for (const t of done) {
    try {
      if (t.original === undefined) {
        fs.remove(t.real);
        continue;
      }
      try {
        fs.writeFile(t.temp, t.original);
        if (t.mode !== undefined) fs.chmod(t.temp, t.mode);
        fs.rename(t.temp, t.real);
      } catch {
        removeQuietly(fs, t.temp);
        fs.writeFile(t.real, t.original);
      }
    } catch (error) {
      failed.push({ file: t.file, error });
    }
  }
  return failed;
}

/** Returns the path segments of a module-relative file, refusing any path that could leave the root. */
function moduleSegments(file: string): string[] {
  if (file.startsWith('/') || file.includes('\\') || /^[A-Za-z]:/.test(file) || path.isAbsolute(file)) {
    throw outsideRoot(`${file} is not a module-relative path; instrgen writes only inside the module root`);
  }
  const segments = file.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..'))
    throw outsideRoot(`${file} leaves the module root; instrgen writes only inside the module root`);
  if (segments.length === 0) throw outsideRoot(`${JSON.stringify(file)} does not name a file inside the module root`);
  return segments;
}

function realRootDir(fs: FileSystem, root: string): string {
  if (!fs.stat(root)?.isDirectory) throw writeFailed(`module root ${root} is not a directory`);
  return realPathOf(fs, root);
}

function realPathOf(fs: FileSystem, p: string): string {
  try {
    return fs.realPath(p);
  } catch (error) {
    throw unreadable(`cannot resolve ${p}: ${errorText(error)}`);
  }
}

/** Returns p with symlinks resolved in the part that exists; the missing tail is appended as is. */
function realPathAllowingMissing(fs: FileSystem, p: string): string {
  const tail: string[] = [];
  let dir = p;
  while (fs.stat(dir) === undefined) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    tail.unshift(path.basename(dir));
    dir = parent;
  }
  return path.join(realPathOf(fs, dir), ...tail);
}

function isStrictlyInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
}

/**
 * Answers whether a path's name is taken, even by a dangling symlink (which stat does not see),
 * listing each directory once however many paths are asked about.
 */
class DirectoryNames {
  private readonly names = new Map<string, Set<string>>();
  constructor(private readonly fs: FileSystem) {}

  has(p: string): boolean {
    if (this.fs.stat(p) !== undefined) return true;
    const dir = path.dirname(p);
    let set = this.names.get(dir);
    if (set === undefined) {
      try {
        set = new Set(this.fs.readDir(dir).map((e) => e.name));
      } catch {
        set = new Set();
      }
      this.names.set(dir, set);
    }
    return set.has(path.basename(p));
  }
}

function listing(fs: FileSystem, dir: string): string[] {
  try {
    return fs.readDir(dir).map((e) => e.name);
  } catch (error) {
    throw unreadable(`cannot read directory ${dir}: ${errorText(error)}`);
  }
}

function removeQuietly(fs: FileSystem, p: string): void {
  try {
    fs.remove(p);
  } catch {
    // Cleanup is best effort; the caller reports what could not be undone.
  }
}

/** Returns an error's message; not `instanceof Error`, which fails for errors from another realm (jest's vm). */
function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function writeFailed(message: string): InstrgenError {
  return new InstrgenError([{ code: Codes.WriteFailed, severity: 'error', message }]);
}

function outsideRoot(message: string): InstrgenError {
  return new InstrgenError([{ code: Codes.OutsideRoot, severity: 'error', message }]);
}

function unreadable(message: string): InstrgenError {
  return new InstrgenError([{ code: Codes.Unreadable, severity: 'error', message }]);
}
