// The edit phase's work on each file a plan changes, run on the parse workers: the plan's edits applied, the new text
// parsed and laid out as gofmt would, and the syntax errors of that parse handed back for the output check.
import { parseGo } from '../parse/parse';
import { runEach, WorkerTask } from '../parse/parallel';
import { layoutFacts } from '../symbols/layoutFacts';
import { applyEdits } from './applyEdits';
import { TextEdit } from './edit';
import { gofmtLayout, Rewritten, touchedPlaces } from './gofmtLayout';

/** One file to rewrite: its text and the edits planned against it. Plain data: it goes to a worker thread. */
export interface FileRewrite {
  text: string;
  edits: TextEdit[];
}

/**
 * The text `edits` make of `text`, laid out as gofmt would around what they touched (the argument lists that gained a
 * context are those of `pass-context` edits, which insert right after the `(`), with its syntax errors.
 */
export function rewrittenText({ text, edits }: FileRewrite): Rewritten {
  const edited = applyEdits(text, edits);
  const lists = edits.filter((e) => e.kind === 'pass-context').map((e) => e.start - 1);
  const parsed = parseGo(edited);
  const out = gofmtLayout(edited, touchedPlaces(edits, text, lists), layoutFacts(edited, parsed));
  // A worker frees the arrays now rather than at its next full collection.
  parsed.tree.release();
  return out;
}

const rewrittenTextTask: WorkerTask = { module: __filename, fn: 'rewrittenText' };

/**
 * rewrittenText of every file, in order, on the parse workers: the parse and the layout of each output are the edit
 * phase's work, and this thread only waits (or does it all for few files, or without workers).
 */
export function rewrittenTexts(files: readonly FileRewrite[]): Rewritten[] {
  const out: Rewritten[] = new Array(files.length);
  runEach<FileRewrite, Rewritten>(rewrittenTextTask, files, (f) => f.text.length, (i, r) => (out[i] = r));
  return out;
}
