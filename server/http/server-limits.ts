/**
 * Slow clients and connection floods. Node's HTTP server, as fastify makes it, waits forever for a
 * request body (requestTimeout 0) and accepts connections until the process runs out of file
 * descriptors, at which point every request, /health included, fails. Here a request must arrive
 * whole within REQUEST_TIMEOUT_MS (headers within HEADERS_TIMEOUT_MS; the client gets 408), idle
 * keep-alive connections close after KEEP_ALIVE_TIMEOUT_MS, and connections beyond
 * MAX_CONNECTIONS in all or MAX_CONNECTIONS_PER_CLIENT from one address are closed at once.
 * Each kind of refusal is logged, at most once a minute per kind, with how many there were.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { HttpLimits } from '../config.js';

/** Options for Fastify() that set Node's server timeouts. */
export function serverTimeouts(limits: HttpLimits): { requestTimeout: number; keepAliveTimeout: number; connectionTimeout: number; http: ServerOptions } {
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // A socket with no traffic at all (neither request nor response) for this long is closed.
    connectionTimeout: limits.requestTimeoutMs * 2,
    // Node checks the request and headers timeouts on this interval (30 s by default): a fraction
    // of the shorter timeout, so a slow client is closed near its deadline.
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4))),
    },
  };
}

/** Logs a kind of event at most once a minute, with the count since the last line. */
function throttledWarn(log: FastifyBaseLogger, message: string): (detail: object) => void {
  let last = 0;
  let count = 0;
  return (detail) => {
    count++;
    const now = Date.now();
    if (now - last < 60_000) return;
    log.warn({ ...detail, count }, message);
    last = now;
    count = 0;
  };
}

/** Caps the connections the server holds, in all and per client address. */
export function capConnections(server: Server, limits: HttpLimits, log: FastifyBaseLogger): void {
  server.maxConnections = limits.maxConnections;
  const dropped = throttledWarn(log, `connection refused: the server holds MAX_CONNECTIONS (${limits.maxConnections}) already`);
  server.on('drop', (data?: { remoteAddress?: string }) => dropped({ remoteAddress: data?.remoteAddress }));

  const timedOut = throttledWarn(log, 'a client took too long to send its request (REQUEST_TIMEOUT_MS / HEADERS_TIMEOUT_MS): answered 408 and closed');
  server.on('clientError', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') timedOut({});
  });
  // With a listener here Node no longer closes an inactive socket by itself: close it.
  server.on('timeout', (socket: Socket) => {
    timedOut({ remoteAddress: socket.remoteAddress });
    socket.destroy();
  });

  if (limits.maxConnectionsPerClient <= 0) return;
  const perClient = new Map<string, number>();
  const overClient = throttledWarn(log, `connection refused: one client holds MAX_CONNECTIONS_PER_CLIENT (${limits.maxConnectionsPerClient}) already`);
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const open = (perClient.get(address) ?? 0) + 1;
    if (open > limits.maxConnectionsPerClient) {
      overClient({ remoteAddress: address });
      socket.destroy();
      return;
    }
    perClient.set(address, open);
    socket.once('close', () => {
      const left = (perClient.get(address) ?? 1) - 1;
      if (left > 0) perClient.set(address, left);
      else perClient.delete(address);
    });
  });
}
