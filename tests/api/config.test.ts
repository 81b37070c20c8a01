/** Configuration from the environment: defaults that work, and a clear error for a bad value. */
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_REPORT_CACHE_SIZE, readConfig } from '../../server/config.js';

describe('readConfig', () => {
  it('has defaults for everything', () => {
    const config = readConfig({});
    expect([config.port, config.databaseUrl, config.reportCacheSize, config.responseCacheMb, config.rateLimitPerMinute, config.ask.mode])
      .toEqual([4000, 'sqlite:data/hub.sqlite', DEFAULT_REPORT_CACHE_SIZE, 32, 600, 'rules']);
  });

  it('has limits for reads, slow clients and connections', () => {
    const config = readConfig({});
    expect([config.readCostPerMinute, config.http]).toEqual([6000, { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000, maxConnections: 4096, maxConnectionsPerClient: 256 }]);
    expect(readConfig({ READ_COST_PER_MINUTE: '0', MAX_CONNECTIONS_PER_CLIENT: '0' })).toMatchObject({ readCostPerMinute: 0, http: { maxConnectionsPerClient: 0 } });
  });

  it('reads the cache sizes, 0 turning the response cache off', () => {
    const config = readConfig({ REPORT_CACHE_SIZE: '8', RESPONSE_CACHE_MB: '0' });
    expect([config.reportCacheSize, config.responseCacheMb]).toEqual([8, 0]);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ REPORT_CACHE_SIZE: '0' }, /REPORT_CACHE_SIZE .*at least 1/],
    [{ REPORT_CACHE_SIZE: '2.5' }, /REPORT_CACHE_SIZE/],
    [{ RESPONSE_CACHE_MB: '-1' }, /RESPONSE_CACHE_MB/],
    [{ RESPONSE_CACHE_MB: 'lots' }, /RESPONSE_CACHE_MB/],
    [{ RATE_LIMIT_PER_MINUTE: '-5' }, /RATE_LIMIT_PER_MINUTE/],
    [{ READ_COST_PER_MINUTE: 'many' }, /READ_COST_PER_MINUTE/],
    [{ REQUEST_TIMEOUT_MS: '0' }, /REQUEST_TIMEOUT_MS/],
    [{ HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '30000' }, /HEADERS_TIMEOUT_MS .*REQUEST_TIMEOUT_MS/],
    [{ KEEP_ALIVE_TIMEOUT_MS: '1.5' }, /KEEP_ALIVE_TIMEOUT_MS/],
    [{ MAX_CONNECTIONS: '0' }, /MAX_CONNECTIONS/],
    [{ MAX_CONNECTIONS_PER_CLIENT: '-1' }, /MAX_CONNECTIONS_PER_CLIENT/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
