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
  };
}
