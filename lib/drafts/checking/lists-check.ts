import { aimOf, defaultJudgeSettings, judge, type JudgeDeps, modelReasons, prepareJudge } from '../../judgement';
import type { JudgeSettings } from '../../judgement/types';
import type { CompiledMatcher } from '../../matcher';
import type { Match, Matcher, NormsInput } from '../../matcher/types';
import type { ScoreDraft } from '../../model/scorer';
import type { TextRange } from '../fields/field-access';
import { lazyMatcher, type LazyMatcher } from './lazy-matcher';

/** A flag the page shows: the matcher's match, as `judge` read it in its context. */
export interface PageFlag extends Match {
  /** Shown only because the user asked to see untargeted wording: it never pauses a send. */
  untargeted?: boolean;
}

/** The user's settings the page's check reads (smart detection runs apart, once typing pauses). */
export type CheckSettings = Pick<JudgeSettings, 'pauseThreshold' | 'showUntargeted'>;

/** What smart detection's banner shows for a draft no flag shows on. */
export interface ModelVerdict {
  flagged: boolean;
  /** The stretches that weighed, for the banner to mark. */
  spans: TextRange[];
}

/**
 * The check of a draft: `judge` (lib/judgement, the same function `npm run check -- --judge`
 * calls) over the page's norms lists, so a page shows exactly what it decides. The one step
 * that decides what is flagged (the rest of the page layer reads, draws and counts). Compiled
 * lazily (lazy-matcher). A list that fails to compile must not break the page or checking for
 * good: the failure is reported once and the draft is treated as having no flag until the
 * lists change.
 */
export interface ListsCheck {
  /** The lists to check against from now on, and how; null when Sansi is off in this page. */
  use(norms: NormsInput | null, settings?: CheckSettings): void;
  /** Starts compiling in idle time (a field got the focus). */
  prepare(): void;
  /** Stops compiling in idle time. */
  stop(): void;
  /** Whether there are lists to check against. */
  readonly on: boolean;
  /** The flags `judge` shows in the draft (without the model: it reads once typing pauses). */
  findAll(text: string): PageFlag[];
  /** Smart detection's verdict on the draft, by `judge` with the model's scorer. */
  modelVerdict(text: string, score: ScoreDraft): ModelVerdict;
}

const notFlagged: ModelVerdict = { flagged: false, spans: [] };

export function listsCheck(onFailure: (error: unknown) => void): ListsCheck {
  let current: Judged | undefined;
  let failed = false;
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  const judged = (): Judged | undefined => {
    if (!current || failed) return undefined;
    try {
      current.ready();
      return current;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };
  return {
    use(norms, settings = defaultJudgeSettings) {
      current?.lists.stop();
      failed = false;
      current = norms ? new Judged(lazyMatcher(norms, fail), norms, settings) : undefined;
    },
    prepare: () => current?.lists.prepare(),
    stop: () => current?.lists.stop(),
    get on() {
      return current !== undefined;
    },
    findAll(text) {
      return judged()?.flags(text) ?? [];
    },
    modelVerdict(text, score) {
      return judged()?.modelVerdict(text, score) ?? notFlagged;
    },
  };
}

/** One norms list as `judge` reads it: the compiled matcher, built once, and its deps. */
class Judged {
  private deps: JudgeDeps | undefined;
  private withModel: { score: ScoreDraft; deps: JudgeDeps } | undefined;
  /** The matcher's matches in the last draft judged, to give back each flag's whole match. */
  private lastMatches: Match[] = [];
  private recording: Matcher | undefined;

  constructor(
    readonly lists: LazyMatcher,
    private readonly norms: NormsInput,
    private readonly settings: CheckSettings,
  ) {}

  /** Finishes the compile now (throws what it threw). */
  ready(): void {
    if (this.deps) return;
    const matcher = this.lists.get();
    this.recording = this.recordingMatcher(matcher);
    this.deps = prepareJudge({ matcher: this.recording, norms: this.norms });
  }

  flags(text: string): PageFlag[] {
    const judgement = judge(text, this.deps!, { ...this.settings, smartDetection: false });
    if (judgement.flags.length === 0) return [];
    // The flags are some of the matches, same start and end; keep each match's suggestion and
    // take judge's severity (one step up for a slur aimed at the reader) and its aim.
    const byStart = new Map(this.lastMatches.map((match) => [`${match.start}:${match.end}`, match]));
    return judgement.flags.map((flag) => {
      const match = byStart.get(`${flag.start}:${flag.end}`);
      const shown: PageFlag = { ...match, ...flag };
      if (this.settings.showUntargeted && this.untargeted(shown, flag.aimed)) shown.untargeted = true;
      return shown;
    });
  }

  modelVerdict(text: string, score: ScoreDraft): ModelVerdict {
    if (this.withModel?.score !== score) {
      this.withModel = { score, deps: prepareJudge({ matcher: this.recording!, norms: this.norms, scorer: score }) };
    }
    const { deps } = this.withModel;
    const judgement = judge(text, deps, { ...this.settings, smartDetection: true });
    if (!judgement.model.flagged) return notFlagged;
    return { flagged: true, spans: modelReasons(text, deps).map(({ start, end }) => ({ start, end })) };
  }

  /** A flag judge shows only on request: a norm that needs aiming, aimed at no one. */
  private untargeted(flag: PageFlag, aimed: boolean): boolean {
    if (aimed) return false;
    // As the context stage reads it: the match's own `aim`, else its norm's, else its category's.
    const known = this.deps!.terms.get(flag.normId);
    const { normId: id, category, severity } = flag;
    return aimOf({ id, category, severity, ...known, ...(flag.aim ? { aim: flag.aim } : {}) }) === 'required';
  }

  private recordingMatcher(matcher: CompiledMatcher): Matcher {
    return {
      findAll: (text) => (this.lastMatches = matcher.findAll(text)),
      hasMatch: (text) => matcher.hasMatch(text),
    };
  }
}
