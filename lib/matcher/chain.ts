// Phrase patterns, second half: the automaton found each piece's literal forms (as hits
// flagged F_PIECE, never matches by themselves); here the pieces of one phrase are linked in
// order, each within its gap bound of the one before, into one candidate spanning the whole
// phrase. Shared by the matcher and the reference scan, like verify.
import type { CandidateList } from './candidates';
import * as kinds from './normalised';
import type { Normalised } from './normalised';

const K_UNIT: number = kinds.K_UNIT;
const K_SEP: number = kinds.K_SEP;
const K_LETTER: number = kinds.K_LETTER;
const K_DIGIT: number = kinds.K_DIGIT;

/** One phrase of a compiled list: its term, its number of pieces and the gap after each. */
export interface CompiledPhrase {
  term: number;
  pieces: number;
  gaps: readonly number[];
}

/** Which phrase and piece a searched form belongs to. */
export interface PieceTable {
  phrases: readonly CompiledPhrase[];
  /** Per pattern number of a piece form: `phrase * 8 + piece`. */
  pieceOf: ReadonlyMap<number, number>;
}

/**
 * True when the gap between entry `a` (a piece's last) and entry `b` (the next piece's first)
 * holds at most `max` tokens (a Latin word or digit run, a CJK character or emoji) and no end
 * of a sentence: a phrase never spans `.`, `!`, `?`, `;` or a line break.
 */
export function gapFits(n: Normalised, text: string, a: number, b: number, max: number): boolean {
  if (b <= a) return false;
  let tokens = 0;
  for (let k = a + 1; k < b; k++) {
    const kind = n.kind[k]!;
    if (kind === K_SEP) {
      for (let i = n.start[k]!; i < n.end[k]!; i++) if (endsSentence(text.charCodeAt(i))) return false;
    } else if (kind === K_UNIT) {
      tokens++;
    } else if (k === a + 1 || !isWord(n.kind[k - 1]!)) {
      tokens++;
    }
    if (tokens > max) return false;
  }
  return true;
}

function isWord(kind: number): boolean {
  return kind === K_LETTER || kind === K_DIGIT;
}

function endsSentence(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x2e || // .
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x3b || // ;
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3002 || // 。
    c === 0xff01 || // ！
    c === 0xff1f || // ？
    c === 0xff1b || // ；
    c === 0xff0e // ．
  );
}

/**
 * Links the piece hits in `pieces` into phrase candidates, pushed to `out` as (first entry of
 * the first piece, last entry of the last piece, pattern of the first piece). For each hit of
 * a phrase's first piece (in text order, past the phrase's last candidate), each next piece is
 * the earliest hit after the one before that fits the gap.
 */
export function chainPhrases(n: Normalised, text: string, pieces: CandidateList, table: PieceTable, out: CandidateList): void {
  if (pieces.count === 0) return;
  // Hits by phrase and piece, each list in order of first entry.
  const byPiece = new Map<number, number[]>();
  const order = pieces.sortedByStart();
  for (const h of order) {
    const code = table.pieceOf.get(pieces.pattern[h]!)!;
    let list = byPiece.get(code);
    if (list === undefined) byPiece.set(code, (list = []));
    list.push(h);
  }
  for (const [code, starts] of byPiece) {
    if ((code & 7) !== 0) continue;
    const phrase = table.phrases[code >> 3]!;
    // The end of this phrase's last candidate: a first piece inside it starts no new one, so a
    // phrase's candidates never overlap each other (else `牛…牛逼` over `牛牛牛牛牛逼，` repeated
    // chains every candidate into the next, one cluster the length of the text).
    let reach = -1;
    for (const h0 of starts) {
      if (pieces.first[h0]! <= reach) continue;
      let last = pieces.last[h0]!;
      let complete = true;
      for (let piece = 1; piece < phrase.pieces && complete; piece++) {
        const next = byPiece.get(code + piece);
        complete = false;
        if (next === undefined) break;
        // The earliest hit that starts after `last` (binary search: a text may hold thousands
        // of hits of a one-character piece), the one that ends first among those starting
        // there. If it does not fit the gap, no later one does: a later start holds at least
        // as many tokens, and the same end of sentence.
        let low = 0;
        let high = next.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (pieces.first[next[mid]!]! <= last) low = mid + 1;
          else high = mid;
        }
        if (low === next.length) break;
        const h = next[low]!;
        if (!gapFits(n, text, last, pieces.first[h]!, phrase.gaps[piece - 1]!)) break;
        last = pieces.last[h]!;
        complete = true;
      }
      if (!complete) continue;
      out.push(pieces.first[h0]!, last, pieces.pattern[h0]!);
      reach = last;
    }
  }
}
