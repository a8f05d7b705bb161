// Parsing many files on worker threads for a caller that stays synchronous: each worker parses its share and hands
// back compact trees as plain data (typed arrays transferred, not copied) while this thread blocks on a shared counter
// and reads the replies with receiveMessageOnPort. Outputs are those of parseGo, in the order of the texts.
import * as os from 'os';
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { CompactTree, SlabShare, slabTreeArrays, TreeArrayKey, TreeData } from './compactTree';
import { languageNames, parseGo, parseGoAround, ParsedSource, parserInput } from './parse';
import type { Around } from './partialTree';
import type { FreeSlab, ParseJob, ParseReply } from './parseWorker';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES = 64;
/** How long to wait for any reply (a worker starting, a file parsed) before parsing the rest on this thread. */
const STALL_MS = 60_000;
/**
 * Text (UTF-16 code units) sent to a worker and not yet parsed there, at most (beyond one text): while this thread
 * waits, little (the workers then finish within a short text of each other); while it works on each tree as it comes
 * (parseGoEach), enough for the workers to go on meanwhile.
 */
const AHEAD_UNITS = 1 << 16;
const AHEAD_UNITS_WHILE_USED = 1 << 20;

/** How many worker threads parse: INSTRGEN_WORKERS when set (0: none), else one per core, at most 4. */
export function parseWorkerCount(): number {
  const set = process.env.INSTRGEN_WORKERS;
  if (set !== undefined && set !== '') return Math.max(0, Math.floor(Number(set)) || 0);
  return Math.min(4, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

interface Pool {
  workers: { worker: Worker; port: MessagePort }[];
  done: Int32Array;
  /** Every worker has counted itself started. */
  ready: boolean;
}

let pool: Pool | undefined;

/** Files parsed on worker threads in this process so far (tests check that the workers did the work). */
export const parsedOnWorkers = { files: 0 };

/**
 * What a worker runs: this file's sibling, tsc's .js output as it is, or the .ts source through tsx's require hook when
 * tsx runs this thread. Under a transform only this thread knows (jest), there is nothing a worker could load, and
 * parsing stays here.
 */
function workerSource(): string | undefined {
  const ext = path.extname(__filename);
  const file = JSON.stringify(path.join(__dirname, `parseWorker${ext}`));
  if (ext !== '.ts') return `require(${file});`;
  if (!process.execArgv.some((a) => a.includes('tsx'))) return undefined;
  return `require('tsx/cjs/api').register(); require(${file});`;
}

/** Blocks until the counter passes `target` or nothing moved for STALL_MS; false on a stall. */
function waitFor(done: Int32Array, target: number, drain: () => void): boolean {
  for (;;) {
    const seen = Atomics.load(done, 0);
    drain();
    if (seen >= target) return true;
    if (Atomics.wait(done, 0, seen, STALL_MS) === 'timed-out') return false;
  }
}

function startPool(count: number, wait = true): Pool | undefined {
  const source = workerSource();
  if (!source) return undefined;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const workers: Pool['workers'] = [];
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      // No node flags of this thread (workers refuse some, and --trace-gc would mix their collections into its log):
      // the source registers tsx itself when it needs it.
      worker = new Worker(source, { eval: true, execArgv: [] });
    } catch {
      for (const w of workers) void w.worker.terminate();
      return undefined;
    }
    worker.unref();
    // A worker that cannot start never counts itself ready: the wait below gives up and parsing stays here.
    worker.on('error', () => undefined);
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port2, done: done.buffer }, [port2]);
    workers.push({ worker, port: port1 });
  }
  const started: Pool = { workers, done, ready: false };
  return !wait || readyPool(started) ? started : undefined;
}

/** Waits for every worker of the pool to have started; false (and the pool ended) when one does not. */
function readyPool(p: Pool): boolean {
  if (p.ready) return true;
  const drain = () => {
    for (const w of p.workers) while (receiveMessageOnPort(w.port));
  };
  if (!waitFor(p.done, p.workers.length, drain)) {
    for (const w of p.workers) void w.worker.terminate();
    return false;
  }
  return (p.ready = true);
}

/**
 * Starts the workers without waiting for them (they load while this thread does other work); parseGoFiles waits for
 * them. Nothing starts when parsing would stay on this thread anyway.
 */
export function startParseWorkers(workers = parseWorkerCount()): void {
  if (workers >= 1 && !pool) pool = startPool(workers, false);
}

/**
 * parseGo of every text, on `workers` worker threads (or on this thread for few files, or when workers fail). The
 * trees come in slabs (see TreeSlabs): they are all held at once, and freed together later.
 */
export function parseGoFiles(texts: readonly string[], workers = parseWorkerCount()): ParsedSource[] {
  const out: ParsedSource[] = new Array(texts.length);
  parseEach(texts, (i, parsed) => (out[i] = parsed), workers, true);
  return out;
}

/**
 * parseGo of every text, each handed to `use` as soon as it is parsed (in no set order; `use` is called once for each
 * index): this thread works on one while the workers parse the others, and a caller that keeps nothing of a tree after
 * `use` never holds them all.
 */
export function parseGoEach(
  texts: readonly string[],
  use: (index: number, parsed: ParsedSource) => void,
  workers = parseWorkerCount(),
): void {
  parseEach(texts, use, workers, false);
}

/** parseGoEach, each tree partial: kept around the places `around[i]` of text i (parseGoAround). */
export function parseGoEachAround(
  texts: readonly string[],
  around: readonly Around[],
  use: (index: number, parsed: ParsedSource) => void,
  workers = parseWorkerCount(),
): void {
  parseEach(texts, use, workers, false, around);
}

