// Finds the error result a function's span reports, and plans the result names that make it visible to the span.
import { TextEdit } from '../edit/edit';
import { FileFacts, FuncFacts } from '../symbols/program';
import { BLANK_ERROR_RESULT, resultName, SINGLE_ERROR_RESULT } from './atelSyntax';
import { literalEnd } from './goLiterals';

/** The result that holds the returned error, and the edits that name it (and its siblings) if they are unnamed. */
export interface ErrorResult {
  name: string;
  edits: TextEdit[];
}

const TYPE_KEYWORDS = new Set(['chan', 'func', 'map', 'struct', 'interface']);

/**
 * The result a deferred call can read the returned error from, when the last result is `error`. Naming results
 * changes nothing a caller or the body can see: `return x, err` assigns them before deferred calls run either way.
 *   func load(p string) (string, error)   →   func load(p string) (__atel_ret0 string, __atel_ret1 error)
 * Result lists with comments are left alone (undefined): their entries cannot be told apart by text.
 */
export function errorResult(f: FuncFacts, file: FileFacts): ErrorResult | undefined {
  const written = f.resultText;
  if (!written || /\/[/*]/.test(written)) return undefined;
  const at = f.params.close + 1;
  const start = file.text.indexOf(written, at);
  if (start < 0 || file.text.slice(at, start).trim() !== '') return undefined;
  const message = `name the results of ${f.name} for its span`;
  if (!written.startsWith('(')) {
    // One unnamed result: `error` becomes `(__atel_err error)`.
    return written === 'error'
      ? {
          name: '__atel_err',
          edits: [
            { start, end: start + written.length, newText: SINGLE_ERROR_RESULT.named, message, kind: 'error-result' },
          ],
        }
      : undefined;
  }
  const entries = resultEntries(written.slice(1, -1)).map((e) => ({ ...e, start: start + 1 + e.start }));
  if (!entries.length) return undefined;
  const declared = entries.map((e) => /^([\p{L}_][\p{L}\p{Nd}_]*)\s+(\S[\s\S]*)$/u.exec(e.text));
  const named = declared.some((m) => m && !TYPE_KEYWORDS.has(m[1]));
  const last = entries[entries.length - 1];
  if (!named) {
    if (last.text !== 'error') return undefined;
    return {
      name: resultName(entries.length - 1),
      edits: entries.map((e, i) => ({
        start: e.start,
        end: e.start,
        newText: `${resultName(i)} `,
        message,
        kind: 'error-result',
      })),
    };
  }
  const m = declared[declared.length - 1];
  if (!m || m[2] !== 'error') return undefined;
  if (m[1] !== '_') return { name: m[1], edits: [] };
  return {
    name: BLANK_ERROR_RESULT.name,
    edits: [
      { start: last.start, end: last.start + 1, newText: BLANK_ERROR_RESULT.name, message, kind: 'error-result' },
    ],
  };
}

/** The comma-separated entries of a result list's inside, trimmed, with their offsets; nested brackets and strings are skipped. */
export function resultEntries(inner: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  const push = (end: number) => {
    const raw = inner.slice(from, end);
    const text = raw.trim();
    if (text) out.push({ text, start: from + (raw.length - raw.trimStart().length) });
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"' || c === '`') i = literalEnd(inner, i);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(inner.length);
  return out;
}
