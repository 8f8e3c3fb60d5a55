// The page's side of the site's Web Worker (notebooks/worker/flodes-worker.ts, bundled by data/flodes-worker.js.ts):
// one connection per page. A SharedWorker (with extendedLifetime) is shared by every page of the site, so a file
// read on one page is still there on the next — in memory only; where the browser has none, a dedicated Worker.
import { FileAttachment } from "observablehq:stdlib";

const WORKER = FileAttachment("../data/flodes-worker.js");

let connection = null;

/**
 * The connection to the worker: its latest state, requests for page data and previews, and listeners.
 * @returns {{state: object|null, post: (msg: object, transfer?: Transferable[]) => void, page: (page: string) => Promise<object>, preview: (file: File, sep?: string) => Promise<object>, onState: (fn: Function) => () => void, onProgress: (fn: Function) => () => void, shared: boolean}}
 */
export function flodesWorker() {
  if (connection) return connection;
  let port = null;
  let shared = false;
  if (typeof SharedWorker === "function") {
    try {
      port = new SharedWorker(WORKER.href, { name: "flodes", extendedLifetime: true }).port;
      shared = true;
    } catch {
      port = null;
    }
  }
  if (port === null) port = new Worker(WORKER.href, { name: "flodes" });
  const stateListeners = new Set();
  const progressListeners = new Set();
  const pending = new Map();
  let nextId = 1;
  const c = {
    state: null,
    shared,
    post: (msg) => port.postMessage(msg),
    page(page) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ type: "page", id, page });
      });
    },
    preview(file, sep) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ type: "preview", id, file, sep });
      });
    },
    onState(fn) {
      stateListeners.add(fn);
      if (c.state) fn(c.state);
      return () => stateListeners.delete(fn);
    },
    onProgress(fn) {
      progressListeners.add(fn);
      return () => progressListeners.delete(fn);
    },
  };
  port.onmessage = ({ data: msg }) => {
    if (msg.type === "state") {
      c.state = msg.state;
      for (const fn of stateListeners) fn(msg.state);
    } else if (msg.type === "progress") {
      for (const fn of progressListeners) fn(msg);
    } else if (msg.type === "page" || msg.type === "preview") {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { info: msg.error }));
      else p.resolve(msg.type === "page" ? msg.data : msg.preview);
    }
  };
  port.start?.();
  port.postMessage({ type: "hello" });
  connection = c;
  return c;
}
