// The command that regenerates src/stdlib/interfaces.json from a Go installation's standard library source.
// Usage: npx tsx scripts/stdlib-interfaces.ts [GOROOT]   (default: `go env GOROOT`)
// The scanning lives in src/symbols/stdlibInterfaceScan.ts (it parses) so the test (under tsconfig's rootDir `src`) can re-run it.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { formatStdlibInterfaces, goRootFromGo, scanStdlibInterfaces } from '../src/symbols/stdlibInterfaceScan';

export {
  formatStdlibInterfaces,
  goRootFromGo,
  scanStdlibInterfaces,
  stdlibInterfaces,
} from '../src/symbols/stdlibInterfaceScan';

/** Where the committed table lives. */
export const TABLE_PATH = path.resolve(__dirname, '..', 'src', 'stdlib', 'interfaces.json');

function main(argv: string[]): void {
  const goroot = argv[0] ?? goRootFromGo();
  const started = Date.now();
  const scan = scanStdlibInterfaces(goroot);
  writeFileSync(TABLE_PATH, formatStdlibInterfaces(scan.table));
  console.error(
    `stdlib-interfaces: ${scan.packages} packages scanned (${scan.files} files parsed), ` +
      `${scan.table.interfaces.length} interfaces found in ${scan.table.generatedFrom}, ` +
      `wrote ${path.relative(process.cwd(), TABLE_PATH)} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`stdlib-interfaces: ${(e as Error).message}`);
    process.exit(1);
  }
}
