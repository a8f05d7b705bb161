// Running `go get` for the dependency phase: on a scratch copy of go.mod and go.sum (-modfile), never the module's own.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { GoGet, GoGetRequest, GoGetResult, GoVendor, GoVendorRequest, GoVendorResult } from './dependencies';
import { withoutDirectives } from './goMod';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a GoGet that runs the real go command with env (the user's: GOPROXY, GOFLAGS, GOPATH, ...). It runs in the
 * module root, so that replacements by relative directories resolve as they do for the user, with -modfile naming a
 * scratch go.mod (go.sum beside it); local modules not yet written are put in the scratch directory and the scratch
 * go.mod replaces them there, and their directory is written back as the module-relative one afterwards.
 */
export function goGetCommand(env: NodeJS.ProcessEnv = process.env): GoGet {
  return (request: GoGetRequest): GoGetResult => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-goget-'));
    try {
      let goMod = request.goMod;
      const swaps: Array<[string, string]> = [];
      let n = 0;
      for (const [dir, files] of request.localModules) {
        // dir is the replacement as go.mod spells it without a leading ./ (`.instrgen/rtlib`, `../app/.instrgen/rtlib`).
        const abs = path.join(scratch, 'local', String(n++));
        fs.mkdirSync(abs, { recursive: true });
        for (const [name, text] of files) fs.writeFileSync(path.join(abs, name), text);
        goMod = goMod.replace(new RegExp(`=>[ \\t]+(?:\\./)?${escaped(dir)}[ \\t]*$`, 'gm'), `=> ${abs}`);
        swaps.push([abs, /^\.\.\//.test(dir) ? dir : `./${dir}`]);
      }
      for (const [mod, dir] of request.workspace) goMod += `\nreplace ${mod} => ${dir}\n`;
      const modFile = path.join(scratch, 'go.mod');
      const sumFile = path.join(scratch, 'go.sum');
      fs.writeFileSync(modFile, goMod);
      if (request.goSum !== undefined) fs.writeFileSync(sumFile, request.goSum);
      // -mod=mod whatever GOFLAGS says (go get cannot work with -mod=vendor); GOWORK=off: this module alone.
      const r = spawnSync('go', ['get', `-modfile=${modFile}`, ...request.args], {
        cwd: request.root,
        env: {
          ...env,
          GOFLAGS: [...(env.GOFLAGS ?? '').split(/\s+/).filter((f) => f && !f.startsWith('-mod=')), '-mod=mod'].join(
            ' ',
          ),
          GOWORK: 'off',
        },
        encoding: 'utf8',
        timeout: 10 * 60 * 1000,
      });
      if (r.error) return { ok: false, output: `cannot run go: ${r.error.message}; install Go, or use --no-go-get` };
      if (r.status !== 0) return { ok: false, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
      let newMod = fs.readFileSync(modFile, 'utf8');
      newMod = withoutDirectives(newMod, new Map(), request.workspace);
      for (const [abs, rel] of swaps) newMod = newMod.split(abs).join(rel);
      const newSum = fs.existsSync(sumFile) ? fs.readFileSync(sumFile, 'utf8') : undefined;
      return { ok: true, goMod: newMod, goSum: newSum };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  };
}

/** Every regular file below dir, module-relative to base, as text. */
function treeTexts(dir: string, base: string, out = new Map<string, string>()): Map<string, string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) treeTexts(abs, base, out);
    else if (e.isFile()) out.set(path.relative(base, abs).split(path.sep).join('/'), fs.readFileSync(abs, 'utf8'));
  }
  return out;
}

/**
 * Returns a GoVendor that copies the module (without .git and vendor/) to a scratch directory, puts the given files
 * in place, runs `go mod vendor` there and reads the vendor/ tree it wrote.
 */
export function goVendorCommand(env: NodeJS.ProcessEnv = process.env): GoVendor {
  return (request: GoVendorRequest): GoVendorResult => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-vendor-'));
    try {
      const copy = path.join(scratch, 'module');
      fs.cpSync(request.root, copy, {
        recursive: true,
        filter: (src) => !/[/\\](\.git|vendor)$/.test(path.relative(request.root, src) === '' ? '' : src),
      });
      for (const [file, text] of request.files) {
        const abs = path.join(copy, ...file.split('/'));
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text);
      }
      // -e: a package some other platform needs and the module cache lacks must not stop vendoring for this one;
      // what the go command reports is passed on as a warning.
      const r = spawnSync('go', ['mod', 'vendor', '-e'], {
        cwd: copy,
        env: { ...env, GOFLAGS: '-mod=mod', GOWORK: 'off' },
        encoding: 'utf8',
        timeout: 10 * 60 * 1000,
      });
      if (r.error) return { ok: false, output: `cannot run go: ${r.error.message}` };
      if (r.status !== 0) return { ok: false, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
      return {
        ok: true,
        vendor: treeTexts(path.join(copy, 'vendor'), copy),
        output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(),
      };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  };
}
