// What Sansi knows about one draft: which norms fired and how it ended. Never its text.
import type { Category, Severity } from '../matcher/types';

export interface FlagSeen {
  normId: string;
  category: Category;
  severity: Severity;
}

/** Every way a draft can end, named once: the type, the message guard and the export read it. */
export const DRAFT_OUTCOME_KINDS = ['sent', 'revised', 'sent-anyway', 'abandoned', 'suggestion-used'] as const;

export type DraftOutcomeKind = (typeof DRAFT_OUTCOME_KINDS)[number];

/** How one draft ended: what fired and what the writer did. No text. */
export interface DraftOutcome {
  /** Epoch milliseconds of the first input and of the end. */
  startedAt: number;
  endedAt: number;
  outcome: DraftOutcomeKind;
  /** Norms that fired at any time during the draft. */
  flags: FlagSeen[];
  pauseShown: boolean;
  /** The smart-detection nudge appeared at some time during the draft. */
  modelFired: boolean;
}
