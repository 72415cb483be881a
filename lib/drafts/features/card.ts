import type { Match } from '../../matcher/types';
import { adapterFor } from '../../sites';
import { draftFieldFrom, type DraftField } from '../fields/fields';
import { toScreenRect, visibleBox } from '../fields/geometry';
import { replaceText } from '../fields/replace';
import { alternativesFor, type Alternative } from '../../rewrite';
import { FlagCard, type CardActions } from '../ui/card';
import { trusted } from '../ui/trusted';
import { sendButtonsNear } from '../watching/send-targets';
import type { Feature, PageContext } from './context';

// Long enough to move the pointer from the word onto the card.
const HIDE_DELAY_MS = 300;
// How long the caret rests in a flagged word before its card opens: typing through a word
// (or past it) never opens one.
export const CARET_REST_MS = 600;

const sameMatch = (a: Match, b: Match): boolean => a.normId === b.normId && a.start === b.start && a.end === b.end;

/** The kinder wordings for a flag in this draft, from the page's lists (none before the config came). */
function alternativesIn(ctx: PageContext, text: string, match: Match): Alternative[] {
  const norms = ctx.config()?.norms;
  return norms ? alternativesFor(text, match, norms) : [];
}

/** The card's choices: Replace through the editor, "Not abusive here", Escape back to the draft. */
function cardActions(ctx: PageContext, card: () => FlagCard): CardActions {
  return {
    replace(field, match, chosen, shownText) {
      card().hide();
      const state = ctx.drafts.stateOf(field);
      const text = state.access.read();
      // The draft may have changed since the card opened: the same wording for the very same
      // flag where it is now, or nothing.
      let edit: Alternative | undefined = chosen;
      if (text !== shownText) {
        ctx.drafts.check(field);
        const now = ctx.drafts.matchesOf(field).find((each) => each.normId === match.normId && text.slice(each.start, each.end) === shownText.slice(match.start, match.end));
        edit = now && state.text === text ? alternativesIn(ctx, text, now).find((each) => each.insert === chosen.insert) : undefined;
      }
      if (!edit) return;
      void replaceText(state.access, edit, text.slice(edit.start, edit.end), edit.insert)
        .then((done) => done && ctx.emit('suggestionUsed', field))
        .catch((error: unknown) =>
          ctx.guard(() => {
            throw error;
          })(),
        );
    },
    allow(field, match) {
      card().hide();
      ctx.drafts.stateOf(field).access.keepSelection()();
      ctx.services.allowHere(match.normId);
    },
    back(field) {
      ctx.drafts.stateOf(field).access.keepSelection()();
    },
  };
}

/**
 * The card beside a flagged word. It opens on hover over a highlight (highlights ignore the
 * pointer so clicks reach the editor: this hit-tests instead), when the caret rests in a flagged
 * word for a moment, or on Alt+Enter in the field, which also moves the focus into it. It stays
 * off the field (ui/card-placement.ts).
 */
