import { describe, expect, it } from 'vitest';
import { cardPosition } from '@/lib/drafts/ui/card-placement';

const card = { width: 300, height: 160 };
const view = { width: 1280, height: 800 };
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('where the card goes', () => {
  const field = { left: 100, top: 200, width: 600, height: 120 };
  const word = { left: 180, top: 230, width: 40, height: 20 };

  it('below the field, starting at the word, never over the field', () => {
    const at = cardPosition(card, word, field, view);
    expect(at).toEqual({ left: 180, top: 326 });
    expect(overlaps({ ...at, ...card }, field)).toBe(false);
  });

  it('above the field when there is no room below', () => {
    const low = { left: 100, top: 600, width: 600, height: 150 };
    const at = cardPosition(card, { ...word, top: 620 }, low, view);
    expect(at.top + card.height).toBeLessThanOrEqual(low.top);
    expect(overlaps({ ...at, ...card }, low)).toBe(false);
  });

  it('beside the field when it is as tall as the screen', () => {
    const tall = { left: 100, top: 0, width: 600, height: 800 };
    const at = cardPosition(card, word, tall, view);
    expect(at.left).toBeGreaterThanOrEqual(tall.left + tall.width);
    expect(overlaps({ ...at, ...card }, tall)).toBe(false);
  });

  it('under the word’s line, never over it, only when the field fills the screen', () => {
    const full = { left: 0, top: 0, width: 1280, height: 800 };
    const at = cardPosition(card, word, full, view);
    expect(at.top).toBeGreaterThanOrEqual(word.top + word.height);
  });

  it('stays on screen at the right edge', () => {
    const at = cardPosition(card, { ...word, left: 1250 }, { ...field, left: 900, width: 370 }, view);
    expect(at.left + card.width).toBeLessThanOrEqual(view.width);
  });
});
