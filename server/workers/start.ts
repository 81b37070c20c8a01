/**
 * Starting a worker thread on one of the server's modules, compiled or not: compiled JavaScript
 * runs as it is; the TypeScript source (tests, tsx, the CLIs) needs tsx's loader registered in the
 * worker first, since Node 20 does not apply an --import to workers.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** `moduleUrl` is the module's own URL as its caller sees it, ending in .ts or .js. */
export function startWorker(moduleUrl: URL): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(moduleUrl.href)}); });`, { eval: true });
}

/** The URL of `name` (without extension) beside `importMetaUrl`, in the same form (.ts or .js). */
export function siblingModule(importMetaUrl: string, name: string): URL {
  return new URL(`./${name}${importMetaUrl.endsWith('.ts') ? '.ts' : '.js'}`, importMetaUrl);
}

/**
 * One request to a fresh worker and its one reply; the worker is stopped after, or when `timeoutMs`
 * pass (the promise then rejects with `onTimeout()`). One worker per call: these are rare, long
 * jobs (an ingest, a document conversion), and nothing stays in memory after.
 */
export function askWorker<Request, Reply>(moduleUrl: URL, request: Request, timeoutMs: number, onTimeout: () => Error, transfer: ArrayBuffer[] = []): Promise<Reply> {
  const worker = startWorker(moduleUrl);
  let timer: NodeJS.Timeout | undefined;
  return new Promise<Reply>((resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
    worker.once('message', (reply: Reply) => resolve(reply));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker stopped before it replied (exit ${code})`)));
    worker.postMessage(request, transfer);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
