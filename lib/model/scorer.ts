import type { ModelLanguage, ModelWeights } from './codec';
import { detectLanguage } from './language';
import { loadModel, type Model, type ModelScore, type ScoreOptions } from './model';

/** A draft's score, with the language whose model read it (`null`: no letters, not scored). */
export interface DraftScore extends ModelScore {
  language: ModelLanguage | null;
}

export type ScoreDraft = (text: string, options?: ScoreOptions) => DraftScore;

/**
 * A draft scorer over the given weights, one model per language, each decoded on first use.
 * Kept apart from the shipped weights so the content script can receive them from the
 * background instead of carrying 700 KB of weight text into every frame of every page.
 */
export function draftScorer(weights: Record<ModelLanguage, ModelWeights>): ScoreDraft {
  const loaded: Partial<Record<ModelLanguage, Model>> = {};
  return (text, options) => {
    const language = detectLanguage(text);
    if (!language) return { language: null, probability: 0, flagged: false, threshold: 1, spans: [], window: { start: 0, end: 0 } };
    const model = (loaded[language] ??= loadModel(weights[language]));
    return { language, ...model.score(text, options) };
  };
}
