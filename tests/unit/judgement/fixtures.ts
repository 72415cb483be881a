// The default presets, compiled once for the judgement tests, with and without the model.
import { compile } from '../../../lib/matcher';
import { scoreDraft } from '../../../lib/model';
import { prepareJudge } from '../../../lib/judgement';
import { defaultPresetIds, mergePresets } from '../../../lib/norms/presets';

export const norms = mergePresets(defaultPresetIds);
export const matcher = compile(norms);
export const terms = new Map(norms.terms.map((t) => [t.id, t]));
export const listsOnly = prepareJudge({ matcher, norms });
export const withModel = prepareJudge({ matcher, norms, scorer: scoreDraft });
