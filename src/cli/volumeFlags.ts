// The volume flags (--include, --exclude, --max-depth, --skip-trivial[=N]): their yargs options, and the settings they make.
import { Argv } from 'yargs';
import { DEFAULT_TRIVIAL_STATEMENTS, VolumeSettings } from '../load/config';
import { globRegExp } from '../plan/volume';
import { UsageError } from './env';

const GLOBS =
  'Globs match package paths and function ids (example.com/app.(*Server).Handle): a function matches when its package path or its id does ' +
  '(a function literal: that of the function holding it). * matches within a path segment (no /), ** across segments, ? one character, \\ quotes the next; ' +
  'a /** segment (or /... at the end) also matches nothing: example.com/app/gen/** is that package and every one below; ./ stands for the module path';

export const withVolume = <T>(y: Argv<T>) =>
  y
    .option('exclude', {
      type: 'string',
      array: true,
      requiresArg: true,
      describe: `leave out functions matching this glob (repeatable): no span, no new parameter, and the walk from the roots stops there, as at //instrgen:ignore. ${GLOBS}`,
    })
    .option('include', {
      type: 'string',
      array: true,
      requiresArg: true,
      describe:
        'instrument only functions matching one of these globs (repeatable; same syntax); the walk goes on through the others, which keep their signatures, so an included function called from one starts a trace of its own',
    })
    .option('max-depth', {
      type: 'number',
      requiresArg: true,
      describe:
        'instrument only functions at most N calls from a root: 0 is the roots alone, 1 the roots and what they call (a function literal counts with the function holding it, an interface call once)',
    })
    .option('skip-trivial', {
      type: 'number',
      describe: `give no span and no new parameter to a reached function that calls nothing instrumented and has at most N statements (nested ones counted; default ${DEFAULT_TRIVIAL_STATEMENTS}); not methods implementing a module interface`,
    })
    .group(
      ['exclude', 'include', 'max-depth', 'skip-trivial'],
      'Volume (flags override instrgen.yaml at the module root; //instrgen:entry and //instrgen:ignore win):',
    );

/**
 * `--skip-trivial` with no number after it: the default count, written out so that a package pattern after the flag
 * (`--skip-trivial ./...`) stays a pattern.
 */
export function withSkipTrivialDefault(argv: string[]): string[] {
  return argv.flatMap((a, i) =>
    a === '--skip-trivial' && !/^\d+$/.test(argv[i + 1] ?? '') ? [`--skip-trivial=${DEFAULT_TRIVIAL_STATEMENTS}`] : [a],
  );
}

/** The settings the flags make (undefined for a flag not given); a bad glob or count is a usage error. */
export function volumeFlags(a: {
  exclude?: string[];
  include?: string[];
  maxDepth?: number;
  skipTrivial?: number;
}): VolumeSettings {
  const globs = (flag: string, patterns: string[] | undefined) =>
    patterns?.map((pattern) => {
      const r = globRegExp(pattern, 'example.com/m');
      if (!(r instanceof RegExp)) throw new UsageError(`${flag} '${pattern}': ${r.error} (at character ${r.at + 1})`);
      return { pattern, source: flag };
    });
  const count = (flag: string, n: number | undefined) => {
    if (n !== undefined && !(Number.isSafeInteger(n) && n >= 0))
      throw new UsageError(`${flag}: expected a whole number of 0 or more`);
    return n;
  };
  return {
    exclude: globs('--exclude', a.exclude),
    include: globs('--include', a.include),
    maxDepth: count('--max-depth', a.maxDepth),
    skipTrivial: count('--skip-trivial', a.skipTrivial),
  };
}
