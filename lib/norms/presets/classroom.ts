// Classroom preset: a compact list a teacher can show, print and discuss — the everyday insults,
// swearing, group hate, threats, incitement to self-harm and doxxing, in Chinese and English,
// with the reasons and kinder wording students read in the card. The terms are the same entries
// as in the general and teen presets (same ids), so the class sees what the extension really
// uses. The strongest racial and homophobic slurs are left out of the handout on purpose: the
// general presets cover them.
import type { NormsList } from '../format';
import { pick } from './define';
import { shippedRewrites } from './rewrites';
import { enGeneral } from './en-general';
import { teen } from './teen';
import { zhGeneral } from './zh-general';

const zhIds = ['zh.shabi', 'zh.naocan', 'zh.zhizhang', 'zh.feiwu', 'zh.laji', 'zh.exin', 'zh.tamade', 'zh.caonima', 'zh.nmsl', 'zh.biaozi', 'zh.niangpao', 'zh.heigui', 'zh.toujinggai', 'zh.choubaguai', 'zh.nongsini', 'zh.qusi', 'zh.renrou', 'zh.shabi.latin', 'zh.caonima.latin', 'zh.nmsl.latin'];
const enIds = ['en.idiot', 'en.stupid', 'en.loser', 'en.jerk', 'en.shutup', 'en.fuck', 'en.shit', 'en.bitch', 'en.retard', 'en.fatass', 'en.killyou', 'en.kys', 'en.dox'];
const teenIds = ['zh.meirenxihuanni', 'zh.chousile', 'en.nobodylikesyou', 'en.ugly'];

const zhTerms = pick(zhGeneral, zhIds);
const enTerms = pick(enGeneral, enIds);

const terms = [...zhTerms, ...enTerms, ...pick(teen, teenIds)];

// Only the general lists' allow phrases that contain one of this list's own terms: their
// thousands of generated denials ("不讨厌黑人") quiet terms the handout does not have, and would
// only make a teacher wade through them (and every install store them). A unit test checks that
// no dropped phrase could quiet one of these terms.
const forms = terms.flatMap((term) => [term.pattern, ...(term.variants ?? [])].map((form) => form.toLowerCase()));
const relevant = (phrase: string): boolean => {
  const lower = phrase.toLowerCase();
  return forms.some((form) => lower.includes(form));
};

export const classroom: NormsList = {
  format: 'sansi-norms',
  version: 1,
  id: 'classroom',
  name: '课堂 Classroom',
  languages: ['zh', 'en'],
  terms,
  allow: [...new Set([...zhGeneral.allow, ...enGeneral.allow])].filter(relevant),
  rewrites: shippedRewrites,
};
