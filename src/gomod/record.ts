// The record of what inject added outside Go sources (go.mod lines, go.sum lines, files), and prune's use of it.
import { createHash } from 'crypto';
import { withoutDirectives } from './goMod';

/** Module-relative path of the record; the directory is instrgen's own, like a code generator's output. */
export const RECORD_FILE = '.instrgen/added.json';

/** Where instrgen puts the runtime library when the module has none: a module of its own that go.mod replaces. */
export const RUNTIME_MODULE_DIR = '.instrgen/rtlib';

export interface AddedRecord {
  note: string;
  /** Files inject created, with the hash of what it wrote: a file the user changed since is kept. */
  files: Array<{ path: string; sha256: string }>;
  goMod?: {
    /** go.mod as it was, restored byte for byte when go.mod is still as inject left it. */
    before: string;
    afterSha256: string;
    /** Requirements and replacements inject added, taken out one by one when go.mod changed since. */
    requires: Record<string, string>;
    replaces: Record<string, string>;
  };
  goSum?: {
    /** null: there was no go.sum. */
    before: string | null;
    afterSha256: string;
    added: string[];
  };
  /** Other files inject changed (vendor/modules.txt, vendored packages): put back while still as inject left them. */
  changed?: Array<{ path: string; before: string; afterSha256: string }>;
  /** Files inject deleted (vendored packages no longer needed): put back while absent. */
  deleted?: Array<{ path: string; before: string }>;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const NOTE = 'Written by instrgen ./... : what it added besides Go code, so that instrgen prune can take it out again.';

/** The record's text for what inject adds: files created, and go.mod and go.sum before and after. */
export function recordText(
  added: ReadonlyMap<string, string>,
  goMod: { before: string; after: string; requires: Map<string, string>; replaces: Map<string, string> } | undefined,
  goSum: { before: string | undefined; after: string } | undefined,
  others: {
    changed: Array<{ path: string; before: string; after: string }>;
    deleted: Array<{ path: string; before: string }>;
  } = { changed: [], deleted: [] },
): string {
  const byPath = <T extends { path: string }>(xs: T[]) => [...xs].sort((a, b) => (a.path < b.path ? -1 : 1));
  const record: AddedRecord = {
    note: NOTE,
    files: [...added].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, text]) => ({ path: p, sha256: sha256(text) })),
  };
  if (others.changed.length)
    record.changed = byPath(others.changed).map((c) => ({
      path: c.path,
      before: c.before,
      afterSha256: sha256(c.after),
    }));
  if (others.deleted.length) record.deleted = byPath(others.deleted);
  if (goMod && goMod.before !== goMod.after)
    record.goMod = {
      before: goMod.before,
      afterSha256: sha256(goMod.after),
      requires: Object.fromEntries(goMod.requires),
      replaces: Object.fromEntries(goMod.replaces),
    };
  if (goSum && (goSum.before ?? '') !== goSum.after) {
    const had = new Set(lines(goSum.before ?? ''));
    record.goSum = {
      before: goSum.before ?? null,
      afterSha256: sha256(goSum.after),
      added: lines(goSum.after).filter((l) => !had.has(l)),
    };
  }
  return JSON.stringify(record, null, 2) + '\n';
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/** What undoing a record does: new texts (go.mod, go.sum), files to remove, and files kept because they changed. */
export interface Undo {
  texts: Map<string, string>;
  removed: string[];
  kept: string[];
}

/**
 * Undoes what the record says inject added, given the current texts of go.mod, go.sum and the added files
 * (undefined: absent). A file still as inject wrote it is removed; go.mod and go.sum still as inject left them go
 * back byte for byte; changed since, only the lines inject added are taken out.
 */
export function undoRecord(record: AddedRecord, current: (file: string) => string | undefined): Undo {
  const undo: Undo = { texts: new Map(), removed: [], kept: [] };
  for (const f of record.files) {
    const text = current(f.path);
    if (text === undefined) continue;
    if (sha256(text) === f.sha256) undo.removed.push(f.path);
    else undo.kept.push(f.path);
  }
  const goMod = current('go.mod');
  if (record.goMod && goMod !== undefined) {
    const restored =
      sha256(goMod) === record.goMod.afterSha256
        ? record.goMod.before
        : withoutDirectives(
            goMod,
            new Map(Object.entries(record.goMod.requires)),
            new Map(Object.entries(record.goMod.replaces)),
          );
    if (restored !== goMod) undo.texts.set('go.mod', restored);
  }
  const goSum = current('go.sum');
  if (record.goSum && goSum !== undefined) {
    if (sha256(goSum) === record.goSum.afterSha256) {
      if (record.goSum.before === null) undo.removed.push('go.sum');
      else if (record.goSum.before !== goSum) undo.texts.set('go.sum', record.goSum.before);
    } else {
      // Changed since: only the sums of modules inject added to go.mod go. Other lines it added may be what the
      // user's own additions need now, and a go.sum line too many is harmless where one too few stops the build.
      const added = new Set(record.goSum.added);
      const ours = new Set(
        Object.entries(record.goMod?.requires ?? {}).flatMap(([m, v]) => [`${m} ${v}`, `${m} ${v}/go.mod`]),
      );
      const kept = goSum.split('\n').filter((l) => !(added.has(l) && ours.has(l.split(' ').slice(0, 2).join(' '))));
      const text = kept.join('\n');
      if (text !== goSum) undo.texts.set('go.sum', text);
    }
  }
  for (const c of record.changed ?? []) {
    const text = current(c.path);
    if (text !== undefined && sha256(text) === c.afterSha256) undo.texts.set(c.path, c.before);
  }
  for (const d of record.deleted ?? []) if (current(d.path) === undefined) undo.texts.set(d.path, d.before);
  undo.removed.push(RECORD_FILE);
  return undo;
}

/** Parses a record, or says why it cannot be used. */
export function parseRecord(text: string): AddedRecord {
  const r = JSON.parse(text) as AddedRecord;
  if (!r || !Array.isArray(r.files)) throw new Error('not an instrgen record');
  return r;
}
