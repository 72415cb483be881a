import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Drafts } from '@/lib/drafts/checking/drafts';
import { type ListsCheck, listsCheck } from '@/lib/drafts/checking/lists-check';
import { Overlay } from '@/lib/drafts/ui/overlay';
import { judge, prepareJudge } from '@/lib/judgement';
import { compile } from '@/lib/matcher';
import { defaultPresetIds, mergePresets } from '@/lib/norms/presets';
import { errorGuard } from '@/lib/drafts/start/page-context';
import type { NormsInput } from '@/lib/matcher/types';

const norms: NormsInput = {
  terms: [
    { id: 'zh.shabi', pattern: '傻逼', category: 'insult', severity: 2 },
    { id: 'en.idiot', pattern: 'idiot', category: 'insult', severity: 2 },
  ],
};
const unreadable = {
  get terms(): NormsInput['terms'] {
    throw new Error('a list the compiler cannot read');
  },
};

describe('checking a draft against the lists', () => {
  let idle: (() => void)[];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('finds the flagged words, and nothing when Sansi is off here', () => {
    const check = listsCheck(() => undefined);
    check.use(norms);
    expect(check.on).toBe(true);
    expect(check.findAll('you idiot, 傻逼').map((match) => match.normId)).toEqual(['en.idiot', 'zh.shabi']);
    check.use(null);
    expect(check.on).toBe(false);
    expect(check.findAll('you idiot')).toEqual([]);
  });

  it('survives a list that fails to compile: reported once, nothing thrown, checking again with the next list', () => {
    const failures: unknown[] = [];
    const check = listsCheck((error) => failures.push(error));
    check.use(unreadable);
    check.prepare();
    while (idle.length > 0) expect(() => idle.shift()!()).not.toThrow();
    expect(check.findAll('you idiot')).toEqual([]);
    expect(check.findAll('you idiot again')).toEqual([]);
    expect(failures.map(String)).toEqual(['Error: a list the compiler cannot read']);
    check.use(norms);
    expect(check.findAll('you idiot')).toHaveLength(1);
  });
});

describe('checking a draft as judge reads it, with the default lists', () => {
  const lists = mergePresets(defaultPresetIds);
  const strict = { pauseThreshold: 2, showUntargeted: false } as const;
  let check: ListsCheck;
  beforeEach(() => {
    check = listsCheck(() => undefined);
  });
  const flagged = (text: string) => check.findAll(text).map((flag) => text.slice(flag.start, flag.end));

  it('underlines an insult aimed at someone, not the same word about a thing', () => {
    check.use(lists, strict);
    expect(flagged('you are an idiot')).toEqual(['idiot']);
    expect(flagged('this update is stupid')).toEqual([]);
    expect(flagged('你这个傻逼')).toEqual(['傻逼']);
  });

  it('leaves swearing aimed at no one alone by default, and underlines it, never to pause, when asked', () => {
    check.use(lists, strict);
    expect(flagged('卧槽，这也太好看了')).toEqual([]);
    check.use(lists, { ...strict, showUntargeted: true });
    const [swear] = check.findAll('卧槽，这也太好看了');
    expect(swear).toMatchObject({ start: 0, end: 2, normId: 'zh.wocao', untargeted: true });
    // Aimed flags stay as they were, ready to pause.
    const [aimed] = check.findAll('你这个傻逼');
    expect(aimed).toMatchObject({ normId: 'zh.shabi', severity: 2 });
    expect(aimed?.untargeted).toBeUndefined();
  });

  it('pauses a send exactly when judge says pause', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const drafts = new Drafts({ overlay: () => new Overlay(), onChecked: () => undefined });
    check.use(lists, { pauseThreshold: 1, showUntargeted: true });
    drafts.setMatcher(() => check);
    const settings = { pauseThreshold: 1, smartDetection: false, showUntargeted: true } as const;
    const deps = prepareJudge({ matcher: compile(lists), norms: lists });
    const pauses = ['卧槽，这也太好看了', '你这个傻逼', 'this update is stupid', 'you are an idiot, damn'].map((text) => {
      field.value = text;
      drafts.check(field);
      const paused = drafts.atOrAbove(field, 1).length > 0;
      expect(paused, text).toBe(judge(text, deps, settings).nudge === 'pause');
      return paused;
    });
    // The untargeted swear is underlined (asked for) but holds no send.
    expect(pauses).toEqual([false, true, false, true]);
    expect(drafts.matchesOf(field).length).toBeGreaterThan(0);
    field.remove();
  });
});

describe('a feature’s error guard', () => {
  it('logs the first error of a feature, returns the fallback, and lets the next call through', () => {
    const log = vi.fn();
    const guard = errorGuard('card', log);
    let calls = 0;
    const flaky = guard((value: number) => {
      calls += 1;
      if (value < 0) throw new Error(`bad ${value}`);
      return value * 2;
    }, -1);
    expect(flaky(-1)).toBe(-1);
    expect(flaky(-2)).toBe(-1);
    expect(flaky(3)).toBe(6);
    expect(calls).toBe(3);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('Sansi: card failed and carries on with the next edit.', new Error('bad -1'));
  });
});
