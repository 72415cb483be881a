// Smart detection's part of the judgement: the model's probability for the draft, with its
// allowed phrases blanked out, against the nudge threshold for its language, in a draft that
// speaks to or about people (people.ts).
import type { ModelLanguage } from '../model/codec';
import type { ContributingSpan } from '../model/model';
import type { DraftScore, ScoreDraft } from '../model/scorer';
import { AllowMask } from './allow-mask';
import { modelNudgeThreshold } from './calibration';
import { aboutPeople } from './people';

/** Shorter drafts are not scored: too little to judge ("外地人" alone passes the model). */
export const MIN_SCORED_LENGTH = 6;
/** Longer drafts are not scored: a 1 MB paste must not stall the page. */
export const MAX_SCORED_LENGTH = 20_000;

export interface ModelReading {
  flagged: boolean;
  probability: number;
  /** The stretches of the draft that weighed most (empty unless flagged and asked for). */
  spans: ContributingSpan[];
}

const unread: ModelReading = { flagged: false, probability: 0, spans: [] };

export class ModelOpinion {
  private readonly allow: AllowMask;

  constructor(
    private readonly score: ScoreDraft,
    allowPhrases: readonly string[],
    private readonly thresholds: Readonly<Record<ModelLanguage, number>> = modelNudgeThreshold,
  ) {
    this.allow = new AllowMask(allowPhrases);
  }

  /** Reads a draft; `withSpans` also finds the stretches that weighed (for the banner to name). */
  read(text: string, withSpans = false): ModelReading {
    const length = text.trim().length;
    if (length < MIN_SCORED_LENGTH || length > MAX_SCORED_LENGTH) return unread;
    // The spans cost another pass over the deciding window: only when asked for.
    let result: DraftScore = this.score(text, { spans: withSpans });
    if (!this.passes(result, text)) return { flagged: false, probability: result.probability, spans: [] };
    // Only a draft that would nudge pays for the mask, and first only in the window that decided
    // its score: with no allowed phrase there, the score stands. With one, the whole draft is
    // read again, blanked out, since another window may then decide.
    const { start, end } = result.window;
    const window = text.slice(start, end);
    if (this.allow.mask(window) !== window) {
      const masked = this.allow.mask(text);
      result = this.score(masked, { spans: withSpans });
      if (!this.passes(result, masked)) return { flagged: false, probability: result.probability, spans: [] };
    }
    return { flagged: true, probability: result.probability, spans: result.spans };
  }

  /** Over its language's threshold, in a draft that speaks to or about people. */
  private passes(result: DraftScore, text: string): boolean {
    return result.language !== null && result.probability >= this.thresholds[result.language] && aboutPeople(text, result.language);
  }
}
