import { NORMS_FORMAT, NORMS_VERSION, type NormsList } from './format';

/** The sansi-norms JSON of a list; `importNormsFile` reads it back unchanged. */
export function exportJson(list: Omit<NormsList, 'format' | 'version'>): string {
  const { id, name, languages, terms, allow, rewrites } = list;
  return `${JSON.stringify({ format: NORMS_FORMAT, version: NORMS_VERSION, id, name, languages, terms, allow, ...(rewrites ? { rewrites } : {}) }, null, 2)}\n`;
}

/** One pattern a line, for people and tools that want a plain word list. */
export function exportPlain(list: Pick<NormsList, 'name' | 'terms'>): string {
  return `# ${list.name}\n${list.terms.map((term) => term.pattern).join('\n')}\n`;
}
