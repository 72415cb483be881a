// Shape rules for norms terms and lists, shared by the file importer (which adds line numbers)
// and the background (which must not trust what a page sends it).
import type { Category, Severity } from '../matcher/types';
import { categories, NORMS_FORMAT, NORMS_VERSION, severities, type NormEntry, type NormsList } from './format';
import { problem, type NormsProblem } from './problems';
import { matchingProblems } from './term-checks';
import { parsePhrase } from '../rewrite/phrase';
import { fitsLanguage } from '../rewrite/script';

export const MAX_TERMS = 50_000;
export const MAX_PATTERN_LENGTH = 100;
/** Longer names are not names; they also stretch every row that shows one. */
export const MAX_NAME_LENGTH = 100;
const MAX_TEXT_LENGTH = 500;
const MAX_VARIANTS = 50;
export const TERM_ID = /^[\w.:-]{1,80}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localisedProblems(value: unknown, field: string): NormsProblem[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return [problem('norms.problem.textsObject', { field })];
  const problems: NormsProblem[] = [];
  for (const [key, text] of Object.entries(value)) {
    if (key !== 'zh-CN' && key !== 'en') problems.push(problem('norms.problem.textLanguage', { field, language: key }));
    else if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) {
      problems.push(problem('norms.problem.textTooLong', { field: `${field}.${key}`, max: MAX_TEXT_LENGTH }));
    }
  }
  return problems;
}

const MAX_REWRITES = 20;
const MAX_PHRASE_LENGTH = 500;
const MAX_INSTEAD = 3;

/** A list of phrase rewrites (`PhraseRewrite`): a known language, a phrase that parses, 1–3 phrases in that language (`""` leaves the phrase out). */
function rewritesProblems(value: unknown, field: string): NormsProblem[] {
  if (value === undefined) return [];
  const valid = (rewrite: unknown): boolean => {
    if (!isRecord(rewrite) || (rewrite.lang !== 'zh' && rewrite.lang !== 'en')) return false;
    const lang = rewrite.lang;
    if (typeof rewrite.phrase !== 'string' || rewrite.phrase.length > MAX_PHRASE_LENGTH || !parsePhrase(rewrite.phrase)) return false;
    const { instead } = rewrite;
    if (!Array.isArray(instead) || instead.length === 0 || instead.length > MAX_INSTEAD) return false;
    if (!instead.every((text) => typeof text === 'string' && text.length <= MAX_TEXT_LENGTH && fitsLanguage(text.replace('{suggestion}', ''), lang))) return false;
    return Object.keys(rewrite).every((key) => key === 'lang' || key === 'phrase' || key === 'instead');
  };
  return Array.isArray(value) && value.length <= MAX_REWRITES && value.every(valid) ? [] : [problem('norms.problem.rewrites', { field })];
}

/** Why this value is not a valid term; empty when it is. */
export function termProblems(value: unknown): NormsProblem[] {
  if (!isRecord(value)) return [problem('norms.problem.termNotObject')];
  const problems: NormsProblem[] = [];
  if (typeof value.id !== 'string' || !TERM_ID.test(value.id)) {
    problems.push(problem('norms.problem.termId'));
  }
  if (typeof value.pattern !== 'string' || value.pattern.trim() === '') problems.push(problem('norms.problem.emptyPattern'));
  else if (value.pattern.length > MAX_PATTERN_LENGTH) problems.push(problem('norms.problem.patternTooLong', { max: MAX_PATTERN_LENGTH }));
  if (!categories.includes(value.category as Category)) {
    problems.push(problem('norms.problem.category', { value: String(value.category), allowed: categories.join(', ') }));
  }
  if (!severities.includes(value.severity as Severity)) problems.push(problem('norms.problem.severity', { value: String(JSON.stringify(value.severity)) }));
  if (value.variants !== undefined) {
    const ok =
      Array.isArray(value.variants) &&
      value.variants.length <= MAX_VARIANTS &&
      value.variants.every((variant) => typeof variant === 'string' && variant.trim() !== '' && variant.length <= MAX_PATTERN_LENGTH);
    if (!ok) problems.push(problem('norms.problem.variants', { max: MAX_VARIANTS }));
  }
  if (value.wholeWord !== undefined && typeof value.wholeWord !== 'boolean') problems.push(problem('norms.problem.wholeWord'));
  if (problems.length === 0) problems.push(...matchingProblems(value));
  problems.push(...localisedProblems(value.note, 'note'), ...localisedProblems(value.suggestion, 'suggestion'));
  problems.push(...rewritesProblems(value.rewrites, 'rewrites'));
  const known = new Set(['id', 'pattern', 'category', 'severity', 'variants', 'wholeWord', 'lang', 'aim', 'note', 'suggestion', 'rewrites']);
  for (const key of Object.keys(value)) if (!known.has(key)) problems.push(problem('norms.problem.unknownField', { field: key }));
  return problems;
}

export function isNormEntry(value: unknown): value is NormEntry {
  return termProblems(value).length === 0;
}

/** Problems of the list as a whole (not its terms one by one). */
export function listHeaderProblems(value: Record<string, unknown>): NormsProblem[] {
  const problems: NormsProblem[] = [];
  if (value.format !== NORMS_FORMAT) problems.push(problem('norms.problem.format', { format: NORMS_FORMAT }, 'format'));
  if (value.version !== NORMS_VERSION) problems.push(problem('norms.problem.version', { version: String(JSON.stringify(value.version)), supported: NORMS_VERSION }, 'version'));
  if (typeof value.id !== 'string' || !TERM_ID.test(value.id)) problems.push(problem('norms.problem.listId', undefined, 'id'));
  if (typeof value.name !== 'string' || value.name.trim() === '') problems.push(problem('norms.problem.name', undefined, 'name'));
  else if (value.name.length > MAX_NAME_LENGTH) problems.push(problem('norms.problem.nameTooLong', { length: value.name.length, max: MAX_NAME_LENGTH }, 'name'));
  if (!Array.isArray(value.languages) || !value.languages.every((tag) => typeof tag === 'string')) problems.push(problem('norms.problem.languages', undefined, 'languages'));
  if (!Array.isArray(value.terms)) problems.push(problem('norms.problem.termsNotList', undefined, 'terms'));
  else if (value.terms.length > MAX_TERMS) problems.push(problem('norms.problem.tooManyTerms', { count: value.terms.length, max: MAX_TERMS }, 'terms'));
  if (!Array.isArray(value.allow) || !value.allow.every((phrase) => typeof phrase === 'string' && phrase.trim() !== '')) {
    problems.push(problem('norms.problem.allow', undefined, 'allow'));
  }
  if (value.rewrites !== undefined) {
    if (!isRecord(value.rewrites) || !Object.keys(value.rewrites).every((key) => categories.includes(key as Category))) {
      problems.push(problem('norms.problem.rewriteCategories', { allowed: categories.join(', ') }, 'rewrites'));
    } else {
      for (const [category, rewrites] of Object.entries(value.rewrites)) {
        problems.push(...rewritesProblems(rewrites, `rewrites.${category}`).map((found) => ({ ...found, field: 'rewrites' })));
      }
    }
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
