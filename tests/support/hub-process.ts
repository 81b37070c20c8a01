/** The hub as its own process (`node dist/server/main.js`, or the sources through tsx), for tests of what a process does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Start the hub with `args` (after `node`) on an ephemeral port and resolve once it logs that it is
 * ready, with its URL. It logs at info level, since that line is an info line.
 */
export function spawnHub(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', READ_COST_PER_MINUTE: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const ready = /hub ready at (http:\/\/[^\s"]+?) \(GraphQL/.exec(out);
      if (ready) {
        child.stdout!.resume();
        resolve({ child, url: ready[1] });
      }
    });
    child.once('exit', () => reject(new Error(`the hub (${args.join(' ')}) exited before it was ready:\n${out}`)));
  });
}
