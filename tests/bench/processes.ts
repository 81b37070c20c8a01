/**
 * Servers a benchmark starts as their own processes, so the load tool does not share their event
 * loop: the hub as `npm start` runs it (compiled JavaScript from dist/, built first), and the
 * baselines (TypeScript through tsx). Also where results go: bench/RESULTS.md, one section per script.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const children: ChildProcess[] = [];

/** Compile the server as `npm start` does (tsc into dist/; incremental, so quick when nothing changed). */
export function buildServer(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

export interface Started {
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the line that says the port is listening. */
  listeningMs: number;
}

/** Start a baseline server and wait for it to say which port it listens on. `script` is .js (node) or .ts (tsx). */
export function start(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<Started> {
  const node = script.endsWith('.ts') ? ['--import', 'tsx', script] : ['--enable-source-maps', script];
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...node, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /listening (\d+)/.exec(out);
      if (m) {
        child.stdout!.resume();
        out = '';
        resolve({ port: Number(m[1]), child, listeningMs: Date.now() - startedAt });
      }
    });
    child.once('exit', () => reject(new Error(`${script} exited:\n${out}`)));
  });
}

/** The node flags `npm start` runs the hub with (package.json), so the benchmark measures the same process. */
const START_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
  .scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The compiled hub on a database, in production mode, without a rate limit, logging warnings only
 * (a log line per request would be measured too). Resolves once it is healthy; `listeningMs` is
 * then the cold start: spawn to /health 200.
 */
export async function startHub(databaseUrl: string, env: Record<string, string> = {}): Promise<Started> {
  if (!existsSync(join(ROOT, 'dist/server/main.js'))) buildServer();
  const port = await freePort();
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, 'dist/server/main.js'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, RATE_LIMIT_PER_MINUTE: '0', READ_COST_PER_MINUTE: '0', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
  });
  children.push(child);
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the hub exited with ${code}`))));
  await Promise.race([untilHealthy(port), exited]);
  return { port, child, listeningMs: Date.now() - startedAt };
}

export async function untilHealthy(port: number): Promise<void> {
  for (;;) {
    const health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (health?.status === 200) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function stopAll(): void {
  for (const child of children.splice(0)) child.kill('SIGTERM');
}

/** Resident memory of a process in MB, from /proc (Linux). */
export const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function gql(port: number, query: string, variables?: object): Promise<{ data?: Record<string, any>; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return response.json() as Promise<{ data?: Record<string, any>; errors?: unknown[] }>;
}

/**
 * Put one script's section into bench/RESULTS.md, replacing its previous one and leaving the
 * others: `npm run bench` and `npm run bench:scale` each own a section.
 */
export function writeSection(name: string, text: string): void {
  const file = join(ROOT, 'bench', 'RESULTS.md');
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  const begin = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const block = `${begin}\n${text.trim()}\n${end}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n\nWritten by `npm run bench` and `npm run bench:scale`; see the README for how to read them.\n';
  const at = old.indexOf(begin);
  const next = at >= 0 && old.indexOf(end, at) >= 0
    ? old.slice(0, at) + block + old.slice(old.indexOf(end, at) + end.length)
    : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
