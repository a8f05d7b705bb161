// The body of a parsing worker thread: parses the texts it is sent and hands back their compact trees as plain data
// (the arrays' buffers transferred, not copied), counting each file done on the shared counter the caller waits on.
import { MessagePort, parentPort } from 'worker_threads';
import { languageNames, parseGoData } from './parse';

/** A batch of texts to parse; `index` numbers them in the caller's list. */
export interface ParseJob {
  first: number;
  texts: string[];
}

/**
 * What the worker posts for each text: the tree's arrays without the name tables (the language's, which the caller has
 * too), and the type names this worker met that it has not sent yet.
 */
export interface ParseReply {
  index: number;
  result?: ReturnType<typeof parseGoData>;
  learned?: [number, string][];
  error?: string;
}

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
  parentPort.on('message', (m: { port: MessagePort; done: SharedArrayBuffer } | ParseJob) => {
    if ('port' in m) {
      port = m.port;
      done = new Int32Array(m.done);
      port.postMessage({ index: -1 });
      Atomics.add(done, 0, 1);
      Atomics.notify(done, 0);
      return;
    }
    m.texts.forEach((text, k) => {
      let reply: ParseReply;
      let transfer: ArrayBuffer[] = [];
      try {
        const result = parseGoData(text);
        const d = result.data;
        transfer = [d.kind, d.field, d.flags, d.start, d.end, d.parent, d.next, d.after].map(
          (a) => a.buffer as ArrayBuffer,
        );
        reply = {
          index: m.first + k,
          result: { ...result, data: { ...d, types: [], fields: [] } },
          learned: newlyLearned(),
        };
      } catch (e) {
        reply = { index: m.first + k, error: String((e as Error).stack ?? e) };
      }
      port!.postMessage(reply, transfer);
      Atomics.add(done!, 0, 1);
      Atomics.notify(done!, 0);
    });
  });
}
