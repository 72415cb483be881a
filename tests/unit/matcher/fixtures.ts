// A small norms list for the matcher tests: the terms the issue names, in both languages.
import type { NormTerm, NormsInput } from '../../../lib/matcher/types';

const t = (id: string, pattern: string, severity: 1 | 2 | 3, variants?: string[], extra: Partial<NormTerm> = {}): NormTerm => ({
  id,
  pattern,
  category: 'insult',
  severity,
  ...(variants ? { variants } : {}),
  suggestion: { 'zh-CN': '换个说法', en: 'Say it another way' },
  ...extra,
});

export const terms: NormTerm[] = [
  t('zh.shabi', '傻逼', 2, ['煞笔', '傻b', '傻比', 'sb']),
  t('zh.nmsl', '你妈死了', 3, ['nmsl']),
  t('zh.cnm', '操你妈', 3, ['草泥马', 'cnm']),
  t('zh.tmd', '他妈的', 1, ['tmd']),
  t('zh.naocan', '脑残', 2, ['nt']),
  t('zh.feiwu', '废物', 2),
  t('zh.ma', '妈的', 1),
  t('zh.cao', '操', 1),
  t('zh.ri', '日', 1),
  t('zh.nima', '你妈', 2),
  t('zh.cao2', '草', 1),
  t('zh.laji', '垃圾', 2),
  t('zh.jianren', '贱人', 2),
  t('zh.sile', '去死', 3),
  t('en.fuck', 'fuck', 1),
  t('en.shit', 'shit', 1),
  t('en.ass', 'ass', 1),
  t('en.asshole', 'asshole', 2),
  t('en.bitch', 'bitch', 2),
  t('en.cunt', 'cunt', 2),
  t('en.cock', 'cock', 1),
  t('en.rapist', 'rapist', 3),
  t('en.sex', 'sex', 1),
  t('en.idiot', 'idiot', 2),
  t('en.kill', 'kill', 3),
  t('en.kys', 'kill yourself', 3, ['kys']),
  t('en.tit', 'tit', 1),
];

export const allow = ['操作', '日本', '你妈妈', '草地', '垃圾分类', '日子'];

export const norms: NormsInput = { terms, allow };
