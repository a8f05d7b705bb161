// The V8 settings the instrgen command runs with: set from inside the process (a bin script cannot pass node flags),
// before the pipeline's code first runs; worker threads started afterwards share them.
import { setFlagsFromString } from 'v8';

/**
 * Functions are optimized later than V8's default (its interrupt budget, 66 KB of bytecode run between two looks at a
 * function's heat, set ~15× higher).
 * Why: on a short run the optimizing compiler costs more than it saves. On x/tools (3.7 s) V8's helper threads took
 * 2.7 of 6.6 CPU-s, most of it compiling in the symbols phase (with --no-opt they took 0.3, but the main thread ran
 * twice as long). A budget of 400 K made the run 5-10 % shorter (5 alternating pairs); 1 M takes another 3.5 % off
 * the wall time, 9 % off the CPU time and 13 MB off the peak RSS (4.15 s, 6.45 CPU-s, 248 MB against 4.30 s,
 * 7.12 CPU-s, 261 MB: medians of 6 alternating pairs, 6 of them faster; 2.5 M is no better). On Go's std+cmd (40 s)
 * the run time is unchanged by either (2 pairs each).
 */
export const V8_FLAGS = ['--interrupt-budget=1000000'];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
