/**
 * Kinder wording that reads right: suggestions in the draft's own language, and rewrites that
 * cover the phrase around a flagged term, not only the term. Pure TypeScript, no DOM: the
 * in-page card and pause, the classroom demo and `npm run check -- --rewrite` share it.
 *
 * @packageDocumentation
 */
export { alternativesFor, applyEdits, type Alternative, type Edit, type RewriteFlag } from './alternatives';
export { clauseAround, type Span } from './clause';
export { draftLanguage, type DraftLanguage } from './language';
export { mergeRewrites, type RewriteNorms, type RewriteTerm } from './norms';
export { pauseOffer, type PauseItem, type PauseOffer } from './pause';
export { parsePhrase } from './phrase';
export { rewrite, rewrittenDraft, rewrittenUntilQuiet, type Choice, type Rewrite } from './rewrite';
export { suggestionFor, suggestionIn } from './suggestion';
