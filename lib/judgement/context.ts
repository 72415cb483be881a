// The context stage: between the matcher and what the user sees. For each match it decides
// whether the words around it aim it at someone, and from the norm's `aim` whether it shows,
// and how severe. It never moves a match or makes one up: its flags are some of the matcher's
// matches, with the same start and end.
import type { Match, Severity } from '../matcher/types';
import { type JudgedTerm, aimOf, langOf, presumedAimed } from './aim';
import { inScope } from './scope';
import { type TargetReading, isDescribing, readTarget } from './target';
import type { Flag, Target } from './types';

/** A flag with what the context stage read, for the judgement and its tests. */
export interface ContextFlag extends Flag {
  target: Target;
  /** A `required` norm not aimed at anyone, shown only because untargeted wording is asked for. */
  untargeted: boolean;
}

export interface ContextOptions {
  /** Show `required` matches that are aimed at no one (as untargeted flags). */
  showUntargeted: boolean;
}

/**
 * Whether a match read as `reading` is aimed at someone. Swearing is aimed only when it is said
 * to the reader ("fuck you", "你他妈"): about someone else it is narration ("he worked his ass
 * off", "他妈的这人").
 */
export function isAimed(reading: TargetReading, term: JudgedTerm, matched: string): boolean {
  const { target, addressed } = reading;
  if (target === 'person') return term.category !== 'profanity' || addressed;
  if (target !== 'none') return false;
  return presumedAimed[term.category] && !isDescribing(matched);
}

/**
 * Reads each match in its context. `terms` gives each match's norm (by id); a match whose id
 * it lacks is kept as written, aimed by its category's default.
 *
 * @example
 * contextFlags('this update is stupid', matcher.findAll('this update is stupid'), terms, { showUntargeted: false });
 * // → []: an insult word about a thing
 * contextFlags('你是傻逼', matcher.findAll('你是傻逼'), terms, { showUntargeted: false });
 * // → [{ start: 2, end: 4, normId: 'zh.shabi', …, aimed: true, target: 'person' }]
 */
export function contextFlags(
  text: string,
  matches: readonly Match[],
  terms: ReadonlyMap<string, JudgedTerm>,
  options: ContextOptions,
): ContextFlag[] {
  const flags: ContextFlag[] = [];
  for (const match of matches) {
    const { start, end, normId, category, severity } = match;
    const known = terms.get(normId);
    const term: JudgedTerm = { id: normId, category, severity, ...known, ...(match.lang ? { lang: match.lang } : {}), ...(match.aim ? { aim: match.aim } : {}) };
    if (!inScope(text, start, end, langOf(term))) continue;
    const reading = readTarget(text, start, end);
    const { target } = reading;
    const aimed = isAimed(reading, term, text.slice(start, end));
    const aim = aimOf(term);
    // A slur about oneself or quoted from someone else is not said against anyone.
    if (aim === 'raises' && (reading.ofSelf || target === 'quoted') && !options.showUntargeted) continue;
    if (aim === 'required' && !aimed) {
      if (options.showUntargeted) flags.push({ start, end, normId, category, severity, aimed, target, untargeted: true });
      continue;
    }
    const raised = aim === 'raises' && aimed && target === 'person' ? (Math.min(3, severity + 1) as Severity) : severity;
    flags.push({ start, end, normId, category, severity: raised, aimed, target, untargeted: false });
  }
  return flags;
}
