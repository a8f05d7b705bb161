// --overlay: the instrumented build without touching the module, through the go command's -overlay and -modfile.
import * as path from 'path';
import type { FileSystem } from '../load/fileSystem';
import { writeOutTree } from './write';

/** Where inject puts the runtime library in the module, and where the overlay directory holds it instead. */
export interface OverlayLayout {
  /** Module-relative directory of the runtime library's module (`.instrgen/rtlib`). */
  runtimeDir: string;
  /** Module-relative files written only for prune (the record), which an overlay build does not need. */
  pruneOnly: string[];
}

/**
 * Writes into outDir (outside the module, absent or empty; all or nothing, as --out) what `go build -overlay
 * outDir/overlay.json [-modfile outDir/go.mod]` needs to build the instrumented module from its pristine files:
 * every changed Go file under outDir/src, overlay.json mapping the module's paths to them (deleted files to ""),
 * and, when go.mod changes, the new go.mod and go.sum, whose replacement of the runtime library points at outDir/rtlib,
 * where its files go (a replacement directory must be real: the go command reads go.mod files outside overlays).
 * Returns the go flags to use.
 */
export function writeOverlay(
  fs: FileSystem,
  root: string,
  outDir: string,
  after: ReadonlyMap<string, string>,
  removed: readonly string[],
  currentGoSum: string | undefined,
  layout: OverlayLayout,
): string {
  const out = path.resolve(outDir);
  const files = new Map<string, string>();
  const replace: Record<string, string> = {};
  const runtimePrefix = layout.runtimeDir + '/';
  for (const [file, text] of [...after].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (layout.pruneOnly.includes(file) || file === 'go.sum') continue;
    if (file === 'go.mod') {
      files.set('go.mod', text.split(`=> ./${layout.runtimeDir}`).join(`=> ${path.join(out, 'rtlib')}`));
      files.set('go.sum', after.get('go.sum') ?? currentGoSum ?? '');
    } else if (file.startsWith(runtimePrefix)) files.set(`rtlib/${file.slice(runtimePrefix.length)}`, text);
    else {
      files.set(`src/${file}`, text);
      replace[path.join(root, ...file.split('/'))] = path.join(out, 'src', ...file.split('/'));
    }
  }
  for (const file of removed) if (file.endsWith('.go')) replace[path.join(root, ...file.split('/'))] = '';
  files.set('overlay.json', JSON.stringify({ Replace: replace }, null, 2) + '\n');
  writeOutTree(fs, root, out, files);
  return [
    `-overlay ${path.join(out, 'overlay.json')}`,
    ...(files.has('go.mod') ? [`-modfile ${path.join(out, 'go.mod')}`] : []),
  ].join(' ');
}
