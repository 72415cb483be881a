// judge() end to end: the default presets and the shipped model, as the extension and
// `npm run check --judge` run them.
import { describe, expect, it } from 'vitest';
import { defaultJudgeSettings, judge, modelReasons, prepareJudge } from '../../../lib/judgement';
import type { ScoreDraft } from '../../../lib/model';
import { listsOnly, matcher, norms, withModel } from './fixtures';

const settings = defaultJudgeSettings;

describe('judge', () => {
  it('returns exactly the nudge, the flags and the model’s opinion', () => {
    const result = judge('你是傻逼', withModel, settings);
    expect(Object.keys(result).sort()).toEqual(['flags', 'model', 'nudge']);
    expect(result.flags).toEqual([{ start: 2, end: 4, normId: 'zh.shabi', category: 'insult', severity: 2, aimed: true }]);
    expect(result.nudge).toBe('pause');
    expect(Object.keys(result.model).sort()).toEqual(['flagged', 'probability']);
  });

  it('marks a rude word aimed at someone below the pause threshold, and pauses at it', () => {
    expect(judge('you are stupid', listsOnly, settings).nudge).toBe('mark');
    expect(judge('you are stupid', listsOnly, { ...settings, pauseThreshold: 1 }).nudge).toBe('pause');
  });

  it.each(['this update is stupid', 'I feel so stupid today', 'disgusting weather', '恶心死了这天气', '卧槽', 'SB 1047 passed', '垃圾分类，人人有责', '又地震了，太可怕了'])(
    'stays quiet on %s',
    (text) => {
      expect(judge(text, withModel, settings)).toMatchObject({ nudge: 'none', flags: [], model: { flagged: false } });
    },
  );

  it('pauses on threats and incitement', () => {
    for (const text of ['I know where you live', 'kill yourself', '我要弄死你', 'I will find you and hurt you', '我知道你住哪，小心点', '滚出我们村', '你死了最好']) {
      expect(judge(text, withModel, settings).nudge).toBe('pause');
    }
  });

  it.each(['我不如死了算了', 'I will find you a seat', '我知道你在哪里了，马上来接你', "that's so stupid it hurts", 'garbage day is tomorrow'])('stays quiet on %s, which sounds like a threat or an insult but is not one', (text) => {
    expect(judge(text, listsOnly, settings).nudge).toBe('none');
  });

  it('shows untargeted swearing on request, without pausing for it', () => {
    const shown = judge('卧槽', listsOnly, { ...settings, showUntargeted: true, pauseThreshold: 1 });
    expect(shown.nudge).toBe('mark');
    expect(shown.flags).toEqual([{ start: 0, end: 2, normId: 'zh.wocao', category: 'profanity', severity: 1, aimed: false }]);
  });

  it('keeps smart detection quiet on ordinary Chinese posts the model scores high', () => {
    // The model reads topic and tone ("恶心", "黑社会"); the banner needs a draft about people too.
    for (const text of ['恶心死了这天气', '这明晃晃的黑恶势力还挺能恶心人的', '垃圾分类，人人有责']) {
      expect(judge(text, withModel, settings).model.flagged).toBe(false);
    }
  });
});

/** A stand-in model: sure of abuse whenever the draft says 蛀虫, with that word as the reason. */
const fakeScorer: ScoreDraft = (text) => {
  const at = text.indexOf('蛀虫');
  return at >= 0
    ? { language: 'zh', probability: 0.99, threshold: 0.5, flagged: true, spans: [{ start: at, end: at + 2, weight: 2 }], window: { start: 0, end: text.length } }
    : { language: 'zh', probability: 0.2, threshold: 0.5, flagged: false, spans: [], window: { start: 0, end: text.length } };
};
const fake = prepareJudge({ matcher, norms: { terms: norms.terms, allow: [...(norms.allow ?? []), '书里的蛀虫'] }, scorer: fakeScorer });

describe('smart detection in the judgement', () => {
  it('marks a draft about people the model is sure of, and never pauses for it', () => {
    expect(judge('外地人真像蛀虫一样', fake, { ...settings, pauseThreshold: 1 })).toEqual({
      nudge: 'mark',
      flags: [],
      model: { flagged: true, probability: 0.99 },
    });
  });

  it('leaves the model out when smart detection is off', () => {
    expect(judge('外地人真像蛀虫一样', fake, { ...settings, smartDetection: false })).toEqual({ nudge: 'none', flags: [], model: { flagged: false, probability: 0 } });
  });

  it('needs a draft about a group of people: a topic or a mood is not abuse', () => {
    expect(judge('木头里全是蛀虫，真烦', fake, settings)).toMatchObject({ nudge: 'none', model: { flagged: false, probability: 0.99 } });
    expect(judge('你们单位的仓库里全是蛀虫', fake, settings)).toMatchObject({ nudge: 'none', model: { flagged: false } });
  });

  it('reads the draft with its allowed phrases blanked out', () => {
    expect(judge('外地人真爱看书里的蛀虫故事', fake, settings)).toMatchObject({ nudge: 'none', model: { flagged: false, probability: 0.2 } });
  });

  it('does not read drafts too short to judge', () => {
    expect(judge('你蛀虫', fake, settings).model).toEqual({ flagged: false, probability: 0 });
  });

  it('names the words that weighed most, only when its banner shows', () => {
    const text = '外地人真像蛀虫一样';
    expect(modelReasons(text, fake)).toEqual([{ start: 5, end: 7, text: '蛀虫' }]);
    expect(modelReasons('木头里全是蛀虫，真烦', fake)).toEqual([]);
    expect(modelReasons('今天天气真好，出去走走', withModel)).toEqual([]);
  });
});
