import { collectAfterPhase, collector } from './collector';

// The pipeline's collection after a phase must work without --expose-gc (the CLI runs without it; so does jest).
describe('collectAfterPhase', () => {
  it('frees a dropped structure at once when it was made from enough text', () => {
    expect(collector()).toBeDefined();
    let rows: number[][] | undefined = Array.from({ length: 200_000 }, (_, i) => [i, i + 1, i + 2, i + 3]);
    const held = process.memoryUsage().heapUsed;
    expect(rows.length).toBe(200_000);
    rows = undefined;
    collectAfterPhase(1 << 20);
    // ~200 K arrays of four numbers: well over 10 MB of heap, gone after the collection.
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(10 << 20);
    void rows;
  });
});
