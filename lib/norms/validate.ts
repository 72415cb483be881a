// Shape rules for norms terms and lists, shared by the file importer (which adds line numbers)
// and the background (which must not trust what a page sends it).
import type { Category, Severity } from '../matcher/types';
import { categories, NORMS_FORMAT, NORMS_VERSION, severities, type NormEntry, type NormsList } from './format';

export const MAX_TERMS = 50_000;
export const MAX_PATTERN_LENGTH = 100;
const MAX_TEXT_LENGTH = 500;
const MAX_VARIANTS = 50;
export const TERM_ID = /^[\w.:-]{1,80}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localisedProblems(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [`"${field}" must be an object with "zh-CN" and/or "en" texts`];
  const problems: string[] = [];
  for (const [key, text] of Object.entries(value)) {
    if (key !== 'zh-CN' && key !== 'en') problems.push(`"${field}" has an unknown language "${key}" (use "zh-CN" or "en")`);
    else if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) {
      problems.push(`"${field}.${key}" must be text of at most ${MAX_TEXT_LENGTH} characters`);
    }
  }
  return problems;
}

/** Why this value is not a valid term; empty when it is. Messages are for people. */
export function termProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['a term must be an object'];
  const problems: string[] = [];
  if (typeof value.id !== 'string' || !TERM_ID.test(value.id)) {
    problems.push('"id" must be 1–80 letters, digits, ".", ":", "_" or "-"');
  }
  if (typeof value.pattern !== 'string' || value.pattern.trim() === '') problems.push('empty pattern');
  else if (value.pattern.length > MAX_PATTERN_LENGTH) problems.push(`pattern longer than ${MAX_PATTERN_LENGTH} characters`);
  if (!categories.includes(value.category as Category)) {
    problems.push(`unknown category "${String(value.category)}" (use one of: ${categories.join(', ')})`);
  }
  if (!severities.includes(value.severity as Severity)) problems.push(`severity must be 1, 2 or 3, not ${JSON.stringify(value.severity)}`);
  if (value.variants !== undefined) {
    const ok =
      Array.isArray(value.variants) &&
      value.variants.length <= MAX_VARIANTS &&
      value.variants.every((variant) => typeof variant === 'string' && variant.trim() !== '' && variant.length <= MAX_PATTERN_LENGTH);
    if (!ok) problems.push(`"variants" must be a list of at most ${MAX_VARIANTS} non-empty terms`);
  }
  if (value.wholeWord !== undefined && typeof value.wholeWord !== 'boolean') problems.push('"wholeWord" must be true or false');
  problems.push(...localisedProblems(value.note, 'note'), ...localisedProblems(value.suggestion, 'suggestion'));
  const known = new Set(['id', 'pattern', 'category', 'severity', 'variants', 'wholeWord', 'note', 'suggestion']);
  for (const key of Object.keys(value)) if (!known.has(key)) problems.push(`unknown field "${key}"`);
  return problems;
}

export function isNormEntry(value: unknown): value is NormEntry {
  return termProblems(value).length === 0;
}

/** Problems of the list as a whole (not its terms one by one). */
export function listHeaderProblems(value: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (value.format !== NORMS_FORMAT) problems.push(`"format" must be "${NORMS_FORMAT}"`);
  if (value.version !== NORMS_VERSION) problems.push(`unsupported version ${JSON.stringify(value.version)} (this Sansi reads version ${NORMS_VERSION})`);
  if (typeof value.id !== 'string' || !TERM_ID.test(value.id)) problems.push('"id" must be 1–80 letters, digits, ".", ":", "_" or "-"');
  if (typeof value.name !== 'string' || value.name.trim() === '') problems.push('"name" must be a non-empty text');
  if (!Array.isArray(value.languages) || !value.languages.every((tag) => typeof tag === 'string')) problems.push('"languages" must be a list such as ["zh", "en"]');
  if (!Array.isArray(value.terms)) problems.push('"terms" must be a list');
  else if (value.terms.length > MAX_TERMS) problems.push(`"terms": too many terms: ${value.terms.length} (at most ${MAX_TERMS})`);
  if (!Array.isArray(value.allow) || !value.allow.every((phrase) => typeof phrase === 'string' && phrase.trim() !== '')) {
    problems.push('"allow" must be a list of non-empty phrases');
  }
  return problems;
}

/** Ids that appear more than once, in order of their second appearance. */
export function duplicateIds(terms: readonly { id: string }[]): Set<number> {
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  terms.forEach((term, index) => {
    if (seen.has(term.id)) duplicates.add(index);
    seen.add(term.id);
  });
  return duplicates;
}

/** A whole list checked, for the background; the importer reports the same rules with lines. */
export function isNormsList(value: unknown): value is NormsList {
  return (
    isRecord(value) &&
    listHeaderProblems(value).length === 0 &&
    (value.terms as unknown[]).every((term) => termProblems(term).length === 0) &&
    duplicateIds(value.terms as NormEntry[]).size === 0
  );
}
