import type { Feature } from './context';
import { DraftSessions } from './draft-sessions';

/**
 * Records how each draft ended (sent, revised, sent anyway, suggestion used, abandoned) and
 * which norms fired in it: metadata only, never text, for the habits view.
 */
export const outcomes: Feature = {
  name: 'outcomes',
  start(ctx, signal) {
    const sessions = new DraftSessions((outcome) => ctx.services.recordOutcome(outcome));
    // What fired is recorded once, with the draft's outcome: each norm once per draft.
    ctx.on('checked', (field, text, matches) => sessions.checked(field, text.trim() === '', matches));
    ctx.on('paused', (field) => sessions.pauseShown(field));
    ctx.on('sent', (field, anyway) => sessions.sent(field, anyway));
    ctx.on('suggestionUsed', (field) => sessions.suggestionUsed(field));
    ctx.on('nudged', (field, showing) => sessions.model(field, showing));
    window.addEventListener('pagehide', ctx.guard(() => sessions.abandonAll()), { signal });
  },
};
