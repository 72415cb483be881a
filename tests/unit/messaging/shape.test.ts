import { describe, expect, it } from 'vitest';
import { array, boolean, empty, literal, number, object, oneOf, string, union } from '@/lib/messaging/shape';

describe('shapes', () => {
  const point = object({ x: number(), y: number() }, (value) => value.x <= value.y);

  it('takes an object with exactly its keys, each of its shape, related as refined', () => {
    expect(point.is({ x: 1, y: 2 })).toBe(true);
    expect(point.is({ x: 3, y: 2 })).toBe(false);
    expect(point.is({ x: 1 })).toBe(false);
    expect(point.is({ x: 1, y: 2, text: 'a stray draft' })).toBe(false);
    expect(point.is({ x: '1', y: 2 })).toBe(false);
    expect(point.is([1, 2])).toBe(false);
    expect(point.is(null)).toBe(false);
  });

  it('does not count inherited keys as its own', () => {
    const inherited = Object.create({ x: 1 }) as Record<string, unknown>;
    inherited.y = 2;
    inherited.z = 3;
    expect(point.is(inherited)).toBe(false);
    expect(empty.is({})).toBe(true);
    expect(empty.is({ host: 'weibo.com' })).toBe(false);
  });

  it('checks strings, numbers, booleans, fixed values, bounded arrays and unions', () => {
    expect(string((text) => text.length < 3).is('ab')).toBe(true);
    expect(string((text) => text.length < 3).is('abc')).toBe(false);
    expect(number().is(Number.NaN)).toBe(false);
    expect(number().is(Infinity)).toBe(false);
    expect(boolean.is('true')).toBe(false);
    expect(oneOf([1, 2, 3] as const).is(4)).toBe(false);
    expect(literal('erase-all-records').is('erase')).toBe(false);
    expect(array(number(), 2).is([1, 2])).toBe(true);
    expect(array(number(), 2).is([1, 2, 3])).toBe(false);
    expect(array(number(), 2).is([1, 'x'])).toBe(false);
    const edit = union(object({ op: literal('a'), n: number() }), object({ op: literal('b') }));
    expect(edit.is({ op: 'a', n: 1 })).toBe(true);
    expect(edit.is({ op: 'b' })).toBe(true);
    expect(edit.is({ op: 'b', n: 1 })).toBe(false);
  });
});
