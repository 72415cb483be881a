// `npm run eval -- --calibrate`: chooses smart detection's nudge threshold per language
// (lib/judgement/calibration.ts) on ordinary posts, the way the extension judges them.
//
// Rule: the lowest threshold, never below the model's own (chosen at training time for
// precision on labelled abuse), at which a banner on a draft no list flags appears on at most
// 0.4 % of the calibration posts (0.1 point under the 0.5 % target, for the posts we do not
// have). Chinese calibrates on the Weibo osm posts (research use only: they set this number,
// they train nothing); English on GoEmotions dev (GoEmotions train trains the model).
import { compile } from '../../lib/matcher';
import { detectLanguage, scoreDraft, shippedModel } from '../../lib/model';
import { ModelOpinion, judge, prepareJudge } from '../../lib/judgement';
import { defaultPresetIds, mergePresets } from '../../lib/norms/presets';
import { type OrdinarySet, goEmotions, weiboOsm } from './ordinary';

const MAX_RATE = 0.004;

export interface Calibrated {
  language: 'zh' | 'en';
  set: string;
  threshold: number;
  modelThreshold: number;
  rate: number;
}

export function calibrate(presetIds: readonly string[] = defaultPresetIds): Calibrated[] {
  const norms = mergePresets(presetIds);
  const deps = prepareJudge({ matcher: compile(norms), norms });
  // Threshold 0: every draft about people "passes", and the reading's probability is the one the
  // extension compares (allowed phrases masked).
  const open = new ModelOpinion(scoreDraft, norms.allow ?? [], { zh: 0, en: 0 });
  const listsOnly = { pauseThreshold: 2, smartDetection: false, showUntargeted: false } as const;
  const choose = (set: OrdinarySet): Calibrated => {
    const modelThreshold = shippedModel(set.language).threshold;
    // The probability of each post that could get a model-only banner; 0 for the others.
    const candidates = set.rows.map(({ text }) => {
      if (detectLanguage(text) !== set.language || judge(text, deps, listsOnly).nudge !== 'none') return 0;
      const reading = open.read(text);
      return reading.flagged ? reading.probability : 0;
    });
    const allowed = Math.floor(MAX_RATE * set.rows.length);
    const sorted = candidates.filter((p) => p > 0).sort((a, b) => b - a);
    // Just above the (allowed + 1)-th highest probability: at most `allowed` posts pass.
    const cut = sorted[allowed];
    const needed = cut === undefined ? 0 : Number((cut + 1e-6).toFixed(6));
    const threshold = Math.max(modelThreshold, needed);
    const rate = candidates.filter((p) => p >= threshold).length / set.rows.length;
    return { language: set.language, set: set.name, threshold, modelThreshold, rate };
  };
  return [choose(weiboOsm()), choose(goEmotions('dev'))];
}
