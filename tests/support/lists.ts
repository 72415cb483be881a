import type { NormEntry, NormsList } from '@/lib/norms/format';

/** A term with every field a shipped one has; override what a test cares about. */
export function entry(id: string, pattern: string, overrides: Partial<NormEntry> = {}): NormEntry {
  return {
    id,
    pattern,
    category: 'insult',
    severity: 2,
    note: { 'zh-CN': '伤人', en: 'hurts' },
    suggestion: { 'zh-CN': '换个说法', en: 'say it kindly' },
    ...overrides,
  };
}

export function list(id: string, terms: NormEntry[], allow: string[] = [], name = id): NormsList {
  return { format: 'sansi-norms', version: 1, id, name, languages: ['zh', 'en'], terms, allow };
}
