// The one judgement: what the user sees for a draft. The extension and `npm run check --judge`
// both call `judge`, so the CLI prints exactly what a page would show.
import type { Matcher, NormsInput } from '../matcher/types';
import type { ScoreDraft } from '../model/scorer';
import type { JudgedTerm } from './aim';
import { contextFlags } from './context';
import { ModelOpinion } from './model-opinion';
import type { Judgement, JudgeSettings } from './types';

/** What `judge` reads with: build once per norms list (`prepareJudge`), reuse for every draft. */
export interface JudgeDeps {
  matcher: Matcher;
  /** The norm entries by id: their category, severity, `aim` and `lang`. */
  terms: ReadonlyMap<string, JudgedTerm>;
  /** Smart detection; absent: the lists alone. */
  model?: ModelOpinion;
}

export interface PrepareOptions {
  /** The compiled matcher for `norms` (compile is the costly part: pass the one you have). */
  matcher: Matcher;
  /** The active terms and allow phrases (the lists' and the user's own). */
  norms: { terms: readonly JudgedTerm[]; allow?: NormsInput['allow'] };
  /** The model's scorer (lib/model `scoreDraft` or a `draftScorer`); absent: no smart detection. */
  scorer?: ScoreDraft;
}

/**
 * Builds what `judge` needs from a compiled matcher, its norms and the model's scorer.
 *
 * @example
 * const norms = mergePresets(defaultPresetIds);
 * const deps = prepareJudge({ matcher: compile(norms), norms, scorer: scoreDraft });
 * judge('你是傻逼', deps, defaultJudgeSettings).nudge; // 'pause'
 */
export function prepareJudge({ matcher, norms, scorer }: PrepareOptions): JudgeDeps {
  const terms = new Map<string, JudgedTerm>(norms.terms.map((t) => [t.id, t]));
  return { matcher, terms, ...(scorer ? { model: new ModelOpinion(scorer, norms.allow ?? []) } : {}) };
}

/**
 * Judges a draft: the lists' matches read in context, and smart detection's second opinion.
 * Pure and fast (one matcher pass, a few checks per match, one model pass): call it on every
 * check of a draft.
 *
 * - `flags`: the matches that show, offsets in `text` (UTF-16, end exclusive), with `aimed`;
 * - `nudge`: `pause` when a flag not shown merely on request for untargeted wording reaches
 *   `pauseThreshold`, `mark` for any other flag or a model banner, else `none`;
 * - `model`: `flagged` when smart detection is on and its banner would show; the model reads only
 *   drafts no flag shows on (the lists come first), `probability` is 0 where it did not read.
 *
 * @example
 * judge('this update is stupid', deps, defaultJudgeSettings);
 * // → { nudge: 'none', flags: [], model: { flagged: false, probability: 0.1… } }
 * judge('you are stupid', deps, defaultJudgeSettings);
 * // → { nudge: 'mark', flags: [{ start: 8, end: 14, normId: 'en.stupid', category: 'insult', severity: 1, aimed: true }], … }
 */
export function judge(text: string, deps: JudgeDeps, settings: JudgeSettings): Judgement {
  const read = contextFlags(text, deps.matcher.findAll(text), deps.terms, settings);
  // The lists come first: where a flag shows, the banner would not, so the model need not read.
  const model = settings.smartDetection && deps.model && read.length === 0 ? deps.model.read(text) : undefined;
  let pause = false;
  const flags = read.map(({ start, end, normId, category, severity, aimed, untargeted }) => {
    if (!untargeted && severity >= settings.pauseThreshold) pause = true;
    return { start, end, normId, category, severity, aimed };
  });
  const flagged = model?.flagged ?? false;
  return {
    nudge: pause ? 'pause' : flags.length > 0 || flagged ? 'mark' : 'none',
    flags,
    model: { flagged, probability: model?.probability ?? 0 },
  };
}

/**
 * The stretches of a draft that weighed most with smart detection, for its banner to name
 * (`text.slice(start, end)`); empty when the banner would not show.
 */
export function modelReasons(text: string, deps: JudgeDeps): { start: number; end: number; text: string }[] {
  const reading = deps.model?.read(text, true);
  if (!reading?.flagged) return [];
  return reading.spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
