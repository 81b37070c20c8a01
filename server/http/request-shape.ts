/**
 * The shape of a GraphQL request's JSON, checked before anything walks it. JSON.parse reads
 * nesting of any depth, but every recursive walk after it (the response cache's key, Apollo's
 * variable coercion) overflows the stack at some ten thousand levels and answers a raw 500. No
 * operation of this API takes input nested deeper than a few levels, so deeper is bad input.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const MAX_INPUT_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max` (iteratively, so any depth is safe to ask). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A preHandler: refuses a request whose variables or extensions nest too deep, with BAD_USER_INPUT. */
export async function refuseDeepInput(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return undefined;
  const bodies = (Array.isArray(request.body) ? request.body : [request.body]) as { variables?: unknown; extensions?: unknown }[];
  // Variables sit one level below the body; an operation's own list or object values are a few more.
  if (!bodies.some((b) => b && typeof b === 'object' && (nestsDeeperThan(b.variables, MAX_INPUT_DEPTH) || nestsDeeperThan(b.extensions, MAX_INPUT_DEPTH)))) return undefined;
  return reply.code(400).send({
    errors: [{ message: `variables and extensions may nest at most ${MAX_INPUT_DEPTH} levels deep`, extensions: { code: 'BAD_USER_INPUT' } }],
  });
}
