// What every hand-off rule asks of the decisions (which functions take a lent span, which can lend theirs), and the list a rule collects its entries in, one per lender and taker.
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/** A function that keeps its signature and still has a span (a new root, or a delegate of its twin): it can take a lent span. */
export function takesLentSpan(decisions: Decisions, id: string): boolean {
  const span = decisions.byId.get(id)?.span;
  return span === 'new-root' || span === 'twin';
}

/** A function with a span of its own: it can lend it while it runs. */
export function canLend(decisions: Decisions, id: string | undefined): id is string {
  const span = id === undefined ? undefined : decisions.byId.get(id)?.span;
  return span !== undefined && span !== 'none';
}

/** Hand-off entries, the first one per lender and taker kept (at the lender's first such place). */
export class HandOffList {
  readonly entries: HandOffEntry[] = [];
  private readonly seen = new Set<string>();

  add(e: HandOffEntry): void {
    const key = `${e.from}\n${e.target}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.entries.push(e);
  }
}
