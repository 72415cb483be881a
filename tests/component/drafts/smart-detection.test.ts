import { draftScorer } from '@/lib/model/scorer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Drafts } from '@/lib/drafts/checking/drafts';
import { Overlay } from '@/lib/drafts/ui/overlay';
import { SCORE_PAUSE_MS, SmartDetection, type ScoreDraft } from '@/lib/drafts/checking/smart-detection';
import { setOverlayLocale } from '@/lib/drafts/ui/strings';
import { listsCheck } from '@/lib/drafts/checking/lists-check';
import type { DraftScore } from '@/lib/model';
import { entry, list } from '../../support/lists';
import { clickAsUser } from '../../support/user-events';

const IMPLICIT = '外地人就没几个素质高的';

/** A stand-in model: sure of drafts containing 外地人 (a "X人" generalisation), and marks that stretch. */
function fakeModel(): ScoreDraft & { calls: string[]; scored: () => string[] } {
  const calls: string[] = [];
  const score = (text: string): DraftScore => {
    calls.push(text);
    const at = text.indexOf('外地人');
    return at === -1
      ? { language: 'zh', probability: 0.1, threshold: 0.45, flagged: false, spans: [], window: { start: 0, end: text.length } }
      : { language: 'zh', probability: 0.99, threshold: 0.45, flagged: true, spans: [{ start: at, end: at + 3, weight: 2 }], window: { start: 0, end: text.length } };
  };
  return Object.assign(score, { calls, scored: () => [...new Set(calls)] });
}

