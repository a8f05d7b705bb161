// The in-memory module the planner unit tests inject into: files under /m of module example.com/m, and what a test reads of the result.
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { explainText } from '../plan/report';

/** An in-memory file system holding `files` (paths relative to the module root /m) and the module's go.mod. */
export function moduleFs(files: Record<string, string>) {
  return memoryFileSystem(
    Object.fromEntries(
      Object.entries({ 'go.mod': 'module example.com/m\n', ...files }).map(([p, t]) => [`/m/${p}`, t]),
    ),
  );
}

/** Inject into the module of `files`: the result, a function's decision and explanation by name, and an output file. */
export function injectModule(files: Record<string, string>) {
  const r = runInject({ fs: moduleFs(files), cwd: '/m', patterns: ['./...'] });
  const d = (name: string) => r.decisions.byId.get(`example.com/m.${name}`)!;
  const explain = (name: string) => explainText(r.program, r.decisions, r.reached, `example.com/m.${name}`);
  return { r, d, explain, out: (f: string) => r.after.get(f) ?? files[f] };
}
