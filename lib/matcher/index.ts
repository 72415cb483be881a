// Placeholder engine for the foundation slice: case-insensitive substring search over the
// pattern and its variants. The real normalising automaton (issue 3) replaces this file.
import type { Match, Matcher, NormsInput } from './types';

export type * from './types';

export function compile(norms: NormsInput): Matcher {
  const needles = norms.terms.flatMap((term) =>
    [term.pattern, ...(term.variants ?? [])].map((needle) => ({ needle: needle.toLowerCase(), term })),
  );
  const findAll = (text: string): Match[] => {
    const lower = text.toLowerCase();
    const matches: Match[] = [];
    for (const { needle, term } of needles) {
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
        matches.push({
          start: at,
          end: at + needle.length,
          normId: term.id,
          category: term.category,
          severity: term.severity,
          suggestion: term.suggestion,
        });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  };
  return { findAll, hasMatch: (text) => findAll(text).length > 0 };
}
