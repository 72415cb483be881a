import { describe, expect, it } from 'vitest';
import { firstDuplicateId } from '../../../lib/matcher/ids';
import type { NormTerm } from '../../../lib/matcher/types';

const terms = (ids: string[]): NormTerm[] => ids.map((id) => ({ id, pattern: 'x', category: 'insult', severity: 1 }));

describe('firstDuplicateId', () => {
  it('finds nothing when every id is distinct, however many', () => {
    expect(firstDuplicateId(terms([]))).toBeUndefined();
    expect(firstDuplicateId(terms(Array.from({ length: 20_000 }, (_, i) => `t${i}`)))).toBeUndefined();
  });

  it('finds a repeat far from the first, among ids that differ only a little', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `zh.${i}`);
    ids.push('zh.2718');
    expect(firstDuplicateId(terms(ids))).toBe('zh.2718');
  });

  it('tells apart ids with the same code units in another order, and non-ASCII ids', () => {
    expect(firstDuplicateId(terms(['ab', 'ba', '傻逼', '逼傻', '', 'a\u0000']))).toBeUndefined();
    expect(firstDuplicateId(terms(['傻逼', 'x', '傻逼']))).toBe('傻逼');
    expect(firstDuplicateId(terms(['', '']))).toBe('');
  });
});
