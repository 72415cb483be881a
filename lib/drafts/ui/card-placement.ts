import { overlaps, type ScreenRect } from '../fields/geometry';

const GAP = 6;

type Spot = { left: number; top: number };

/** Where the card goes, and how tall it may be there (it scrolls inside when shorter than it is). */
export type CardSpot = Spot & { maxHeight?: number };

/**
 * Where the card goes: beside the field, never over it, so it covers neither the line being
 * typed nor any other, and a click on the field always reaches the field. Below the field's
 * visible box when there is room, else above it, else to its right or left; only a field that
 * fills the screen gets the card over it, under the word's line (or above it: the line being
 * typed stays clear), and a card taller than any room it has is cut to the room and scrolls.
 * Horizontally it starts at the word, kept on screen.
 *
 * `keepClear` holds the site's own controls beside the field (its send button): a card over
 * them would stand between the user and the send, so a spot that covers one is passed over
 * while another of its kind fits (below the button, when it sits under the field; above the
 * word's line rather than under it).
 */
export function cardPosition(
  card: { width: number; height: number },
  anchor: ScreenRect,
  field: ScreenRect,
  view: { width: number; height: number },
  keepClear: readonly ScreenRect[] = [],
): CardSpot {
  const alongWord = Math.max(GAP, Math.min(anchor.left, view.width - card.width - GAP));
  const besideTop = Math.max(GAP, Math.min(anchor.top, view.height - card.height - GAP));
  const fieldBottom = field.top + field.height;
  const fits = ({ left, top }: Spot): boolean => left >= 0 && top >= 0 && left + card.width <= view.width && top + card.height <= view.height;
  const clear = (spot: Spot): boolean => !keepClear.some((rect) => overlaps({ ...spot, ...card }, rect));
  const underControls = Math.max(fieldBottom, ...keepClear.filter((rect) => rect.top >= field.top).map((rect) => rect.top + rect.height));

  const beside: Spot[] = [
    { left: alongWord, top: fieldBottom + GAP },
    { left: alongWord, top: underControls + GAP },
    { left: alongWord, top: field.top - GAP - card.height },
    { left: field.left + field.width + GAP, top: besideTop },
    { left: field.left - GAP - card.width, top: besideTop },
  ];
  const overField: Spot[] = [
    { left: alongWord, top: anchor.top + anchor.height + GAP },
    { left: alongWord, top: anchor.top - GAP - card.height },
  ];
  // Covering the site's button is better than covering the field (clicks there must reach it).
  const found = beside.find((spot) => fits(spot) && clear(spot)) ?? beside.find(fits) ?? overField.find((spot) => fits(spot) && clear(spot)) ?? overField.find(fits);
  return found ?? shortened(card, anchor, view, alongWord, keepClear);
}

/**
 * A card taller than any room it has (a small window): under or above the word's line, on the
 * side with room clear of the site's button (else the side with more room), as tall as that
 * side allows. The line being typed stays uncovered, and the card scrolls inside.
 */
function shortened(card: { width: number; height: number }, anchor: ScreenRect, view: { height: number }, left: number, keepClear: readonly ScreenRect[]): CardSpot {
  const underTop = anchor.top + anchor.height + GAP;
  const under = { left, top: underTop, maxHeight: Math.max(0, view.height - GAP - underTop) };
  const aboveHeight = Math.max(0, Math.min(card.height, anchor.top - 2 * GAP));
  const above = { left, top: anchor.top - GAP - aboveHeight, maxHeight: aboveHeight };
  const clearOf = (spot: CardSpot): boolean =>
    !keepClear.some((rect) => overlaps({ left: spot.left, top: spot.top, width: card.width, height: Math.min(card.height, spot.maxHeight ?? card.height) }, rect));
  const roomier = under.maxHeight >= above.maxHeight ? [under, above] : [above, under];
  return roomier.find(clearOf) ?? roomier[0]!;
}
