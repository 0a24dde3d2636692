// zod 4 compiles a fast parser for object schemas with `new Function`, after probing whether
// eval is allowed. Our CSP forbids eval (script-src 'self'), so the probe alone was reported as
// a violation on every load. `z.config({ jitless: true })` turns both off, but it must run
// before any schema is built, and importing zod here would put a third of it in the entry
// chunk. zod keeps that config on `globalThis.__zod_globalConfig` (shared by every copy of
// zod, read when it loads and when each schema is built): setting it first is the same switch
// at no cost. e2e/first-load.spec.ts fails if a CSP report comes back.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const g = globalThis as ZodGlobal;
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };

export {};
