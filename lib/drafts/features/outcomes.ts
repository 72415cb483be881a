import type { DraftField } from '../fields/fields';
import type { Feature } from './context';
import { DraftSessions } from './draft-sessions';

// A nudged draft whose box was emptied stays open for its rewrite; left empty this long, it
// was given up (and is recorded so before a closing tab or frame could lose it).
export const GIVEN_UP_AFTER_MS = 20_000;

/**
 * Records how each draft ended (sent, revised, sent anyway, suggestion used, abandoned) and
 * which norms fired in it: metadata only, never text, for the habits view.
 */
export const outcomes: Feature = {
  name: 'outcomes',
  start(ctx, signal) {
    const sessions = new DraftSessions((outcome) => ctx.services.recordOutcome(outcome));
    const emptyTimers = new Map<DraftField, number>();
    signal.addEventListener('abort', () => emptyTimers.forEach((timer) => clearTimeout(timer)));
    // What fired is recorded once, with the draft's outcome: each norm once per draft.
    ctx.on('checked', (field, text, matches) => {
      const empty = text.trim() === '';
      sessions.checked(field, empty, matches);
      clearTimeout(emptyTimers.get(field));
      emptyTimers.delete(field);
      if (empty) emptyTimers.set(field, window.setTimeout(ctx.guard(() => sessions.leftEmpty(field)), GIVEN_UP_AFTER_MS));
    });
    ctx.on('paused', (field) => sessions.pauseShown(field));
    ctx.on('sent', (field, anyway) => sessions.sent(field, anyway));
    ctx.on('suggestionUsed', (field) => sessions.suggestionUsed(field));
    ctx.on('nudged', (field, showing) => sessions.model(field, showing));
    window.addEventListener('pagehide', ctx.guard(() => sessions.abandonAll()), { signal });
  },
};
