/**
 * One tool call through an OpenAI-compatible endpoint, validated: the reply must call the tool,
 * with JSON arguments that `check` accepts. An invalid call goes back once with the error; any
 * failure (HTTP error, timeout, no tool call, invalid twice) is a reason, never an exception.
 */
import type OpenAI from 'openai';

/**
 * The SDK, imported when a client is first made (a model is configured): most hubs run without
 * one, and its modules (their source text and compiled code) took about 2 MB of heap in every process.
 */
let sdk: Promise<typeof import('openai')> | undefined;
const loadSdk = () => (sdk ??= import('openai'));

export type ToolResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ToolCallOptions<T> {
  client: Promise<OpenAI>;
  model: string;
  messages: OpenAI.Chat.ChatCompletionMessageParam[];
  tool: { name: string; description: string; parameters: Record<string, unknown> };
  /** Validate the parsed arguments; a string is the error sent back to the model. */
  check: (args: unknown) => { ok: true; value: T } | { ok: false; reason: string };
  timeoutMs: number;
  log?: { debug(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

/** A client for the endpoint (the SDK is imported here, only when a model is configured). */
export function modelClient(options: { apiKey?: string; baseUrl?: string; timeoutMs: number }): Promise<OpenAI> {
  // No retries of our own beyond the one correction round: a person is waiting.
  return loadSdk().then(({ default: SDK }) => new SDK({ apiKey: options.apiKey ?? 'not-needed', baseURL: options.baseUrl, timeout: options.timeoutMs, maxRetries: 0 }));
}

export async function callTool<T>(options: ToolCallOptions<T>): Promise<ToolResult<T>> {
  const { tool, check, log } = options;
  const [client, { default: SDK }] = await Promise.all([options.client, loadSdk()]);
  const messages = [...options.messages];
  const deadline = Date.now() + options.timeoutMs;
  for (let round = 0; round < 2; round++) {
    let completion: OpenAI.Chat.ChatCompletion;
    try {
      completion = await client.chat.completions.create({
        model: options.model,
        messages,
        tools: [{ type: 'function', function: tool }],
        tool_choice: 'auto',
        temperature: 0,
      }, { timeout: Math.max(1, deadline - Date.now()) });
    } catch (error) {
      const reason = error instanceof SDK.APIError && error.status ? `the model endpoint answered ${error.status}` : 'the model endpoint did not answer in time';
      log?.warn({ err: { message: (error as Error).message } }, reason);
      return { ok: false, reason };
    }
    const message = completion.choices[0]?.message;
    const call = message?.tool_calls?.find((c) => c.type === 'function' && c.function.name === tool.name);
    if (!call || call.type !== 'function') return { ok: false, reason: 'the model did not call the tool' };
    log?.debug({ round, tool: tool.name, arguments: call.function.arguments }, 'model tool call');
    let args: unknown;
    let checked: { ok: true; value: T } | { ok: false; reason: string };
    try {
      args = JSON.parse(call.function.arguments);
      checked = check(args);
    } catch {
      checked = { ok: false, reason: 'the arguments are not valid JSON' };
    }
    if (checked.ok) return checked;
    if (round === 1) return { ok: false, reason: `the model's call was invalid: ${checked.reason}` };
    // Once: the model sees what was wrong and may correct itself.
    messages.push(message as OpenAI.Chat.ChatCompletionMessageParam);
    messages.push({ role: 'tool', tool_call_id: call.id, content: `Invalid: ${checked.reason}. Call the tool again with valid arguments.` });
  }
  return { ok: false, reason: 'the model did not produce a valid call' };
}
