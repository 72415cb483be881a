import type { NormEntry } from '../../norms/format';
import { FlagCard, type CardActions } from '../ui/card';
import type { Drafts } from '../checking/drafts';
import { draftFieldFrom, type DraftField } from '../fields/fields';
import type { Overlay } from '../ui/overlay';

export interface CardControllerOptions {
  signal: AbortSignal;
  drafts: Drafts;
  overlay: () => Overlay;
  /** Whether an overlay exists yet (hovering a page nobody typed in creates nothing). */
  hasOverlay: () => boolean;
  entry: (normId: string) => NormEntry | undefined;
  actions: CardActions;
}

// Long enough to move the pointer from the word onto the card.
const HIDE_DELAY_MS = 300;

/**
 * Opens the card on hover over a highlight (highlights ignore the pointer so clicks reach the
 * editor: this hit-tests instead) or when the caret is inside a flagged word; Alt+Enter in the
 * field moves focus into the card.
 */
export function controlCard({ signal, drafts, overlay, hasOverlay, entry, actions }: CardControllerOptions): FlagCard {
  const card = new FlagCard(overlay, actions);
  let hideTimer = 0;
  let pointerFrame = 0;
  let pointer: { x: number; y: number; overCard: boolean } | null = null;

  const cancelHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const hideSoon = (): void => {
    if (hideTimer) return;
    hideTimer = window.setTimeout(() => {
      hideTimer = 0;
      card.hide();
    }, HIDE_DELAY_MS);
  };

  const onPointer = (): void => {
    pointerFrame = 0;
    if (!pointer || !hasOverlay()) return;
    if (pointer.overCard) {
      cancelHide();
      return;
    }
    const hit = overlay().flagAt(pointer.x, pointer.y);
    if (hit) {
      cancelHide();
      card.show({ field: hit.field, match: hit.flag.match, anchor: hit.flag.rects[0]!, via: 'hover' }, entry(hit.flag.match.normId));
    } else if (card.target?.via === 'hover') hideSoon();
  };

  /** Shows or hides the card for the caret of the field the user is in. */
  const followCaret = (field: DraftField | null): void => {
    if (!field) return;
    const state = drafts.stateOf(field);
    state.access.remember();
    if (!hasOverlay()) return;
    const caret = state.access.caret();
    const match = caret === null ? undefined : state.matches.find((each) => caret >= each.start && caret <= each.end);
    if (match) {
      const rects = state.access.rects([match])[0] ?? [];
      if (rects[0]) card.show({ field, match, anchor: rects[0], via: 'caret' }, entry(match.normId));
    } else if (card.target?.via === 'caret') card.hide();
  };

  const options = { capture: true, passive: true, signal };
  document.addEventListener(
    'mousemove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY, overCard: card.contains(event) };
      pointerFrame ||= requestAnimationFrame(onPointer);
    },
    options,
  );
  document.addEventListener('keyup', (event) => followCaret(draftFieldFrom(event)), options);
  document.addEventListener('mouseup', (event) => followCaret(draftFieldFrom(event)), options);
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !event.altKey || !card.target) return;
      const field = draftFieldFrom(event);
      if (field !== card.target.field) return;
      if (card.focus()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelHide();
    cancelAnimationFrame(pointerFrame);
    card.hide();
  });
  return card;
}
