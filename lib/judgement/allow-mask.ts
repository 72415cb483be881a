// The model reads the draft with its allowed phrases blanked out: "垃圾分类，人人有责" is in the
// lists' allow phrases, so its `垃圾` must not weigh with the model either. The phrases are found
// the way the matcher finds terms (same normalisation), with the matcher itself.
import { compile } from '../matcher';
import type { Matcher } from '../matcher/types';

export class AllowMask {
  /** Compiled on the first `mask`: thousands of phrases take tens of milliseconds, and most pages never need them. */
  private matcher: Matcher | undefined | null = null;

  constructor(private readonly phrases: readonly string[]) {}

  /** `text` with every allowed phrase turned into spaces: same length, so offsets still hold. */
  mask(text: string): string {
    if (this.matcher === null) {
      const usable = [...new Set(this.phrases.map((p) => p.trim()).filter((p) => p !== ''))];
      this.matcher = usable.length === 0 ? undefined : compileUsable(usable);
    }
    const found = this.matcher?.findAll(text) ?? [];
    if (found.length === 0) return text;
    let out = '';
    let at = 0;
    for (const { start, end } of found) {
      out += text.slice(at, start) + ' '.repeat(end - start);
      at = end;
    }
    return out + text.slice(at);
  }
}

function asTerms(phrases: readonly string[]) {
  return phrases.map((pattern, i) => ({ id: `allow.${i}`, pattern, category: 'insult' as const, severity: 1 as const, wholeWord: false }));
}

/** Compiles the phrases as terms; a phrase with nothing to match once normalised ("***") is left out. */
function compileUsable(phrases: readonly string[]): Matcher | undefined {
  try {
    return compile({ terms: asTerms(phrases) });
  } catch {
    const kept = phrases.filter((phrase) => {
      try {
        compile({ terms: asTerms([phrase]) });
        return true;
      } catch {
        return false;
      }
    });
    return kept.length === 0 ? undefined : compile({ terms: asTerms(kept) });
  }
}
