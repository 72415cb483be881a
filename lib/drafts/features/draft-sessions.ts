import type { Match } from '../../matcher/types';
import type { DraftOutcome, DraftOutcomeKind, FlagSeen } from '../../core/drafts';
import type { DraftField } from '../fields/fields';

interface Session {
  startedAt: number;
  /** Norms that fired at any time in this draft, by id. */
  flags: Map<string, FlagSeen>;
  current: readonly Match[];
  pauseShown: boolean;
  suggestionUsed: boolean;
  /** Smart detection's nudge appeared at some time in this draft; `modelNow`: it is showing. */
  modelFired: boolean;
  modelNow: boolean;
  /** Cleared after a nudge, and not written in since. */
  empty: boolean;
}

/**
 * Follows each draft from its first input to its end (sent, cleared, or left behind with the
 * page) and reports how it ended and which norms fired. It keeps match metadata only, never
 * text: the outcome is what the habits view counts.
 */
export class DraftSessions {
  private readonly open = new Map<DraftField, Session>();

  constructor(private readonly report: (outcome: DraftOutcome) => void) {}

  /** The field's text was checked: `empty` when it holds nothing now. */
  checked(field: DraftField, empty: boolean, matches: readonly Match[]): void {
    let session = this.open.get(field);
    if (empty) {
      if (!session) return;
      // After a nudge, emptying the box is often how people rewrite: the draft stays open, and
      // what is written next in the same field is its revision. Left empty, it ends after a while
      // (leftEmpty) or with the page (abandonAll). Cleared with nothing ever flagged, the draft was given up. (A send
      // ends the session before a site empties the box, so a send is never counted as abandoned.)
      if (session.flags.size > 0 || session.modelFired || session.pauseShown) {
        session.current = [];
        session.empty = true;
      } else this.end(field, 'abandoned');
      return;
    }
    if (!session) {
      session = { startedAt: Date.now(), flags: new Map(), current: [], pauseShown: false, suggestionUsed: false, modelFired: false, modelNow: false, empty: false };
      this.open.set(field, session);
    }
    session.current = matches;
    session.empty = false;
    for (const { normId, category, severity } of matches) session.flags.set(normId, { normId, category, severity });
  }

  /** Smart detection's nudge appeared on (`showing`) or left the field's draft. */
  model(field: DraftField, showing: boolean): void {
    const session = this.open.get(field);
    if (!session) return;
    session.modelNow = showing;
    if (showing) session.modelFired = true;
  }

  pauseShown(field: DraftField): void {
    const session = this.open.get(field);
    if (session) session.pauseShown = true;
  }

  suggestionUsed(field: DraftField): void {
    const session = this.open.get(field);
    if (session) session.suggestionUsed = true;
  }

  /** The draft went out; `anyway` when the writer chose "Post anyway" at the pause. */
  sent(field: DraftField, anyway: boolean): void {
    const session = this.open.get(field);
    if (!session) return;
    let outcome: DraftOutcomeKind = 'sent';
    // The model's nudge never pauses, but a draft sent while it shows went out despite it; one
    // edited until the nudge left was revised. (Habits count neither as flagged: rollup.ts.)
    if (anyway || session.current.length > 0 || session.modelNow) outcome = 'sent-anyway';
    else if (session.suggestionUsed) outcome = 'suggestion-used';
    else if (session.flags.size > 0 || session.modelFired) outcome = 'revised';
    this.end(field, outcome);
  }

  /** The field stayed empty a while after a nudged draft was cleared: that draft was given up. */
  leftEmpty(field: DraftField): void {
    if (this.open.get(field)?.empty) this.end(field, 'abandoned');
  }

  /** The page is going away: every draft still open was left behind. */
  abandonAll(): void {
    for (const field of [...this.open.keys()]) this.end(field, 'abandoned');
  }

  private end(field: DraftField, outcome: DraftOutcomeKind): void {
    const session = this.open.get(field);
    if (!session) return;
    this.open.delete(field);
    this.report({
      startedAt: session.startedAt,
      endedAt: Math.max(Date.now(), session.startedAt),
      outcome,
      flags: [...session.flags.values()],
      pauseShown: session.pauseShown,
      modelFired: session.modelFired,
    });
  }
}
