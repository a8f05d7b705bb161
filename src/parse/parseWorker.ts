// The body of a parsing worker thread: parses the texts it is sent and hands back their compact trees as plain data
// (the arrays' buffers transferred, not copied), counting each file done on the shared counter the caller waits on.
//
// Native trees are freed only when their JS wrapper is collected and the event loop then runs the finalizers, and
// V8 does not count their memory: left alone, a worker kept every tree it made (about 1 GB of native memory per run
// on Go's cmd). So the worker parses one text per turn of its event loop and collects its small heap after every
// UNITS_PER_COLLECTION of text and when it runs out of work; the trees of those texts are freed in the next turn. Most
// trees die young, so most collections are minor ones (a full one each time cost the parse a fifth more time).
import { MessagePort, parentPort } from 'worker_threads';
import { collector } from './collector';
import { SlabPlace, TreeData, TreeSlabs } from './compactTree';
import { languageNames, parseGoData } from './parse';
import type { Around } from './partialTree';

/**
 * A batch of texts to parse; `index` numbers them in the caller's list. With `slabs`, the trees go into this worker's
 * slabs (see TreeSlabs), which go to the caller after the text marked `last`; a job of no texts marked `last` sends
 * them after the texts before it, and counts as one on the shared counter.
 */
export interface ParseJob {
  first: number;
  texts: string[];
  slabs?: 'into' | 'last';
  /** Per text, the places its tree is kept around (a partial tree, see partialTree.ts); whole trees without it. */
  around?: Around[];
}

/** A slab the caller is done with, to be freed here (see SlabShare.free). */
export interface FreeSlab {
  free: ArrayBuffer;
}

/**
 * What the worker posts for each text: the tree's arrays without the name tables (the language's, which the caller has
 * too) and without the text (the caller's own), and the type names this worker met that it has not sent yet.
 */
export interface ParseReply {
  index: number;
  /** Without the arrays when `at` says where in a slab they are. */
  result?: ReturnType<typeof parseGoData>;
  at?: SlabPlace;
  learned?: [number, string][];
  error?: string;
  /** The slabs written since the last ones sent, by number (with index -1). */
  slabs?: [number, ArrayBuffer][];
}

/** Text parsed (UTF-16 code units) between two collections: bounds the native trees a worker holds. */
const UNITS_PER_COLLECTION = 1 << 18;
/** Every this many collections, and when out of work, a full one: for the trees that outlived a minor one. */
const MINOR_PER_FULL = 8;
/** How long without a text to parse counts as out of work. */
const IDLE_MS = 5;

/** Type ids whose names this worker has sent. */
const sent = new Set<number>();

function newlyLearned(): [number, string][] {
  const out: [number, string][] = [];
  const types = languageNames().types;
  // The table is sparse (the error type is id 0xffff): its keys, not its length. A name still unknown (null) is not
  // counted as sent: it goes with the first reply after a walk has met it.
  for (const key of Object.keys(types)) {
    const id = Number(key);
    const name = types[id];
    if (name === null || name === undefined || sent.has(id)) continue;
    sent.add(id);
    out.push([id, name]);
  }
  return out;
}

if (parentPort) {
  let port: MessagePort | undefined;
  let done: Int32Array | undefined;
  const collect = collector();
  let sinceCollection = 0;
  let collections = 0;
  const slabs = new TreeSlabs();
  // Texts waiting, as [index, text, slabs, around]: the port delivers every queued message in one turn, so they are taken one
  // per turn.
  const waiting: [number, string, ParseJob['slabs'], Around?][] = [];
  let next = 0;
  let scheduled = false;
  const parseNext = () => {
    scheduled = false;
    const [index, text, inSlabs, around] = waiting[next];
    waiting[next++] = [-1, '', undefined];
    if (next === waiting.length) waiting.length = next = 0;
    if (index < 0) {
      sendSlabs();
      countDone();
      // The caller has sent everything: out of work now.
      if (!waiting.length) collectIdle();
      else schedule();
      return;
    }
    let reply: ParseReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const result = parseGoData(text, inSlabs ? slabs.place : undefined, around);
      const d = result.data;
      // One buffer holds every array (see treeArrays); a slab goes later, with its other trees.
      transfer = inSlabs ? [] : [d.kind.buffer as ArrayBuffer];
      const { kind, field, flags, start, end, parent, next, ...rest } = d;
      const arrays = inSlabs ? {} : { kind, field, flags, start, end, parent, next };
      const data = { ...rest, ...arrays, text: '', types: [], fields: [] } as TreeData;
      reply = { index, result: { ...result, data }, at: inSlabs ? slabs.last : undefined, learned: newlyLearned() };
    } catch (e) {
      reply = { index, error: String((e as Error).stack ?? e) };
    }
    port!.postMessage(reply, transfer);
    if (inSlabs === 'last') sendSlabs();
    countDone();
    sinceCollection += text.length;
    if (collect && sinceCollection >= UNITS_PER_COLLECTION) {
      sinceCollection = 0;
      collect(++collections % MINOR_PER_FULL === 0);
    }
    if (waiting.length) schedule();
    // No text waiting may only mean that the next is on its way (the caller sends a few texts ahead): out of work is
    // when none comes for IDLE_MS (a full collection each time the queue ran dry cost the parse phase 8% more CPU on x/tools).
    else idle ??= setTimeout(collectIdle, IDLE_MS);
  };
  let idle: ReturnType<typeof setTimeout> | undefined;
  const collectIdle = () => {
    if (idle) clearTimeout(idle);
    idle = undefined;
    if (!collect || !sinceCollection) return;
    sinceCollection = 0;
    collect(true);
  };
  const sendSlabs = () => {
    const taken = slabs.take();
    port!.postMessage(
      { index: -1, slabs: taken } satisfies ParseReply,
      taken.map(([, b]) => b),
    );
  };
  const countDone = () => {
    Atomics.add(done!, 0, 1);
    Atomics.notify(done!, 0);
  };
  // setImmediate, not a microtask: the finalizers that free native trees run between two immediates.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(parseNext);
  };
  let freeing = false;
  parentPort.on('message', (m: { port: MessagePort; done: SharedArrayBuffer } | ParseJob | FreeSlab) => {
    if ('free' in m) {
      // Collected once the message is gone, in a later turn (one collection for the slabs that come together).
      if (!freeing && collect) setImmediate(() => ((freeing = false), collect(true)));
      freeing = true;
      return;
    }
    if ('port' in m) {
      port = m.port;
      done = new Int32Array(m.done);
      port.postMessage({ index: -1 });
      Atomics.add(done, 0, 1);
      Atomics.notify(done, 0);
      return;
    }
    m.texts.forEach((text, k) =>
      waiting.push([m.first + k, text, m.slabs && (k < m.texts.length - 1 ? 'into' : m.slabs), m.around?.[k]]),
    );
    if (!m.texts.length && m.slabs === 'last') waiting.push([-1, '', 'last']);
    if (idle) clearTimeout(idle);
    idle = undefined;
    schedule();
  });
}
