import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { httpRegistryClient } from '../src/integrations/population-registry/http-registry-client.ts';
import { createPopulationRegistry } from '../src/integrations/population-registry/registry-factory.ts';
import type { RegistrySimulator } from '../src/integrations/population-registry/registry-simulator.ts';
import type { TestApp } from './helpers.ts';
import {
  agencyId,
  applicantOf,
  captureOtps,
  newDraft,
  picture,
  post,
  put,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';

let t: TestApp;
let sim: RegistrySimulator;
let verifyUrl: string;
beforeAll(async () => {
  t = await registrationApp({ env: { POPULATION_REGISTRY_TIMEOUT_MS: '300' } });
  sim = t.runtime.services.registration.registrySimulator!;
  sim.slowDelayMs = 5_000;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  verifyUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/dev/population-registry/verify`;
});
afterAll(async () => {
  sim.setMode('normal');
  await t.close();
});

async function check(i: number, over: Record<string, string> = {}) {
  const d = await newDraft(t);
  const r = await put(t, d, '/applicant', { ...applicantOf(student(i)), ...over });
  expect(r.statusCode, r.body).toBe(200);
  return { d, draft: r.json() };
}

describe('the population registry during step 1–2', () => {
  it('on a match requires only the portrait and says the citizen is verified', async () => {
    sim.setMode('normal');
    const { d, draft } = await check(0);
    expect(draft).toMatchObject({ verified: true, idKind: 'cccd', requiredPhotos: ['portrait'] });
    expect(draft.missing).toEqual(['consent', 'portrait', 'agencyId', 'email']);
    await put(t, d, '/consent', { accepted: true });
    await upload(t, d, 'portrait', await picture());
    const codes = captureOtps(t);
    const sent = await post(t, d, '/otp', {
      agencyId: await agencyId(t, '031'),
      email: 'duc@example.com',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(codes.get(d.id)).toMatch(/^\d{6}$/);
  });

  it('when the registry is down, goes on and asks for both ID photos', async () => {
    sim.setMode('down');
    const { d, draft } = await check(1);
    expect(draft).toMatchObject({ applicantVerified: true, verified: false });
    expect(draft.requiredPhotos).toEqual(['portrait', 'id_front', 'id_back']);
    await put(t, d, '/consent', { accepted: true });
    await upload(t, d, 'portrait', await picture());
    const r = await post(t, d, '/otp', {
      agencyId: await agencyId(t, '031'),
      email: 'lan@example.com',
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('REGISTRATION_INCOMPLETE');
    expect(r.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'id_front',
      'id_back',
    ]);
  });

  it('when the registry is slow, stops waiting at the deadline and asks for both ID photos', async () => {
    sim.setMode('slow');
    const started = Date.now();
    const { draft } = await check(3);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(draft.verified).toBe(false);
    expect(draft.requiredPhotos).toEqual(['portrait', 'id_front', 'id_back']);
    sim.setMode('normal');
  });

  it('does not verify a CCCD whose name or birth date differ from the registry', async () => {
    sim.add({
      cccd: '031205099999',
      fullName: 'Người Khác Hẳn',
      birthDate: '2005-01-01',
      gender: 'male',
    });
    const { draft } = await check(0, { idNumber: '031205099999' });
    expect(draft.verified).toBe(false);
    expect(JSON.stringify(draft)).not.toContain('mismatch');
  });

  it('never asks the registry about a CMND', async () => {
    const before = sim.calls;
    const { draft } = await check(5);
    expect(draft).toMatchObject({ idKind: 'cmnd', verified: false });
    expect(sim.calls).toBe(before);
  });
});

describe('the HTTP registry client against the simulator over HTTP', () => {
  // A generous timeout where an answer is expected (the suite runs files in parallel).
  const client = (timeoutMs = 5_000) => httpRegistryClient({ url: verifyUrl, timeoutMs });
  const demo = {
    cccd: student(0).idNumber,
    fullName: 'tran minh duc',
    birthDate: student(0).birthDate,
  };

  it('answers match, mismatch and not_found', async () => {
    sim.setMode('normal');
    expect(await client().verifyCitizen(demo)).toBe('match');
    expect(await client().verifyCitizen({ ...demo, birthDate: '2005-04-18' })).toBe('mismatch');
    expect(await client().verifyCitizen({ ...demo, cccd: '031205777777' })).toBe('not_found');
  });

  it('says unavailable when the registry is down (503) or unreachable', async () => {
    sim.setMode('down');
    expect(await client().verifyCitizen(demo)).toBe('unavailable');
    sim.setMode('normal');
    const closed = httpRegistryClient({ url: 'http://127.0.0.1:1/verify', timeoutMs: 300 });
    expect(await closed.verifyCitizen(demo)).toBe('unavailable');
  });

  it('gives up after its timeout when the registry is slow', async () => {
    sim.setMode('slow');
    const started = Date.now();
    expect(await client(300).verifyCitizen(demo)).toBe('unavailable');
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3_000);
    sim.setMode('normal');
  });

  it('is what the app uses when POPULATION_REGISTRY_URL is set', async () => {
    const other = await registrationApp({
      env: { POPULATION_REGISTRY_URL: verifyUrl, POPULATION_REGISTRY_TIMEOUT_MS: '5000' },
    });
    try {
      const d = await newDraft(other);
      const r = await put(other, d, '/applicant', applicantOf(student(2)));
      expect(r.json().verified).toBe(true);
      sim.setMode('down');
      const d2 = await newDraft(other);
      const r2 = await put(other, d2, '/applicant', applicantOf(student(3)));
      expect(r2.json()).toMatchObject({ applicantVerified: true, verified: false });
    } finally {
      sim.setMode('normal');
      await other.close();
    }
  });
});

describe('the registry in production', () => {
  it('has no simulator (nor its HTTP face): without a URL nobody is "verified"', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://relay.example:25',
      APP_SECRET: 'x'.repeat(64),
    });
    expect(config.populationRegistry.serveSimulator).toBe(false);
    const { registry, simulator } = createPopulationRegistry(config.populationRegistry, true);
    expect(simulator).toBeNull();
    const demo = {
      cccd: student(0).idNumber,
      fullName: student(0).fullName,
      birthDate: student(0).birthDate,
    };
    expect(await registry.verifyCitizen(demo)).toBe('unavailable');
  });
});
