// Curation aid: what judge() shows with default settings for each draft given (one a line on
// stdin, or as arguments), so a new rule can be tried on drafts written for tuning without a
// full `npm run eval`.
//
//   npx tsx tests/eval/judge-drafts.ts "I will find you and hurt you" "this update is stupid"
//   npx tsx tests/eval/judge-drafts.ts < drafts.txt
import { readFileSync } from 'node:fs';
import { compile } from '../../lib/matcher';
import { defaultJudgeSettings, judge, prepareJudge } from '../../lib/judgement';
import { scoreDraft } from '../../lib/model';
import { defaultPresetIds, mergePresets } from '../../lib/norms/presets';

const args = process.argv.slice(2);
const drafts = args.length > 0 ? args : readFileSync(0, 'utf8').split('\n').filter((line) => line.trim());
const norms = mergePresets(defaultPresetIds);
const deps = prepareJudge({ matcher: compile(norms), norms, scorer: scoreDraft });
for (const text of drafts) {
  const result = judge(text, deps, defaultJudgeSettings);
  const flags = result.flags.map((f) => `${f.normId}:${text.slice(f.start, f.end)}${f.aimed ? '' : '(unaimed)'}`).join(' ');
  console.log(`${result.nudge.padEnd(5)} ${text}  ${flags}${result.model.flagged ? ` model ${result.model.probability.toFixed(2)}` : ''}`);
}
