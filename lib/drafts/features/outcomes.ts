import type { FlagSeen } from '../../messaging/protocol';
import type { DraftField } from '../fields/fields';
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
    // Norm ids already reported per draft, so a word counts once per draft, not per keystroke.
    const reported = new WeakMap<DraftField, Set<string>>();
    ctx.on('checked', (field, text, matches) => {
      sessions.checked(field, text.trim() === '', matches);
      if (text === '') reported.delete(field);
      const seen = reported.get(field) ?? new Set<string>();
      reported.set(field, seen);
      const fresh = new Map<string, FlagSeen>();
      for (const { normId, category, severity } of matches) {
        if (!seen.has(normId)) fresh.set(normId, { normId, category, severity });
      }
      if (fresh.size === 0) return;
      for (const id of fresh.keys()) seen.add(id);
      ctx.services.recordFlags([...fresh.values()]);
    });
    ctx.on('paused', (field) => sessions.pauseShown(field));
    ctx.on('sent', (field, anyway) => sessions.sent(field, anyway));
    ctx.on('suggestionUsed', (field) => sessions.suggestionUsed(field));
    ctx.on('nudged', (field, showing) => sessions.model(field, showing));
    window.addEventListener('pagehide', ctx.guard(() => sessions.abandonAll()), { signal });
  },
};
