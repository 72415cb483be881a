import type { ScreenRect } from '../fields/geometry';

const GAP = 6;

/**
 * Where the card goes: beside the field, never over it, so it covers neither the line being
 * typed nor any other, and a click on the field always reaches the field. Below the field's
 * visible box when there is room, else above it, else to its right or left; only a field that
 * fills the screen gets the card over it, under the word's line (the line being typed stays
 * clear). Horizontally it starts at the word, kept on screen.
 */
export function cardPosition(
  card: { width: number; height: number },
  anchor: ScreenRect,
  field: ScreenRect,
  view: { width: number; height: number },
): { left: number; top: number } {
  const alongWord = Math.max(GAP, Math.min(anchor.left, view.width - card.width - GAP));
  const besideTop = Math.max(GAP, Math.min(anchor.top, view.height - card.height - GAP));
  const below = field.top + field.height + GAP;
  if (below + card.height <= view.height) return { left: alongWord, top: below };
  const above = field.top - GAP - card.height;
  if (above >= 0) return { left: alongWord, top: above };
  const right = field.left + field.width + GAP;
  if (right + card.width <= view.width) return { left: right, top: besideTop };
  const left = field.left - GAP - card.width;
  if (left >= 0) return { left, top: besideTop };
  const underLine = anchor.top + anchor.height + GAP;
  const top = underLine + card.height > view.height && anchor.top - GAP - card.height > 0 ? anchor.top - GAP - card.height : underLine;
  return { left: alongWord, top };
}
