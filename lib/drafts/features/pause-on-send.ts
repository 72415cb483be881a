import { adapterFor } from '../../sites';
import { showPause } from '../ui/pause-dialog';
import { watchSends } from '../watching/sends';
import type { Feature } from './context';

/**
 * The pause before a send whose draft has wording at or above the user's threshold: Edit (the
 * quick, kind choice) goes back to the draft, "Post anyway" sends it exactly as asked. Every
 * way of sending (Enter, Ctrl/Cmd+Enter, the site's button, a form's submit) is held the same
 * way, and each send is counted once.
 */
export const pauseOnSend: Feature = {
  name: 'pause on send',
  start(ctx, signal) {
    let pausing = false;
    const sends = watchSends({
      signal,
      guard: ctx.guard,
      adapter: adapterFor(location.hostname, document),
      fields: () => ctx.drafts.fields(),
      textOf: (field) => ctx.drafts.stateOf(field).access.read(),
      onSentAfterEnter(field) {
        ctx.emit('sent', field, false);
        // The page emptied the box by script: take the highlights down with the draft.
        ctx.drafts.check(field);
      },
      onSend(field, replay) {
        // Never hold a send Sansi can no longer follow through on.
        if (!ctx.stillValid()) return false;
        if (pausing) return true;
        // Read the field now: the last check may be a frame old.
        ctx.drafts.check(field);
        const config = ctx.config();
        const severe = config?.enabled ? ctx.drafts.atOrAbove(field, config.pauseThreshold) : [];
        if (severe.length === 0) {
          ctx.emit('sent', field, false);
          return false;
        }
        pausing = true;
        const state = ctx.drafts.stateOf(field);
        const restore = state.access.keepSelection();
        ctx.emit('paused', field);
        showPause(
          ctx.overlay(),
          severe.map((match) => ({ match, word: state.text.slice(match.start, match.end) })),
          {
            edit() {
              pausing = false;
              restore();
            },
            postAnyway() {
              pausing = false;
              restore();
              ctx.emit('sent', field, true);
              replay();
            },
          },
        );
        return true;
      },
    });
    ctx.on('checked', (field, text) => sends.checked(field, text));
  },
};
