// Tests linkedTogether: which module packages a program or test binary of the module links together.
import { linkedTogether } from './binaries';
import { FileFacts } from './program';

const file = (path: string, pkg: string, pkgName: string, importPaths: string[]): FileFacts => ({
  path,
  dir: path.slice(0, path.lastIndexOf('/')),
  pkg,
  pkgName,
  text: '',
  eol: '\n',
  generated: false,
  ignored: false,
  importInsertAt: 0,
  isTest: path.endsWith('_test.go'),
  imports: {},
  importPaths,
});

const m = 'example.com/m';
const linked = linkedTogether([
  file('cmd/a/main.go', `${m}/cmd/a`, 'main', ['fmt', `${m}/lib/x`]),
  file('cmd/b/main.go', `${m}/cmd/b`, 'main', [`${m}/lib/y`]),
  file('lib/x/x.go', `${m}/lib/x`, 'x', ['reflect', `${m}/lib/base`]),
  file('lib/y/y.go', `${m}/lib/y`, 'y', [`${m}/lib/base`]),
  file('lib/base/base.go', `${m}/lib/base`, 'base', []),
  file('lib/z/z.go', `${m}/lib/z`, 'z', []),
  file('lib/z/z_test.go', `${m}/lib/z_test`, 'z_test', [`${m}/lib/z`, `${m}/lib/w`]),
  file('lib/w/w.go', `${m}/lib/w`, 'w', []),
  file('lib/unused/u.go', `${m}/lib/unused`, 'unused', [`${m}/lib/x`]),
]);

test('packages of one program are linked; packages only in different programs are not', () => {
  expect(linked(`${m}/lib/x`, `${m}/cmd/a`)).toBe(true);
  expect(linked(`${m}/lib/x`, `${m}/lib/base`)).toBe(true);
  expect(linked(`${m}/lib/y`, `${m}/lib/base`)).toBe(true);
  expect(linked(`${m}/lib/x`, `${m}/lib/y`)).toBe(false);
  expect(linked(`${m}/cmd/a`, `${m}/cmd/b`)).toBe(false);
});

test('a test binary links the package, its external test package and what they import', () => {
  expect(linked(`${m}/lib/z`, `${m}/lib/w`)).toBe(true);
  expect(linked(`${m}/lib/z_test`, `${m}/lib/z`)).toBe(true);
  expect(linked(`${m}/lib/w`, `${m}/lib/x`)).toBe(false);
});

test('a package no program or test of the module links runs with no other package', () => {
  expect(linked(`${m}/lib/unused`, `${m}/lib/x`)).toBe(false);
  expect(linked(`${m}/lib/unused`, `${m}/lib/unused`)).toBe(true);
});
