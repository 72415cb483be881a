import type { Category } from '@/lib/matcher/types';

export interface Sample {
  id: string;
  /** The category it shows, or null for a clean draft. */
  category: Category | null;
  kind: 'plain' | 'evasive' | 'clean';
  zh: string;
  en: string;
}

/**
 * Drafts a class can click through: one per category, some written plainly and some the way
 * people dodge filters, plus clean ones that must stay quiet. Each flagged one is caught by the
 * shipped general lists (a unit test checks).
 */
export const samples: readonly Sample[] = [
  { id: 'insult', category: 'insult', kind: 'plain', zh: '你这个废物，什么都做不好', en: 'you idiot, you never get anything right' },
  { id: 'insult-evasive', category: 'insult', kind: 'evasive', zh: '楼主真是个傻*逼', en: 'what an 1d10t, seriously' },
  { id: 'profanity', category: 'profanity', kind: 'plain', zh: '他妈的，又输了', en: 'this shit again, unbelievable' },
  { id: 'profanity-evasive', category: 'profanity', kind: 'evasive', zh: '卧槽，ＳＢ裁判', en: 'f.u.c.k this referee' },
  { id: 'self-harm', category: 'self-harm', kind: 'plain', zh: '你怎么不去死', en: 'just go kill yourself' },
  { id: 'insult-spaced', category: 'insult', kind: 'evasive', zh: 'N M S L，别回了', en: 'you are such a l0ser' },
  { id: 'harassment', category: 'harassment', kind: 'plain', zh: '丑八怪，别发自拍了', en: 'shut up, fatso' },
  { id: 'identity-hate', category: 'identity-hate', kind: 'plain', zh: '娘炮滚出去', en: 'no retards allowed here' },
  { id: 'threat', category: 'threat', kind: 'plain', zh: '小心我弄死你', en: "I'll kill you if you post that again" },
  { id: 'doxxing', category: 'doxxing', kind: 'plain', zh: '大家人肉他，把他地址挖出来', en: "let's dox him and post his address" },
  { id: 'clean', category: null, kind: 'clean', zh: '我不同意你的看法，我们换个角度讨论一下', en: 'I disagree with you, but I see your point' },
  { id: 'clean-lookalike', category: null, kind: 'clean', zh: '操作系统更新后快多了', en: 'the class in Scunthorpe was great' },
];
