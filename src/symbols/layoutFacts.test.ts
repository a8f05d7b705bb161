// The layout facts from a tree kept around the places the layout step reads (layoutPlaces) are those of the whole
// tree: on every testdata file and on GOROOT packages whose layout gofmt's own code exercises, with places spread
// pseudo-randomly (touched and reflowed offsets anywhere, argument lists opening anywhere).
import * as fs from 'fs';
import * as path from 'path';
import { parseGo, parseGoAround } from '../parse/parse';
import { goRootFromGo } from '../stdlib/goroot';
import { layoutFacts, layoutPlaces } from './layoutFacts';
import { goFilesUnder } from '../testing/goFilesUnder';

/** The facts of `text` at the places, as text: from the whole parse, or from one kept around the places. */
function factsAt(text: string, touched: number[], reflowed: number[], opens: number[], partial: boolean): string {
  const parsed = partial ? parseGoAround(text, layoutPlaces(text, touched, reflowed, opens)) : parseGo(text);
  const f = layoutFacts(text, parsed);
  return JSON.stringify({
    errors: f.errors,
    overlong: f.overlongBodies(touched),
    oneLine: f.oneLineDecls(),
    spacing: f.argumentSpacing(opens),
    sections: f.alignmentSections(touched, reflowed),
  });
}

/** Compares the facts on each file at places drawn from a fixed seed; the files whose facts differ. */
function differingFiles(files: string[]): { differing: string[]; nonEmpty: number } {
  let seed = 12345;
  const draw = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const differing: string[] = [];
  let nonEmpty = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const touched: number[] = [];
    const reflowed: number[] = [];
    const opens: number[] = [];
    for (let k = 1 + draw(30); k > 0; k--) {
      const o = draw(text.length + 1);
      touched.push(o);
      if (draw(3) === 0) reflowed.push(o);
    }
    for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) if (draw(8) === 0) opens.push(i);
    const whole = factsAt(text, touched, reflowed, opens, false);
    if (whole !== factsAt(text, touched, reflowed, opens, true)) differing.push(file);
    const { overlong, spacing, sections } = JSON.parse(whole);
    if (overlong.length || spacing.length || sections.keys.length || sections.comments.length) nonEmpty++;
  }
  return { differing, nonEmpty };
}

test('the facts around the places equal the whole tree’s on every testdata file', () => {
  const files = goFilesUnder(path.resolve(__dirname, '../../testdata/cases'));
  const { differing, nonEmpty } = differingFiles(files);
  expect(differing).toEqual([]);
  // The places hit real facts (not only empty answers) in many files (a third of them: most cases are small).
  expect(nonEmpty).toBeGreaterThan(files.length / 3);
});

test('the facts around the places equal the whole tree’s on GOROOT packages', () => {
  // Go is a required dependency of this project's tests: a missing `go` fails here rather than skipping the check.
  const src = path.join(goRootFromGo(), 'src');
  const files = ['go/printer', 'go/ast', 'text/tabwriter', 'net/http', 'cmd/compile/internal/ssa'].flatMap((dir) =>
    goFilesUnder(path.join(src, dir)).filter(
      (f) => !f.includes(`${path.sep}testdata${path.sep}`) && !/rewrite\w+\.go$/.test(f),
    ),
  );
  expect(files.length).toBeGreaterThan(200);
  const { differing, nonEmpty } = differingFiles(files);
  expect(differing).toEqual([]);
  expect(nonEmpty).toBeGreaterThan(files.length / 2);
});
