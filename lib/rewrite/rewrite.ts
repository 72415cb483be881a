// A whole draft rewritten: every flag's phrase replaced by a kinder one, as "Use the kinder
// wording" in the pause and `npm run check -- --rewrite` do.
import { applyEdits, candidatesFor, fitCase, type Edit, type RewriteFlag } from './alternatives';
import type { DraftLanguage } from './language';
import type { RewriteNorms } from './norms';

export interface Rewrite {
  /** The draft with every edit applied. */
  text: string;
  /** In the draft's own offsets, sorted, not overlapping; empty when nothing could be rewritten. */
  edits: Edit[];
}

/** Which alternative to use: one index for every flag, or one per flag (its index in `flags`). */
export type Choice = number | ((flag: RewriteFlag, index: number) => number);

interface Planned extends Edit {
  rank: number;
  raw: string;
  lang: DraftLanguage;
}

/**
 * The draft with each flag's chosen alternative (the first by default) in place. The most
 * severe flags go first; a flag inside a phrase already rewritten needs nothing more, and
 * rewrites that overlap or touch (only spaces between) become one, worded as the more severe
 * one's, so two kind phrases never stand side by side without a word between them.
 *
 * @example
 * rewrite('go to hell you moron', matcher.findAll('go to hell you moron'), norms);
 * // → { text: 'I see it differently', edits: [{ start: 0, end: 20, insert: 'I see it differently' }] }
 */
export function rewrite(text: string, flags: readonly RewriteFlag[], norms: RewriteNorms, choice: Choice = 0): Rewrite {
  const order = flags
    .map((flag, index) => ({ flag, index }))
    .sort((a, b) => (b.flag.severity ?? 1) - (a.flag.severity ?? 1) || a.flag.start - b.flag.start || b.flag.end - a.flag.end);
  const planned: Planned[] = [];
  for (const [rank, { flag, index }] of order.entries()) {
    if (planned.some((edit) => edit.start <= flag.start && flag.end <= edit.end)) continue;
    const found = candidatesFor(text, flag, norms);
    if (!found) continue;
    const wanted = typeof choice === 'number' ? choice : choice(flag, index);
    const option = found.options[wanted] ?? found.options[0];
    if (option) planned.push({ ...option, raw: option.insert, rank, lang: found.lang });
  }
  planned.sort((a, b) => a.start - b.start);
  const merged: Planned[] = [];
  for (const edit of planned) {
    const last = merged[merged.length - 1];
    if (last && (edit.start <= last.end || text.slice(last.end, edit.start).trim() === '')) {
      // Leaving a phrase out never swallows a kinder phrase next to it.
      const keep = (last.raw === '') !== (edit.raw === '') ? (last.raw === '' ? edit : last) : last.rank <= edit.rank ? last : edit;
      merged[merged.length - 1] = { ...keep, start: last.start, end: Math.max(last.end, edit.end) };
    } else merged.push({ ...edit });
  }
  const edits = merged.map(({ start, end, raw, lang }) => ({ start, end, insert: fitCase(raw, text, start, lang) }));
  return { text: applyEdits(text, edits), edits };
}

/**
 * The draft after every flag's first alternative is put in, as Replace would, or null when
 * there is nothing to replace (no flags, or none with a suggestion in the draft's language).
 * What `npm run check -- --rewrite` prints.
 */
export function rewrittenDraft(text: string, flags: readonly RewriteFlag[], norms: RewriteNorms): string | null {
  const result = rewrite(text, flags, norms);
  return result.edits.length === 0 ? null : result.text;
}

/**
 * Like `rewrittenDraft`, with the flags found again in the rewrite until there are none (at
 * most `rounds` times): a kinder phrase can change the context of words left as they were, and
 * a judgement that reads context may then show a term it did not show before.
 */
export function rewrittenUntilQuiet(text: string, flagsOf: (text: string) => readonly RewriteFlag[], norms: RewriteNorms, rounds = 3): string | null {
  let current = text;
  let changed = false;
  for (let round = 0; round < rounds; round++) {
    const next = rewrittenDraft(current, flagsOf(current), norms);
    if (next === null || next === current) break;
    current = next;
    changed = true;
  }
  return changed ? current : null;
}
