/**
 * Sansi's judgement: from a draft to what the user sees. The lists' matches are read in their
 * context (aimed at someone? about a thing, the writer, a quote?), per-term language scopes are
 * applied, and the on-device model adds its second opinion. Pure TypeScript, no DOM: the
 * extension, the CLI, the eval and the bench call the same `judge`. See README.md.
 *
 * @packageDocumentation
 */
export type * from './types';
export { defaultJudgeSettings } from './types';
export { type JudgedTerm, aimOf, defaultAim, langOf, presumedAimed } from './aim';
export { type ContextFlag, contextFlags, isAimed } from './context';
export { type TargetReading, readTarget, targetOf } from './target';
export { inScope } from './scope';
export { AllowMask } from './allow-mask';
export { modelNudgeThreshold } from './calibration';
export { MAX_SCORED_LENGTH, MIN_SCORED_LENGTH, ModelOpinion, type ModelReading } from './model-opinion';
export { type JudgeDeps, type PrepareOptions, judge, modelReasons, prepareJudge } from './judge';
