// The classroom "how it matched" view: the matcher folds every evasion in one pass, which is
// fast but invisible. For teaching, the matcher reports what its own normaliser did, rule by
// rule (`traceNormalise`), so a class watches `ＳＢ`, `傻*逼`, `1d10t` or `f.u.c.k` turn into
// the words the list knows, through the very steps that ran.
import { traceNormalise, type TraceStep } from '../matcher';

export type StepKey = TraceStep;

export interface Step {
  key: StepKey;
  text: string;
  /** Whether this step changed anything. */
  changed: boolean;
}

/** The draft after each normalisation rule, in the order the matcher applies them. */
export function normalisationSteps(text: string): Step[] {
  return traceNormalise(text).map(({ step, text: after, changed }) => ({ key: step, text: after, changed }));
}
