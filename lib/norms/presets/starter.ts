// A small built-in list so the whole pipeline works end to end from day one. The curated
// Chinese, English, teen and classroom presets (issue 4) replace it.
import type { NormsInput } from '../../matcher/types';

export const starter: NormsInput = {
  terms: [
    {
      id: 'zh.shabi',
      pattern: '傻逼',
      category: 'insult',
      severity: 2,
      variants: ['煞笔', '傻b', '傻比', 'sb'],
      suggestion: { 'zh-CN': '我不同意你的看法', en: 'I disagree with you' },
    },
    {
      id: 'zh.nmsl',
      pattern: '你妈死了',
      category: 'insult',
      severity: 3,
      variants: ['nmsl'],
      suggestion: { 'zh-CN': '我现在很生气', en: "I'm really angry right now" },
    },
    {
      id: 'zh.feiwu',
      pattern: '废物',
      category: 'insult',
      severity: 2,
      suggestion: { 'zh-CN': '这次没做好', en: "This didn't go well" },
    },
    {
      id: 'zh.qusi',
      pattern: '去死',
      category: 'self-harm',
      severity: 3,
      suggestion: { 'zh-CN': '我不想再聊了', en: "I don't want to talk anymore" },
    },
    {
      id: 'en.idiot',
      pattern: 'idiot',
      category: 'insult',
      severity: 2,
      suggestion: { 'zh-CN': '我不同意', en: 'I see it differently' },
    },
    {
      id: 'en.kys',
      pattern: 'kill yourself',
      category: 'self-harm',
      severity: 3,
      variants: ['kys'],
      suggestion: { 'zh-CN': '我不想再聊了', en: "I'm done with this conversation" },
    },
  ],
  allow: [],
};
