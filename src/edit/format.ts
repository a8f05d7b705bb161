// Planned edits as text, one per line with its position: the `dump --stage edits` view.
import { formatPosition } from '../diagnostics/diagnostic';
import { LineIndex } from '../parse/positions';
import { FileEdits } from './edit';

export function editsText(plan: readonly FileEdits[], texts: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  for (const fe of plan) {
    const index = new LineIndex(texts.get(fe.file) ?? '');
    for (const e of [...fe.edits].sort((a, b) => a.start - b.start)) {
      const p = index.position(e.start);
      const removed = e.end > e.start ? ` replacing ${JSON.stringify(texts.get(fe.file)!.slice(e.start, e.end))}` : '';
      lines.push(`${formatPosition({ file: fe.file, ...p })}: ${e.message}: ${JSON.stringify(e.newText)}${removed}`);
    }
  }
  return lines.join('\n') + '\n';
}
