// Proves the Go harness: plain programs build and run, rtlib builds and writes real spans, and failures are reported rather than thrown.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  buildAndRun,
  goAvailable,
  goEnvironment,
  GO_COMMAND_TIMEOUT_MS,
  goRunReport,
  handInstrumentedModule,
  REPO_ROOT,
  requireGoToolchain,
  runCommand,
} from './goToolchain';
import { parseTraces } from '../traces/spans';
import { traceShape } from '../traces/tree';

describe('goToolchain', () => {
  test('Go and the OTel sources are installed (run scripts/install-go.sh otherwise)', () => {
    // Failing here, not skipping, is deliberate: a machine without Go must not pass the e2e suite.
    expect(() => requireGoToolchain()).not.toThrow();
    expect(goAvailable()).toBe(true);
  });

  test('builds and runs an uninstrumented program with args and stdin, vets and tests it', async () => {
    const r = await buildAndRun({
      modulePath: 'example.com/plain',
      files: {
        'go.mod': 'module example.com/plain\n\ngo 1.19\n',
        'main.go': `package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"example.com/plain/greet"
)

func main() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\\n')
	fmt.Println(greet.Hello(strings.TrimSpace(line)), strings.Join(os.Args[1:], ","))
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(7)
}
`,
        'greet/greet.go': 'package greet\n\n// Hello greets.\nfunc Hello(n string) string { return "hello " + n }\n',
        'greet/greet_test.go':
          'package greet\n\nimport "testing"\n\nfunc TestHello(t *testing.T) {\n\tif Hello("x") != "hello x" {\n\t\tt.Fatal("bad")\n\t}\n}\n',
      },
      args: ['a', 'b'],
      stdin: 'gopher\n',
      vet: true,
      test: true,
    });
    expect(r.build.exitCode).toBe(0);
    expect(r.vet?.exitCode).toBe(0);
    expect(r.test?.exitCode).toBe(0);
    expect(r.test?.stdout).toMatch(/ok\s+example\.com\/plain\/greet/);
    expect(r.run).toEqual({ stdout: 'hello gopher a,b\n', stderr: 'to stderr\n', exitCode: 7, timedOut: false });
    expect(r.traces).toBeUndefined();
    if (process.env.INSTRGEN_KEEP_TMP !== '1') expect(existsSync(r.workDir)).toBe(false);
  });

  test('reports a compile error without running', async () => {
    const r = await buildAndRun({
      modulePath: 'example.com/broken',
      files: {
        'go.mod': 'module example.com/broken\n',
        'main.go': 'package main\n\nfunc main() { undefinedThing() }\n',
      },
    });
    expect(r.build.exitCode).not.toBe(0);
    expect(r.build.stderr).toContain('undefined: undefinedThing');
    expect(r.run).toBeUndefined();
    expect(goRunReport(r)).toContain('undefined: undefinedThing');
  });

  test('builds a main package in a subdirectory', async () => {
    const r = await buildAndRun({
      modulePath: 'example.com/multi',
      mainPackage: 'cmd/tool',
      files: {
        'go.mod': 'module example.com/multi\n',
        'cmd/tool/main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Print("tool") }\n',
      },
    });
    expect(r.run?.stdout).toBe('tool');
  });

  test('kills a program that runs past the timeout', async () => {
    const r = await buildAndRun({
      modulePath: 'example.com/hang',
      files: {
        'go.mod': 'module example.com/hang\n',
        'main.go': 'package main\n\nimport "time"\n\nfunc main() {\n\tfor {\n\t\ttime.Sleep(time.Second)\n\t}\n}\n',
      },
      timeoutMs: 1500,
    });
    expect(r.run?.timedOut).toBe(true);
    expect(r.run?.exitCode).toBe(-1);
  });

  test('runs the hand-instrumented program: rtlib builds, vets and writes spans', async () => {
    const mod = handInstrumentedModule();
    const r = await buildAndRun({ ...mod, vet: true, test: true });
    const report = goRunReport(r);
    expect({ build: r.build.exitCode, vet: r.vet?.exitCode, test: r.test?.exitCode, run: r.run?.exitCode }).toEqual({
      build: 0,
      vet: 0,
      test: 0,
      run: 0,
    });
    expect(r.run?.stdout).toBe('fib 3\n');
    expect(r.traces).toBeDefined();
    const spans = r.traces ?? [];
    // main, work, background, and Fib(4) makes 9 calls.
    expect(spans).toHaveLength(12);
    const shape = traceShape(spans);
    expect(shape.traceIds).toHaveLength(1);
    expect(shape.roots.map((s) => s.name)).toEqual(['main.main']);
    expect(shape.orphans).toEqual([]);
    expect(shape.edges).toEqual([
      ['lib.Fib', 'lib.Fib'],
      ['main.main', 'main.background'],
      ['main.main', 'main.work'],
      ['main.work', 'lib.Fib'],
    ]);
    expect(new Set(spans.map((s) => s.serviceName))).toEqual(new Set(['prog']));
    expect(report).toContain('12 spans');
  });

  test('INSTRGEN_TRACES_FILE redirects the spans', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'instrgen-traces-'));
    try {
      const file = path.join(dir, 'elsewhere.json');
      const r = await buildAndRun({ ...handInstrumentedModule(), env: { INSTRGEN_TRACES_FILE: file } });
      expect(r.run?.exitCode).toBe(0);
      expect(r.tracesText).toBeUndefined();
      expect(parseTraces(readFileSync(file, 'utf8'))).toHaveLength(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unwritable traces file does not stop the program', async () => {
    const r = await buildAndRun({
      ...handInstrumentedModule(),
      env: { INSTRGEN_TRACES_FILE: '/nonexistent-dir/traces.txt' },
    });
    expect(r.run).toMatchObject({ exitCode: 0, stdout: 'fib 3\n' });
    expect(r.run?.stderr).toContain('instrgen/rtlib: cannot create /nonexistent-dir/traces.txt, spans are discarded');
  });

  test('rtlib is gofmt-clean and passes go vet and its Go tests', async () => {
    const fmt = await runCommand('gofmt', ['-l', '.'], { cwd: path.join(REPO_ROOT, 'rtlib') });
    expect(fmt).toMatchObject({ exitCode: 0, stdout: '' });
    // Vetting needs rtlib at its import path inside a GOPATH.
    const gopath = mkdtempSync(path.join(os.tmpdir(), 'instrgen-vet-'));
    try {
      const rtlibCopy = path.join(gopath, 'src', 'instrgen.dev', 'rtlib');
      mkdirSync(rtlibCopy, { recursive: true });
      for (const name of readdirSync(path.join(REPO_ROOT, 'rtlib')).filter(
        (n) => n.endsWith('.go') || n.endsWith('.s'),
      )) {
        copyFileSync(path.join(REPO_ROOT, 'rtlib', name), path.join(rtlibCopy, name));
      }
      const vet = await runCommand('go', ['vet', '.'], { cwd: rtlibCopy, env: goEnvironment(gopath) });
      expect(vet).toMatchObject({ exitCode: 0, stderr: '' });
      // The other assembly (goroutine_arm64.s) is vetted too (asmdecl), and the fallback builds where there is none.
      for (const GOARCH of ['arm64', '386']) {
        const other = await runCommand('go', ['vet', '.'], {
          cwd: rtlibCopy,
          env: { ...goEnvironment(gopath), GOARCH },
        });
        expect({ GOARCH, ...other }).toMatchObject({ GOARCH, exitCode: 0, stderr: '' });
      }
      const test = await runCommand('go', ['test', '-count=1', '.'], {
        cwd: rtlibCopy,
        env: goEnvironment(gopath),
        timeoutMs: GO_COMMAND_TIMEOUT_MS,
      });
      expect({ exitCode: test.exitCode, output: test.exitCode === 0 ? '' : test.stdout + test.stderr }).toEqual({
        exitCode: 0,
        output: '',
      });
    } finally {
      rmSync(gopath, { recursive: true, force: true });
    }
  });

  test('several builds run in parallel', async () => {
    const mod = handInstrumentedModule();
    const results = await Promise.all([1, 2, 3].map(() => buildAndRun({ ...mod })));
    for (const r of results) expect(r.traces).toHaveLength(12);
    expect(new Set(results.map((r) => r.workDir)).size).toBe(3);
  });
});
