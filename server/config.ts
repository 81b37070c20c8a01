/**
 * Configuration from the environment, read in one place. Everything has a default that works on a
 * fresh machine: port 4000 and an embedded SQLite file under data/.
 */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Ingest the bundled seed reports on start when they are missing. */
  seed: boolean;
  production: boolean;
  /** Bearer token for admin operations; none configured means no admin access. */
  adminToken?: string;
  ask: AskConfig;
  /** Questions and mutations one client may send a minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How many reports' details (figures, sections, text, question index) a process keeps in memory. */
  reportCacheSize: number;
  /** Megabytes of whole responses to public read queries a process keeps; 0 turns the cache off. */
  responseCacheMb: number;
  /** Points of public reads one client may spend a minute in one process (see rate-limit.ts); 0 turns the limit off. */
  readCostPerMinute: number;
  /** Slow clients and connection floods (see server-limits.ts). */
  http: HttpLimits;
}

export interface HttpLimits {
  /** Time a client has to send a whole request, headers and body. */
  requestTimeoutMs: number;
  /** Time a client has to send the request's headers. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections the process accepts at once; beyond, new ones are closed (and logged). */
  maxConnections: number;
  /** Open connections one client address may hold at once; 0 turns the cap off. */
  maxConnectionsPerClient: number;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, meaning: string): number {
  const n = Number(value ?? fallback);
  if (value === '' || !Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be ${meaning}, got "${value}"`);
  return n;
}

export const DEFAULT_READ_COST_PER_MINUTE = 6000;

export function readHttpLimits(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const limits: HttpLimits = {
    requestTimeoutMs: wholeNumber('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 30_000, 1, 'a positive whole number of milliseconds'),
    headersTimeoutMs: wholeNumber('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, 10_000, 1, 'a positive whole number of milliseconds'),
    keepAliveTimeoutMs: wholeNumber('KEEP_ALIVE_TIMEOUT_MS', env.KEEP_ALIVE_TIMEOUT_MS, 5_000, 1, 'a positive whole number of milliseconds'),
    maxConnections: wholeNumber('MAX_CONNECTIONS', env.MAX_CONNECTIONS, 4096, 1, 'a whole number of connections, at least 1'),
    maxConnectionsPerClient: wholeNumber('MAX_CONNECTIONS_PER_CLIENT', env.MAX_CONNECTIONS_PER_CLIENT, 256, 0, 'a whole number of connections (0 turns the cap off)'),
  };
  // Node refuses to start a server whose headers may take longer than the whole request.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(`HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`);
  }
  return limits;
}

function readRateLimit(value: string | undefined): number {
  return wholeNumber('RATE_LIMIT_PER_MINUTE', value, 600, 0, 'a whole number (0 turns it off)');
}

export const DEFAULT_REPORT_CACHE_SIZE = 64;

export function readReportCacheSize(value: string | undefined): number {
  const n = Number(value ?? DEFAULT_REPORT_CACHE_SIZE);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`REPORT_CACHE_SIZE must be a whole number of reports, at least 1, got "${value}"`);
  return n;
}

export function readResponseCacheMb(value: string | undefined): number {
  const n = Number(value ?? 32);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(`RESPONSE_CACHE_MB must be a number of megabytes (0 turns the cache off), got "${value}"`);
  return n;
}

export type AskMode = 'rules' | 'llm' | 'hybrid';

/** How questions are turned into queries: offline rules, a model, or rules first and the model when unsure. */
export interface AskConfig {
  mode: AskMode;
  /** OpenAI-compatible endpoint: OpenAI, DeepSeek, Qwen's compatible mode, Ollama, vLLM. */
  baseUrl?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

export function readAskConfig(env: NodeJS.ProcessEnv = process.env): AskConfig {
  const apiKey = env.OPENAI_API_KEY || undefined;
  const mode = (env.ASK_MODE || (apiKey ? 'hybrid' : 'rules')) as AskMode;
  if (!['rules', 'llm', 'hybrid'].includes(mode)) throw new ConfigError(`ASK_MODE must be rules, llm or hybrid, got "${env.ASK_MODE}"`);
  const timeoutMs = Number(env.ASK_LLM_TIMEOUT_MS ?? 10_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new ConfigError(`ASK_LLM_TIMEOUT_MS must be a positive number of milliseconds, got "${env.ASK_LLM_TIMEOUT_MS}"`);
  if (mode !== 'rules' && !apiKey && !env.OPENAI_BASE_URL) {
    throw new ConfigError(`ASK_MODE=${mode} needs a model endpoint: set OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)`);
  }
  return { mode, baseUrl: env.OPENAI_BASE_URL || undefined, apiKey, model: env.ASK_MODEL || 'gpt-4o-mini', timeoutMs };
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/hub.sqlite';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    seed: env.SEED !== 'false',
    production: env.NODE_ENV === 'production',
    adminToken: env.ADMIN_TOKEN || undefined,
    ask: readAskConfig(env),
    rateLimitPerMinute: readRateLimit(env.RATE_LIMIT_PER_MINUTE),
    reportCacheSize: readReportCacheSize(env.REPORT_CACHE_SIZE),
    responseCacheMb: readResponseCacheMb(env.RESPONSE_CACHE_MB),
    readCostPerMinute: wholeNumber('READ_COST_PER_MINUTE', env.READ_COST_PER_MINUTE, DEFAULT_READ_COST_PER_MINUTE, 0, 'a whole number of points (0 turns the limit off)'),
    http: readHttpLimits(env),
  };
}
