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

describe('where the card goes: the site’s send button stays clear', () => {
  const field = { left: 100, top: 200, width: 600, height: 120 };
  const word = { left: 180, top: 230, width: 40, height: 20 };
  const button = { left: 160, top: 326, width: 80, height: 32 };

  it('below the button when the button sits under the field', () => {
    const at = cardPosition(card, word, field, view, [button]);
    expect(overlaps({ ...at, ...card }, button)).toBe(false);
    expect(overlaps({ ...at, ...card }, field)).toBe(false);
    expect(at.top).toBeGreaterThanOrEqual(button.top + button.height);
  });

  it('above the field when there is no room below the button', () => {
    const low = { ...field, top: 500 };
    const lowButton = { ...button, top: 626 };
    const at = cardPosition(card, { ...word, top: 530 }, low, view, [lowButton]);
    expect(at.top + card.height).toBeLessThanOrEqual(low.top);
  });

  it('above the word’s line rather than under it, when only the field has room (an 800×520 window)', () => {
    const small = { width: 800, height: 520 };
    const big = { left: 0, top: 0, width: 800, height: 470 };
    const smallButton = { left: 700, top: 476, width: 90, height: 36 };
    const lowWord = { left: 640, top: 400, width: 40, height: 20 };
    const at = cardPosition(card, lowWord, big, small, [smallButton]);
    expect(overlaps({ ...at, ...card }, smallButton)).toBe(false);
    expect(at.top + card.height).toBeLessThanOrEqual(lowWord.top);
  });

  it('covers the button rather than the field when nothing else fits beside it', () => {
    const short = { width: 800, height: 340 };
    const middle = { left: 0, top: 100, width: 800, height: 60 };
    const under = { left: 300, top: 166, width: 90, height: 36 };
    const at = cardPosition({ width: 300, height: 150 }, { left: 320, top: 120, width: 40, height: 20 }, middle, short, [under]);
    expect(overlaps({ ...at, width: 300, height: 150 }, middle)).toBe(false);
    expect(at.top).toBe(166);
  });
});
