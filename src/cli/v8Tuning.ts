// The V8 settings the instrgen command runs with: set from inside the process (a bin script cannot pass node flags),
// before the pipeline's code first runs; worker threads started afterwards share them.
import { setFlagsFromString } from 'v8';

/**
 * Functions are optimized later than V8's default (its interrupt budget, 66 KB of bytecode run between two looks at a
 * function's heat, set ~6× higher).
 * Why: on a short run the optimizing compiler costs more than it saves. On x/tools (3.7 s) V8's helper threads took
 * 2.7 of 6.6 CPU-s, most of it compiling in the symbols phase (with --no-opt they took 0.3); with this budget they take
 * 1.4, and the run is 5-10 % shorter (5 alternating pairs). On Go's std+cmd (30 s) the run time is unchanged (2 pairs)
 * and the helper threads' CPU drops by ~1.6 s.
 */
export const V8_FLAGS = ['--interrupt-budget=400000'];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
