/**
 * A stand-in for an OpenAI-compatible endpoint on 127.0.0.1, speaking real HTTP to the real SDK.
 * Each test says how it behaves: a tool call, broken JSON, text with a made-up number, an HTTP
 * error, or no answer at all. It records every request it receives.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string | null; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; parameters: Record<string, unknown> } }[];
}

export type Behaviour =
  | { toolCall: string | object }
  | { text: string }
  | { status: number }
  | { hang: true };

export interface FakeModel {
  url: string;
  requests: { body: ChatRequest; authorization?: string }[];
  /** Decide the reply to each request; the default answers 500. */
  behave(decide: (request: ChatRequest, attempt: number) => Behaviour): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    request.on('data', (chunk) => (data += chunk));
    request.on('end', () => resolve(data));
  });
}

export async function startFakeModel(): Promise<FakeModel> {
  let decide: (request: ChatRequest, attempt: number) => Behaviour = () => ({ status: 500 });
  const requests: FakeModel['requests'] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as ChatRequest;
    requests.push({ body, authorization: req.headers.authorization });
    const attempt = body.messages.filter((m) => m.role === 'tool').length;
    const behaviour = decide(body, attempt);
    if ('hang' in behaviour) {
      hanging.add(res);
      return;
    }
    if ('status' in behaviour) {
      res.writeHead(behaviour.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
      return;
    }
    const message = 'text' in behaviour
      ? { role: 'assistant', content: behaviour.text }
      : {
        role: 'assistant', content: null,
        tool_calls: [{
          id: `call_${requests.length}`, type: 'function',
          function: { name: body.tools?.[0]?.function.name ?? 'run_structured_query', arguments: typeof behaviour.toolCall === 'string' ? behaviour.toolCall : JSON.stringify(behaviour.toolCall) },
        }],
      };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: 0, model: body.model,
      choices: [{ index: 0, message, finish_reason: 'text' in behaviour ? 'stop' : 'tool_calls' }],
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next) {
      decide = next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
