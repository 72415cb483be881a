import type { DraftField } from '../fields/fields';
import type { Feature } from './context';

// A very long draft is checked once typing pauses this long, not on every keystroke.
const LARGE_DRAFT_PAUSE_MS = 400;

/**
 * Underlines flagged words as the user types: each burst of edits is checked (a long draft once
 * typing pauses) and its flags drawn over the words; a scroll or resize redraws them in place.
 */
export const highlight: Feature = {
  name: 'highlight',
  start(ctx, signal) {
    const idleTimers = new Map<DraftField, number>();
    const checkWhenIdle = (field: DraftField): void => {
      clearTimeout(idleTimers.get(field));
      idleTimers.set(
        field,
        window.setTimeout(
          ctx.guard(() => {
            idleTimers.delete(field);
            if (!signal.aborted) ctx.drafts.check(field);
          }),
          LARGE_DRAFT_PAUSE_MS,
        ),
      );
    };
    ctx.on('edited', (field) => {
      if (ctx.drafts.isLarge(field)) checkWhenIdle(field);
      else ctx.drafts.check(field);
    });
    ctx.on('layout', () => ctx.drafts.redraw());
    signal.addEventListener('abort', () => idleTimers.forEach((timer) => clearTimeout(timer)));
  },
};
