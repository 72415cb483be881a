// The duplicate-id check of compile(). A `Set` of 50k ids cost 14–44 ms of a 50k-term
// compile (its table rehashes as it grows, and each new string is hashed by the engine once);
// one pre-sized open-addressing table of term indices, hashed here, costs 3–10 ms.
import type { NormTerm } from './types';

/** Read through `call`, as in normalise.ts: the property load would go megamorphic over the
 * string representations ids come in. */
const charCodeAt = String.prototype.charCodeAt;

/** FNV-1a over the UTF-16 code units, then a multiply-shift mix so the top bits spread. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ charCodeAt.call(id, i), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}

/** Indices of the terms whose id an earlier term already has, in order (empty when all are distinct). */
export function duplicateIdIndices(terms: readonly NormTerm[]): number[] {
  const duplicates: number[] = [];
  let bits = 4;
  while (1 << bits < 2 * terms.length) bits++;
  const mask = (1 << bits) - 1;
  // Term index + 1 per slot; 0 is empty, so a fresh array needs no fill.
  const slots = new Int32Array(1 << bits);
  for (let t = 0; t < terms.length; t++) {
    const id = terms[t]!.id;
    for (let s = hashId(id) >>> (32 - bits); ; s = (s + 1) & mask) {
      const u = slots[s]!;
      if (u === 0) {
        slots[s] = t + 1;
        break;
      }
      if (terms[u - 1]!.id === id) {
        duplicates.push(t);
        break;
      }
    }
  }
  return duplicates;
}

/** The first id that an earlier term already has, or undefined when all are distinct. */
export function firstDuplicateId(terms: readonly NormTerm[]): string | undefined {
  const duplicates = duplicateIdIndices(terms);
  return duplicates.length > 0 ? terms[duplicates[0]!]!.id : undefined;
}
