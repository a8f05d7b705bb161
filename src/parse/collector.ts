// V8's garbage collection on demand, for the threads that know when a large structure has just died: parse workers
// (native trees are freed only once their wrappers are collected) and the pipeline between two phases.
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** A collection, full or minor (young generation only). */
export type Collect = (full: boolean) => void;

let found: Collect | null | undefined;

/**
 * This thread's collector, undefined if V8 will not give one. `gc` is given to a context only with --expose-gc, which
 * workers refuse on their command line: the flag set at run time exposes it to contexts made after, so one is made.
 */
export function collector(): Collect | undefined {
  if (found === undefined) {
    found = null;
    try {
      const gc: unknown =
        (globalThis as { gc?: unknown }).gc ?? (setFlagsFromString('--expose-gc'), runInNewContext('gc'));
      if (typeof gc === 'function')
        found = (full) => (gc as (options?: { type: 'minor' }) => void)(full ? undefined : { type: 'minor' });
    } catch {
      found = null;
    }
  }
  return found ?? undefined;
}

/** Below this much text (UTF-16 code units) a phase's garbage is small, and V8's own pace is cheaper. */
const MIN_UNITS = 1 << 20;

/**
 * A full collection now, where a phase has just dropped a large structure made from `units` of text (none for less
 * than MIN_UNITS: tests run the pipeline on small modules hundreds of times in one heap). Why not leave it to V8: it
 * sets the next collection's threshold at up to about twice the heap left by the last one, and on Go's std+cmd the
 * last one fell in the middle of the symbols phase, so that the call graph, plan and edit phases piled ~400 MB of
 * garbage on the facts before V8 collected again; that garbage set the run's peak RSS. One collection of the ~700 MB
 * heap costs under a second (of ~100), and the threshold it sets follows what is live after the phase.
 */
export function collectAfterPhase(units: number): void {
  if (units >= MIN_UNITS) collector()?.(true);
}