/** parseGoEach; `inSlabs`: the workers' trees are handed to `use` once all are parsed, in their slabs. */
function parseEach(
  texts: readonly string[],
  use: (index: number, parsed: ParsedSource) => void,
  workers: number,
  inSlabs: boolean,
  around?: readonly Around[],
): void {
  const here = (indexes: Iterable<number>) => {
    for (const i of indexes) use(i, around ? parseGoAround(texts[i], around[i]) : parseGo(texts[i]));
  };
  if (workers < 1 || texts.length < MIN_FILES) return here(texts.keys());
  if (pool && pool.workers.length !== workers) {
    for (const w of pool.workers) void w.worker.terminate();
    pool = undefined;
  }
  pool ??= startPool(workers);
  if (pool && !readyPool(pool)) pool = undefined;
  if (!pool) return here(texts.keys());
  const { done } = pool;
  // One queue, longest texts first, that each worker draws from as it works: the last texts are the shortest, so the
  // workers finish close together (within 8-40 ms on x/tools; shares fixed ahead by length, parse time not being
  // proportional to length, left one worker idle for up to 470 ms at the end while the other parsed).
  const order = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length);
  let queued = 0;
  const used = new Uint8Array(texts.length);
  // When `use` throws, the rest of the batch is still received (and dropped) before the error goes on: replies must
  // not reach the next call, and a worker terminated in the middle of a parse can abort the process (node-tree-sitter
  // throws from a finalizer while the worker's environment is torn down).
  let failed: { error: unknown } | undefined;
  const base = Atomics.load(done, 0);
  // Each worker is sent its next texts while it has less than `ahead` of text not yet parsed: enough that it does not
  // wait for this thread between two texts, and little enough that a message's copy of a text is held only briefly
  // (in this thread's malloc heap, then the worker's): sent all at once, the copies of every text made this thread's
  // heap grow by their size (48 MB on Go's std+cmd) for the run. In slabs, each worker is sent an empty job once the
  // queue is empty, after which it sends its slabs and counts itself done once more.
  const inFlight = pool.workers.map(() => 0);
  const flushed = pool.workers.map(() => false);
  const ahead = inSlabs ? AHEAD_UNITS : AHEAD_UNITS_WHILE_USED;
  const send = (k: number) => {
    const { worker } = pool!.workers[k];
    while (queued < order.length && inFlight[k] < ahead) {
      const i = order[queued++];
      inFlight[k] += texts[i].length;
      worker.postMessage({
        first: i,
        texts: [texts[i]],
        slabs: inSlabs ? 'into' : undefined,
        around: around && [around[i]],
      } satisfies ParseJob);
    }
    if (queued === order.length && inSlabs && !flushed[k]) {
      flushed[k] = true;
      worker.postMessage({ first: -1, texts: [], slabs: 'last' } satisfies ParseJob);
    }
  };
  pool.workers.forEach((_, k) => send(k));
  const deliver = (reply: ParseReply, arrays?: Pick<TreeData, TreeArrayKey>, share?: SlabShare) => {
    used[reply.index] = 1;
    if (failed) return;
    const { types, fields } = languageNames();
    try {
      use(reply.index, {
        // This thread's text, not a copy from the worker: every text would otherwise be held twice.
        tree: new CompactTree(
          { ...reply.result!.data, ...arrays, text: parserInput(texts[reply.index]), types: types as string[], fields },
          share,
        ),
        errors: reply.result!.errors,
      });
    } catch (error) {
      failed = { error };
    }
  };
  // Trees waiting for their slab, by worker; the slabs by worker and number.
  const inSlab: [number, ParseReply][] = [];
  const slabs = new Map<string, ArrayBuffer>();
  const drain = () => {
    pool!.workers.forEach((w, k) => {
      for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
        const reply = m.message as ParseReply;
        for (const [n, buffer] of reply.slabs ?? []) slabs.set(`${k}:${n}`, buffer);
        if (reply.index >= 0) {
          inFlight[k] -= texts[reply.index].length;
          send(k);
        }
        if (!reply.result) continue;
        parsedOnWorkers.files++;
        languageNames(reply.learned);
        if (reply.at) inSlab.push([k, reply]);
        else deliver(reply);
      }
    });
  };
  if (!waitFor(done, base + texts.length + (inSlabs ? pool.workers.length : 0), drain)) {
    for (const w of pool.workers) void w.worker.terminate();
    pool = undefined;
  }
  // A slab is freed when the last of its trees is released; a tree whose slab never came is parsed here below.
  const slabOf = ([k, reply]: [number, ParseReply]) => slabs.get(`${k}:${reply.at!.slab}`);
  const sharing = new Map<ArrayBuffer, SlabShare>();
  for (const waiting of inSlab) {
    const buffer = slabOf(waiting);
    if (!buffer) continue;
    // The worker that made the slab frees it (see SlabShare.free); a worker ended meanwhile takes nothing (the buffer
    // stays attached), and the slab is then detached here.
    const { worker } = pool?.workers[waiting[0]] ?? {};
    const free =
      worker &&
      ((slab: ArrayBuffer) => {
        worker.postMessage({ free: slab } satisfies FreeSlab, [slab]);
        if (slab.byteLength) structuredClone(slab, { transfer: [slab] });
      });
    if (!sharing.has(buffer)) sharing.set(buffer, { live: 0, free });
    sharing.get(buffer)!.live++;
  }
  for (const waiting of inSlab) {
    const buffer = slabOf(waiting);
    const reply = waiting[1];
    if (buffer)
      deliver(
        reply,
        slabTreeArrays(reply.result!.data.count, { buffer, offset: reply.at!.offset }),
        sharing.get(buffer),
      );
  }
  if (failed) throw failed.error;
  // A text a worker failed on (or never got to) is parsed here: its error, if any, is then this thread's.
  here([...texts.keys()].filter((i) => !used[i]));
}