export const card: Feature = {
  name: 'card',
  start(ctx, signal) {
    const flagCard: FlagCard = new FlagCard(ctx.overlay, cardActions(ctx, () => flagCard));
    const adapter = adapterFor(location.hostname, document);
    // The send buttons beside the field the open card belongs to: found once per opening, not on
    // every frame the pointer moves over the word (where the card is shown again).
    let buttons: { field: DraftField; found: HTMLElement[] } | null = null;
    const keepClearOf = (field: DraftField) => {
      if (flagCard.target?.field !== field || buttons?.field !== field) buttons = { field, found: sendButtonsNear(field, adapter) };
      return buttons.found.map((button) => toScreenRect(button.getBoundingClientRect()));
    };
    let hideTimer = 0;
    let restTimer = 0;
    let pointerFrame = 0;
    let pointer: { x: number; y: number; overCard: boolean } | null = null;

    const cancelHide = (): void => {
      clearTimeout(hideTimer);
      hideTimer = 0;
    };
    const hideSoon = (): void => {
      if (hideTimer) return;
      hideTimer = window.setTimeout(
        ctx.guard(() => {
          hideTimer = 0;
          flagCard.hide();
        }),
        HIDE_DELAY_MS,
      );
    };
    const show = (field: DraftField, match: Match, via: 'hover' | 'caret', anchor = ctx.drafts.stateOf(field).access.rects([match])[0]?.[0]): boolean => {
      if (!anchor) return false;
      const { text } = ctx.drafts.stateOf(field);
      // Shown again for the same flag in the same draft (the pointer moved over it): its wordings stand.
      const open = flagCard.target;
      const again = open?.field === field && open.text === text && sameMatch(open.match, match);
      const alternatives = again ? open.alternatives : alternativesIn(ctx, text, match);
      const target = { field, match, anchor, around: visibleBox(field), keepClear: keepClearOf(field), via, text, alternatives, locked: ctx.config()?.locked === true };
      flagCard.show(target, ctx.entry(match.normId));
      return true;
    };

    const onPointer = ctx.guard(() => {
      pointerFrame = 0;
      if (!pointer || !ctx.hasOverlay()) return;
      if (pointer.overCard) {
        cancelHide();
        return;
      }
      const hit = ctx.overlay().flagAt(pointer.x, pointer.y);
      if (hit) {
        cancelHide();
        show(hit.field, hit.flag.match, 'hover', hit.flag.rects[0]);
      } else if (flagCard.target?.via === 'hover') hideSoon();
    });

    /** The flagged word the caret is in, when the field has the caret. */
    const matchAtCaret = (field: DraftField): Match | undefined => {
      const state = ctx.drafts.stateOf(field);
      const caret = state.access.caret();
      return caret === null ? undefined : state.matches.find((each) => caret >= each.start && caret <= each.end);
    };
    /** After a key or click in a field: a caret card goes when the caret leaves its word, and one opens when it rests in a word. */
    const followCaret = (field: DraftField | null): void => {
      clearTimeout(restTimer);
      if (!field) return;
      ctx.drafts.stateOf(field).access.remember();
      if (!ctx.hasOverlay()) return;
      const match = matchAtCaret(field);
      const shown = flagCard.target;
      if (shown?.via === 'caret' && (shown.field !== field || !match || !sameMatch(match, shown.match))) flagCard.hide();
      if (!match) return;
      restTimer = window.setTimeout(
        ctx.guard(() => {
          const still = matchAtCaret(field);
          if (still && sameMatch(still, match) && !signal.aborted) show(field, still, 'caret');
        }),
        CARET_REST_MS,
      );
    };

    const options = { capture: true, passive: true, signal };
    const onMove = (event: MouseEvent): void => {
      pointer = { x: event.clientX, y: event.clientY, overCard: flagCard.contains(event) };
      pointerFrame ||= requestAnimationFrame(onPointer);
    };
    document.addEventListener('mousemove', ctx.guard(trusted(onMove)), options);
    document.addEventListener('keyup', ctx.guard(trusted((event: KeyboardEvent) => followCaret(draftFieldFrom(event)))), options);
    document.addEventListener('mouseup', ctx.guard(trusted((event: MouseEvent) => followCaret(draftFieldFrom(event)))), options);
    const onAltEnter = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter' || !event.altKey) return;
      const field = draftFieldFrom(event);
      if (!field) return;
      const match = flagCard.target?.field === field ? flagCard.target.match : matchAtCaret(field);
      if (!match || (flagCard.target?.field !== field && !show(field, match, 'caret'))) return;
      if (flagCard.focus()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', ctx.guard(trusted(onAltEnter)), { capture: true, signal });

    ctx.on('checked', (field, _text, matches) => {
      const shown = flagCard.target;
      if (shown?.field === field && !matches.some((match) => sameMatch(match, shown.match))) flagCard.hide();
    });
    ctx.on('config', () => flagCard.hide());
    ctx.on('paused', () => flagCard.hide());
    signal.addEventListener('abort', () => {
      cancelHide();
      clearTimeout(restTimer);
      cancelAnimationFrame(pointerFrame);
      flagCard.hide();
    });
  },
};
