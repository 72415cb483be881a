import { pauseOffer } from '../../rewrite';
import { adapterFor } from '../../sites';
import { replaceText } from '../fields/replace';
import { showPause } from '../ui/pause-dialog';
import { watchSends } from '../watching/sends';
import type { Feature } from './context';

/**
 * The pause before a send whose draft has wording at or above the user's threshold: Edit (the
 * quick, kind choice) goes back to the draft, "Use the kinder wording" rewrites every listed
 * phrase through the editor and goes back to the draft (the person reads it and sends it
 * themselves), "Show me" selects one phrase, "Post anyway" sends it exactly as asked. Every
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
        const text = state.text;
        const offer = pauseOffer(text, severe, config?.norms ?? { terms: [] });
        showPause(
          ctx.overlay(),
          offer,
          {
            edit() {
              pausing = false;
              sends.backInDraft(field);
              restore();
            },
            useKinder() {
              pausing = false;
              const { edits } = offer.all;
              const first = edits[0];
              const last = edits[edits.length - 1];
              if (!first || !last) return restore();
              // One edit from the first rewritten phrase to the last: one step in the editor's undo.
              const insert = offer.all.text.slice(first.start, offer.all.text.length - (text.length - last.end));
              void replaceText(state.access, { start: first.start, end: last.end }, text.slice(first.start, last.end), insert)
                .then((done) => (done ? ctx.emit('suggestionUsed', field) : restore()))
                .catch((error: unknown) =>
                  ctx.guard(() => {
                    throw error;
                  })(),
                );
            },
            showMe(item) {
              pausing = false;
              sends.backInDraft(field);
              state.access.read();
              if (!state.access.select(item.best ?? item.flag)) restore();
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
    ctx.on('sendsOnEnter', (field) => sends.learnEnterSends(field));
  },
};
