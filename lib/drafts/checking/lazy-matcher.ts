import { type CompiledMatcher, compileInSteps } from '../../matcher';
import type { NormsInput } from '../../matcher/types';

/**
 * The page's matcher for one norms list, compiled when a draft first needs it. Compiling the
 * lists is the costliest thing Sansi does in a page, so it waits for the user to focus a field
 * and then runs in idle time, one phase per idle callback (`compileInSteps`): in one piece, the
 * default lists' first compile was a ~100 ms task right at the first focus, which delays the
 * first keystroke. A draft checked before that ends finishes the compile at once.
 */
export interface LazyMatcher {
  /** The matcher, compiling whatever is left of it now. */
  get(): CompiledMatcher;
  /** Compiles in idle time, a phase per callback, unless done, started or stopped. */
  prepare(): void;
  /** Stops compiling in idle time (the list was replaced, or Sansi stopped in this page). */
  stop(): void;
}

/** `onIdleFailure`: the compile threw in an idle callback, where nobody else would catch it. */
export function lazyMatcher(norms: NormsInput, onIdleFailure: (error: unknown) => void = () => undefined): LazyMatcher {
  let steps: Generator<void, CompiledMatcher, void> | undefined;
  let matcher: CompiledMatcher | undefined;
  let preparing = false;
  let stopped = false;
  /** What the compile threw: thrown again on every later call, as `compile` would (a generator
   * that threw is done, and would otherwise look like one still to finish, for ever). */
  let failure: { error: unknown } | undefined;
  const advance = (): void => {
    if (failure) throw failure.error;
    steps ??= compileInSteps(norms);
    try {
      const step = steps.next();
      if (step.done) matcher = step.value;
    } catch (error) {
      failure = { error };
      throw error;
    }
  };
  const tick = (): void => {
    if (matcher || stopped) {
      preparing = false;
      return;
    }
    try {
      advance();
    } catch (error) {
      // Thrown again by `get`; here it would land in the page as an uncaught error.
      preparing = false;
      onIdleFailure(error);
      return;
    }
    if (matcher) preparing = false;
    else requestIdleCallback(tick, { timeout: 50 });
  };
  return {
    get() {
      while (!matcher) advance();
      return matcher;
    },
    prepare() {
      if (matcher || preparing || stopped) return;
      preparing = true;
      requestIdleCallback(tick, { timeout: 50 });
    },
    stop() {
      stopped = true;
    },
  };
}
