// Plain lists (one term a line) and CSV (term,category,severity,suggestion): the formats people
// already keep word lists in. Both become a user list with ids derived from the pattern.
import type { Category, Severity } from '../matcher/types';
import type { NormEntry } from './format';
import { failed, type ImportProblem, type ImportResult } from './import-result';
import { problem } from './problems';
import { MAX_TERMS, termProblems } from './validate';

/** A stable id for a term imported without one: the same pattern always gets the same id. */
export function idForPattern(pattern: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) hash = Math.imul(hash ^ pattern.charCodeAt(i), 0x01000193);
  return `user.${(hash >>> 0).toString(36)}`;
}

function entry(pattern: string, category: Category, severity: Severity, suggestion: string): NormEntry {
  const text = suggestion.trim();
  return {
    id: idForPattern(pattern),
    pattern,
    category,
    severity,
    note: {},
    suggestion: text ? { 'zh-CN': text, en: text } : {},
  };
}

function finish(rows: { line: number; term: NormEntry }[], problems: ImportProblem[], name: string): ImportResult {
  const firstLine = new Map<string, number>();
  for (const { line, term } of rows) {
    for (const found of termProblems(term)) problems.push({ line, ...found });
    const earlier = firstLine.get(term.pattern);
    if (earlier !== undefined) problems.push({ line, ...problem('norms.problem.repeatedTerm', { pattern: term.pattern, line: earlier }) });
    else firstLine.set(term.pattern, line);
  }
  if (rows.length > MAX_TERMS) problems.unshift({ line: 0, ...problem('norms.problem.tooManyTerms', { count: rows.length, max: MAX_TERMS }) });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 0, ...problem('norms.problem.noTerms') });
  if (problems.length > 0) return failed(problems.sort((a, b) => a.line - b.line));
  return {
    ok: true,
    list: { format: 'sansi-norms', version: 1, id: 'imported', name, languages: [], terms: rows.map((row) => row.term), allow: [] },
  };
}

/** One term a line; blank lines and lines starting with `#` are skipped. */
export function importPlain(text: string, name: string): ImportResult {
  const rows: { line: number; term: NormEntry }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const pattern = raw.trim();
    if (pattern && !pattern.startsWith('#')) rows.push({ line: index + 1, term: entry(pattern, 'insult', 2, '') });
  });
  return finish(rows, [], name);
}

/** Splits one CSV record (RFC 4180 quoting, without line breaks inside quotes). */
export function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** `term,category,severity,suggestion`, with or without that header line. */
export function importCsv(text: string, name: string): ImportResult {
  const rows: { line: number; term: NormEntry }[] = [];
  const problems: ImportProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = csvFields(raw);
    if (!fields) {
      problems.push({ line, ...problem('norms.problem.unclosedQuote') });
      return;
    }
    if (index === 0 && fields[0]?.trim().toLowerCase() === 'term') return;
    if (fields.length < 3 || fields.length > 4) {
      problems.push({ line, ...problem('norms.problem.csvFields', { count: fields.length }) });
      return;
    }
    const [pattern = '', category = '', severity = '', suggestion = ''] = fields.map((field) => field.trim());
    const level = /^[0-9]+$/.test(severity) ? Number(severity) : NaN;
    rows.push({ line, term: entry(pattern, category as Category, level as Severity, suggestion) });
  });
  return finish(rows, problems, name);
}
