// Phrase patterns: a term written as pieces of words with bounded gaps between them, and
// alternatives inside a piece. The syntax (see README.md):
//   (a|b|c)   one of the alternatives; an empty one makes the group optional: `(really |)`
//   …  ...    a gap of at most DEFAULT_GAP tokens (a Latin word or a CJK character each)
//   {N} {0,N} a gap of at most N tokens (N ≤ MAX_GAP)
// Each piece expands into its literal forms, which the automaton finds like any other form;
// `chain.ts` links the pieces of one phrase within their gaps, in the same pass.

/** Tokens a `…` gap may hold. */
export const DEFAULT_GAP = 8;
/** The widest gap a pattern may ask for. */
export const MAX_GAP = 30;
/** Pieces a phrase may have (gaps + 1). */
export const MAX_PIECES = 6;
/** Literal forms one piece may expand to (the product of its groups' alternatives). */
export const MAX_FORMS = 64;

/** A phrase: its pieces (each a list of literal alternatives) and the gap bound after each. */
export interface Phrase {
  pieces: string[][];
  /** `gaps[i]`: the most tokens between piece i and piece i + 1. */
  gaps: number[];
}

/** Why a pattern is not a valid phrase, as a key the norms problems turn into a sentence. */
export type PhraseError =
  | 'unclosedGroup'
  | 'unopenedGroup'
  | 'nestedGroup'
  | 'gapAtEdge'
  | 'gapInGroup'
  | 'gapTooWide'
  | 'tooManyPieces'
  | 'tooManyForms'
  | 'emptyPiece';

export type ParsedPattern = { ok: true; phrase: Phrase } | { ok: false; error: PhraseError };

const GAP_BRACES = /^\{(?:0?,)?(\d{1,3})\}/;

/** True when `written` uses the phrase syntax at all (else it is one literal form). */
export function isPhrasePattern(written: string): boolean {
  for (let i = 0; i < written.length; i++) {
    const c = charCodeAt.call(written, i);
    if (c === 0x28 || c === 0x29 || c === 0x7b || c === 0x7d || c === 0x2026) return true;
    if (c === 0x2e && charCodeAt.call(written, i + 1) === 0x2e && charCodeAt.call(written, i + 2) === 0x2e) return true;
  }
  return false;
}

/** Read through `call` (see normalise.ts): compile asks this of every form of a list, in
 * every string representation, and the property load would go megamorphic. */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Parses a pattern. A pattern without the phrase syntax is one piece with one form, itself.
 *
 * @example
 * parsePattern('go (back|home) … where you came from');
 * // → { ok: true, phrase: { pieces: [['go back ', 'go home '], [' where you came from']], gaps: [8] } }
 */
export function parsePattern(written: string): ParsedPattern {
  if (!isPhrasePattern(written)) return { ok: true, phrase: { pieces: [[written]], gaps: [] } };
  const pieces: string[][] = [];
  const gaps: number[] = [];
  /** The current piece's forms so far (a product of its literal runs and groups). */
  let forms = [''];
  let group: string[] | undefined;
  let pendingGap = -1;
  const endPiece = (gap: number): PhraseError | undefined => {
    if (forms.every((form) => form.trim() === '')) {
      if (pieces.length === 0) return 'gapAtEdge';
      // Two gaps in a row (`… …`): one gap, the wider bound.
      pendingGap = Math.max(pendingGap, gap);
      forms = [''];
      return undefined;
    }
    if (pendingGap >= 0) gaps.push(pendingGap);
    pieces.push(forms);
    pendingGap = gap;
    forms = [''];
    return undefined;
  };
  const append = (texts: readonly string[]): PhraseError | undefined => {
    const next: string[] = [];
    for (const form of forms) for (const text of texts) next.push(form + text);
    if (next.length > MAX_FORMS) return 'tooManyForms';
    forms = next;
    return undefined;
  };
  for (let i = 0; i < written.length; ) {
    const char = written[i]!;
    let gap = -1;
    let width = 1;
    if (char === '…') gap = DEFAULT_GAP;
    else if (written.startsWith('...', i)) {
      gap = DEFAULT_GAP;
      width = 3;
    } else if (char === '{') {
      const braces = GAP_BRACES.exec(written.slice(i));
      if (braces) {
        gap = Number(braces[1]);
        width = braces[0].length;
        if (gap > MAX_GAP) return { ok: false, error: 'gapTooWide' };
      }
    }
    if (gap >= 0) {
      if (group) return { ok: false, error: 'gapInGroup' };
      const error = endPiece(gap);
      if (error) return { ok: false, error };
      i += width;
      continue;
    }
    if (char === '(') {
      if (group) return { ok: false, error: 'nestedGroup' };
      group = [''];
    } else if (char === ')') {
      if (!group) return { ok: false, error: 'unopenedGroup' };
      const error = append([...new Set(group)]);
      if (error) return { ok: false, error };
      group = undefined;
    } else if (char === '|' && group) {
      group.push('');
    } else if (group) {
      group[group.length - 1] += char;
    } else {
      const error = append([char]);
      if (error) return { ok: false, error };
    }
    i++;
  }
  if (group) return { ok: false, error: 'unclosedGroup' };
  if (forms.every((form) => form.trim() === '')) return { ok: false, error: pieces.length === 0 ? 'emptyPiece' : 'gapAtEdge' };
  if (pendingGap >= 0) gaps.push(pendingGap);
  pieces.push(forms);
  if (pieces.length > MAX_PIECES) return { ok: false, error: 'tooManyPieces' };
  // An alternative that leaves a piece empty (`(a|)` alone) would let the piece match nothing.
  for (const piece of pieces) if (piece.some((form) => form.trim() === '')) return { ok: false, error: 'emptyPiece' };
  return { ok: true, phrase: { pieces: pieces.map((piece) => [...new Set(piece)]), gaps } };
}
