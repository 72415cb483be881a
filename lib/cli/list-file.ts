// Reads a norms list for `npm run check --list`: a JSON `NormsInput` ({terms, allow}) or a
// sansi-norms file with the same keys. A stop-gap until lib/norms' parser is wired in; it
// returns readable errors rather than throwing, since the file is user input.
import { readFileSync } from 'node:fs';
import type { Category, NormTerm, NormsInput } from '../matcher/types';

const CATEGORIES: readonly Category[] = ['insult', 'profanity', 'threat', 'harassment', 'identity-hate', 'self-harm', 'doxxing'];

export type ListResult = { ok: true; norms: NormsInput } | { ok: false; error: string };

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** Checks the shape of a parsed list; the first problem found, with where it is. */
export function parseList(data: unknown): ListResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'expected a JSON object with "terms"' };
  const obj = data as Record<string, unknown>;
  if ('format' in obj && obj.format !== 'sansi-norms') return { ok: false, error: `unknown "format": ${JSON.stringify(obj.format)}` };
  if (!Array.isArray(obj.terms)) return { ok: false, error: '"terms" must be an array' };
  if (obj.allow !== undefined && !isStringArray(obj.allow)) return { ok: false, error: '"allow" must be an array of strings' };
  const terms: NormTerm[] = [];
  for (const [i, raw] of obj.terms.entries()) {
    const where = `terms[${i}]`;
    if (typeof raw !== 'object' || raw === null) return { ok: false, error: `${where}: expected an object` };
    const t = raw as Record<string, unknown>;
    if (typeof t.id !== 'string' || t.id === '') return { ok: false, error: `${where}: "id" must be a non-empty string` };
    if (typeof t.pattern !== 'string' || t.pattern.trim() === '') return { ok: false, error: `${where} (${t.id}): "pattern" must be a non-empty string` };
    if (!CATEGORIES.includes(t.category as Category)) return { ok: false, error: `${where} (${t.id}): "category" must be one of ${CATEGORIES.join(', ')}` };
    if (t.severity !== 1 && t.severity !== 2 && t.severity !== 3) return { ok: false, error: `${where} (${t.id}): "severity" must be 1, 2 or 3` };
    if (t.variants !== undefined && !isStringArray(t.variants)) return { ok: false, error: `${where} (${t.id}): "variants" must be an array of strings` };
    if (t.wholeWord !== undefined && typeof t.wholeWord !== 'boolean') return { ok: false, error: `${where} (${t.id}): "wholeWord" must be true or false` };
    terms.push(raw as NormTerm);
  }
  return { ok: true, norms: { terms, allow: (obj.allow as string[] | undefined) ?? [] } };
}

/** Reads and parses a list file. */
export function readList(path: string): ListResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${path} is not valid JSON: ${(e as Error).message}` };
  }
  const result = parseList(data);
  return result.ok ? result : { ok: false, error: `${path}: ${result.error}` };
}
