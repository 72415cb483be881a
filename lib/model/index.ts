/**
 * Sansi's second opinion: a small on-device model that scores a whole draft for abuse that no
 * word list can see ("某地人就没一个老实的", "people like you ruin every thread"). A logistic
 * regression over hashed character n-grams, one per language, weights shipped in
 * `weights/*.ts`. Pure TypeScript, no DOM, no dependencies. See README.md.
 *
 * @packageDocumentation
 */
import type { ModelLanguage, ModelWeights } from './codec';
import { type Model, type ScoreOptions, loadModel } from './model';
import { draftScorer, type DraftScore } from './scorer';
import { enWeights } from './weights/en';
import { zhWeights } from './weights/zh';

export type { ModelLanguage, ModelWeights } from './codec';
export type { ContributingSpan, ModelScore, ScoreOptions } from './model';
export { Model, loadModel } from './model';
export { detectLanguage } from './language';
export { draftScorer, type DraftScore, type ScoreDraft } from './scorer';

/** The weights Sansi ships, by language. */
export const shippedWeights: Record<ModelLanguage, ModelWeights> = { zh: zhWeights, en: enWeights };

const shippedScorer = draftScorer(shippedWeights);
const loaded: Partial<Record<ModelLanguage, Model>> = {};

/** The shipped model for a language, decoded on first use and kept. */
export function shippedModel(language: ModelLanguage): Model {
  return (loaded[language] ??= loadModel(shippedWeights[language]));
}

/**
 * Scores a draft with the shipped model for its language (see `detectLanguage`). The first
 * call per language decodes that model's weights (a few milliseconds); later calls reuse it.
 *
 * @example
 * const result = scoreDraft('某地人就没一个老实的');
 * // → { language: 'zh', probability: 0.9…, threshold: 0.…, flagged: true,
 * //     spans: [{ start: 3, end: 9, weight: … }] }
 * result.spans.map((s) => draft.slice(s.start, s.end)); // the stretches to mark lightly
 */
export function scoreDraft(text: string, options?: ScoreOptions): DraftScore {
  return shippedScorer(text, options);
}
