import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig: sign-in settings', () => {
  it('derives the passkey origins from PUBLIC_URL and the local port', () => {
    const c = loadConfig({ PUBLIC_URL: 'https://vssid.example.vn/app', PORT: '8080' });
    expect(c.webauthn.rpId).toBe('localhost');
    expect(c.webauthn.origins).toEqual([
      'https://vssid.example.vn',
      'http://localhost:8080',
      'http://127.0.0.1:8080',
      'http://localhost:5173',
    ]);
  });

  it('takes an explicit RP ID and origin list, and refuses a malformed one', () => {
    const c = loadConfig({
      WEBAUTHN_RP_ID: 'vssid.example.vn',
      WEBAUTHN_ORIGINS: 'https://vssid.example.vn, https://m.vssid.example.vn',
    });
    expect(c.webauthn).toEqual({
      rpId: 'vssid.example.vn',
      origins: ['https://vssid.example.vn', 'https://m.vssid.example.vn'],
    });
    expect(() => loadConfig({ WEBAUTHN_ORIGINS: 'not a url' })).toThrow(ConfigError);
  });

  it('bounds argon2 concurrency and its queue', () => {
    expect(loadConfig({}).argon2).toEqual({ concurrency: 4, maxQueue: 64 });
    expect(() => loadConfig({ ARGON2_CONCURRENCY: '0' })).toThrow(ConfigError);
  });
});
