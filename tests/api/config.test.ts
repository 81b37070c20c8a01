/** Configuration from the environment: defaults that work, and a clear error for a bad value. */
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_REPORT_CACHE_SIZE, readConfig } from '../../server/config.js';

describe('readConfig', () => {
  it('has defaults for everything', () => {
    const config = readConfig({});
    expect([config.port, config.databaseUrl, config.reportCacheSize, config.responseCacheMb, config.rateLimitPerMinute, config.ask.mode])
      .toEqual([4000, 'sqlite:data/hub.sqlite', DEFAULT_REPORT_CACHE_SIZE, 32, 600, 'rules']);
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
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
