import type { z } from 'zod';
import type { FieldError } from './errors.ts';
import { type Lang, translate } from './messages.ts';

/**
 * Turns zod issues into field errors, translating the message codes the schemas carry.
 * Used by the server (400 responses) and the browser (before sending), so both agree.
 */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], lang: Lang): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_';
    if (seen.has(field)) continue; // one message per field: the first rule broken
    seen.add(field);
    const code = /^[A-Z][A-Z0-9_]+$/.test(issue.message) ? issue.message : 'FIELD_INVALID';
    out.push({ field, code, message: translate(code, lang) });
  }
  return out;
}
