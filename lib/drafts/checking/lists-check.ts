import type { Match, NormsInput } from '../../matcher/types';
import { lazyMatcher, type LazyMatcher } from './lazy-matcher';

/**
 * The check of a draft against the page's norms lists: the one step that decides what is
 * flagged (the rest of the page layer reads, draws and counts). Compiled lazily (lazy-matcher).
 * A list that fails to compile must not break the page or checking for good: the failure is
 * reported once and the draft is treated as having no match until the lists change.
 */
export interface ListsCheck {
  /** The lists to check against from now on; null when Sansi is off in this page. */
  use(norms: NormsInput | null): void;
  /** Starts compiling in idle time (a field got the focus). */
  prepare(): void;
  /** Stops compiling in idle time. */
  stop(): void;
  /** Whether there are lists to check against. */
  readonly on: boolean;
  findAll(text: string): Match[];
}

export function listsCheck(onFailure: (error: unknown) => void): ListsCheck {
  let lists: LazyMatcher | undefined;
  let failed = false;
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  return {
    use(norms) {
      lists?.stop();
      failed = false;
      lists = norms ? lazyMatcher(norms, fail) : undefined;
    },
    prepare: () => lists?.prepare(),
    stop: () => lists?.stop(),
    get on() {
      return lists !== undefined;
    },
    findAll(text) {
      if (!lists || failed) return [];
      try {
        return lists.get().findAll(text);
      } catch (error) {
        fail(error);
        return [];
      }
    },
  };
}