describe('smart detection in a page', () => {
  let controller: AbortController;
  let field: HTMLTextAreaElement;
  let overlay: Overlay | undefined;
  let drafts: Drafts;
  let smart: SmartDetection;
  let verdict: ConstructorParameters<typeof SmartDetection>[0]['verdict'];
  let model: ReturnType<typeof fakeModel>;
  let load: ReturnType<typeof vi.fn<() => Promise<ScoreDraft>>>;
  const nudges: boolean[] = [];
  const allowHere = vi.fn();

  const root = () => overlay?.root;
  const banner = () => root()?.querySelector<HTMLElement>('[data-sansi-nudge="model"]') ?? null;
  const marks = () => root()?.querySelectorAll('[data-sansi-span]').length ?? 0;
  const flags = () => root()?.querySelectorAll('[data-sansi-flag]').length ?? 0;
  const type = (text: string) => {
    field.value = text;
    drafts.check(field);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    setOverlayLocale('en');
    controller = new AbortController();
    field = document.createElement('textarea');
    document.body.append(field);
    overlay = undefined;
    nudges.length = 0;
    allowHere.mockReset();
    model = fakeModel();
    load = vi.fn(async () => model);
    const getOverlay = () => (overlay ??= new Overlay());
    drafts = new Drafts({ overlay: getOverlay, onChecked: (each, text, matches) => smart.checked(each, text, matches) });
    // The page's own check: judge over the lists, and with the model once typing pauses.
    const check = listsCheck(() => undefined);
    check.use(list('t', [entry('zh.shabi', '傻逼')]));
    verdict = (text, score) => check.modelVerdict(text, score);
    smart = new SmartDetection({ signal: controller.signal, drafts, overlay: getOverlay, onNudge: (_field, showing) => nudges.push(showing), allowHere, load, verdict });
    smart.setEnabled(true);
    drafts.setMatcher(() => check);
  });
  afterEach(() => {
    controller.abort();
    overlay?.destroy();
    field.remove();
    vi.useRealTimers();
  });

  it('scores once typing pauses, not on every keystroke, and shows a draft-level nudge with marks', async () => {
    for (let end = 1; end <= IMPLICIT.length; end += 1) {
      type(IMPLICIT.slice(0, end));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(model.scored()).toEqual([]);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    expect(model.scored()).toEqual([IMPLICIT]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(banner()).toHaveAttribute('role', 'status');
    expect(banner()).toHaveTextContent('This may read as an attack on a group');
    expect(banner()).toHaveTextContent('won’t show this kind of nudge on this site again');
    expect(marks()).toBe(1);
    // A model nudge is not a norm's flag.
    expect(flags()).toBe(0);
    expect(drafts.matchesOf(field)).toEqual([]);
    expect(nudges).toEqual([true]);
  });

  it('does not score a draft under six characters', async () => {
    type('外地人');
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS * 2);
    expect(model.scored()).toEqual([]);
    expect(load).not.toHaveBeenCalled();
    expect(banner()).toBeNull();
  });

  it('leaves the draft to the norms when one matches', async () => {
    type(IMPLICIT);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    expect(banner()).not.toBeNull();
    type(`${IMPLICIT}，傻逼`);
    expect(banner()).toBeNull();
    expect(flags()).toBe(1);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS * 2);
    expect(model.scored()).toEqual([IMPLICIT]);
    expect(banner()).toBeNull();
    expect(nudges).toEqual([true, false]);
  });

  it('keeps the nudge while the draft is edited and takes it down when it scores below the threshold', async () => {
    type(IMPLICIT);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    type(`${IMPLICIT}吗`);
    // Typing on: still shown, the marks before the edit kept, until typing pauses.
    expect(banner()).not.toBeNull();
    expect(marks()).toBe(1);
    type('本地人就没几个素质高的');
    expect(marks()).toBe(0);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    expect(banner()).toBeNull();
    expect(nudges).toEqual([true, false]);
  });

  it('"not abusive here" takes the nudge down at once, asks for the site allow, and stops scoring', async () => {
    type(IMPLICIT);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    // A page's own click does nothing; the user's does.
    banner()!.querySelector('button')!.click();
    expect(allowHere).not.toHaveBeenCalled();
    clickAsUser(banner()!.querySelector('button')!);
    expect(allowHere).toHaveBeenCalledTimes(1);
    expect(banner()).toBeNull();
    type(`${IMPLICIT}！`);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS * 2);
    expect(model.scored()).toEqual([IMPLICIT]);
    expect(banner()).toBeNull();
  });

  it('goes quiet when switched off, and scores again when switched on', async () => {
    type(IMPLICIT);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    smart.setEnabled(false);
    expect(banner()).toBeNull();
    smart.setEnabled(true);
    drafts.check(field);
    await vi.advanceTimersByTimeAsync(SCORE_PAUSE_MS);
    expect(banner()).not.toBeNull();
  });

  it('scores with the shipped weights, as the background sends them', async () => {
    vi.useRealTimers();
    const { shippedWeights, scoreDraft } = await import('@/lib/model');
    // What backgroundServices.loadScorer does with the getModelWeights reply (a structured clone).
    const load = async () => draftScorer(structuredClone(shippedWeights));
    const shipped = new SmartDetection({ signal: controller.signal, drafts, overlay: () => (overlay ??= new Overlay()), onNudge: () => undefined, allowHere, load, verdict });
    smart.setEnabled(false);
    shipped.setEnabled(true);
    // A sweeping claim about a group, no listed word: over the banner's calibrated threshold.
    const sweeping = '河南人都是骗子，一个比一个坏';
    field.value = sweeping;
    drafts.check(field);
    shipped.checked(field, sweeping, []);
    await vi.waitFor(() => expect(banner()).not.toBeNull(), { timeout: 10_000 });
    // One mark per word judge says weighed (adjacent n-grams merge into one span).
    expect(marks()).toBe(scoreDraft(sweeping, { spans: true }).spans.length);
    expect(marks()).toBeGreaterThan(0);
  });

  it('with the shipped weights, stays quiet on a draft the model reads as tense but below the banner’s threshold', async () => {
    vi.useRealTimers();
    const { shippedWeights } = await import('@/lib/model');
    const scored: string[] = [];
    const load = async (): Promise<ScoreDraft> => {
      const score = draftScorer(structuredClone(shippedWeights));
      return (text, options) => {
        scored.push(text);
        return score(text, options);
      };
    };
    const shipped = new SmartDetection({ signal: controller.signal, drafts, overlay: () => (overlay ??= new Overlay()), onNudge: () => undefined, allowHere, load, verdict });
    smart.setEnabled(false);
    shipped.setEnabled(true);
    field.value = IMPLICIT;
    drafts.check(field);
    shipped.checked(field, IMPLICIT, []);
    await vi.waitFor(() => expect(scored).toContain(IMPLICIT), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(banner()).toBeNull();
  });
});
