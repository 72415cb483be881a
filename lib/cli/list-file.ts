// Reads a norms list for `npm run check --list`: any file the options page imports (sansi-norms
// JSON, CSV, a plain list), or a bare JSON `{terms, allow}` as tests and scripts write it. Errors
// come back as readable English text rather than thrown, since the file is user input.
import { readFileSync } from 'node:fs';
import type { NormTerm, NormsInput } from '../matcher/types';
import type { CategoryRewrites } from '../norms/format';
import { importNormsFile } from '../norms/import-file';
import { describeImportProblem } from '../norms/import-result';
import { describeProblem } from '../norms/problems';
import { termProblems } from '../norms/validate';

/** `rewrites`: a sansi-norms file's phrase rewrites by category, when it has them. */
export type ListResult = { ok: true; norms: NormsInput; rewrites?: CategoryRewrites } | { ok: false; error: string };

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** A bare `{terms, allow}` object: the terms checked by the same rules as an import. */
export function parseBareList(data: unknown): ListResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'expected a JSON object with "terms"' };
  const obj = data as Record<string, unknown>;
  if (!Array.isArray(obj.terms)) return { ok: false, error: '"terms" must be an array' };
  if (obj.allow !== undefined && !isStringArray(obj.allow)) return { ok: false, error: '"allow" must be an array of strings' };
  for (const [i, raw] of obj.terms.entries()) {
    const [first] = termProblems(raw);
    if (first) return { ok: false, error: `terms[${i}]: ${describeProblem(first, 'en')}` };
  }
  return { ok: true, norms: { terms: obj.terms as NormTerm[], allow: (obj.allow as string[] | undefined) ?? [] } };
}

/** Reads and checks a list file. */
export function readList(path: string): ListResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const text = new TextDecoder().decode(bytes);
  const isJson = /\.json$/i.test(path) || text.trimStart().startsWith('{');
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: `${path} is not valid JSON: ${(e as Error).message}` };
    }
    // Only a full sansi-norms file (with its version) goes through the strict importer.
    const bare = typeof data !== 'object' || data === null || !('version' in data);
    if (bare) {
      const result = parseBareList(data);
      return result.ok ? result : { ok: false, error: `${path}: ${result.error}` };
    }
  }
  const result = importNormsFile(bytes, path);
  if (result.ok) return { ok: true, norms: { terms: result.list.terms, allow: result.list.allow }, ...(result.list.rewrites ? { rewrites: result.list.rewrites } : {}) };
  const problems = result.errors.map((error) => `${path}${error.line > 0 ? `:${error.line}` : ''}: ${describeImportProblem(error, 'en')}`);
  return { ok: false, error: problems.join('\n') };
}
