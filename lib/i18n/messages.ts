// Every user-facing string, in both languages. `en` is the reference: the zh-CN table must have
// exactly its keys (the type says so, and a test checks it at run time too).
export const en = {
  'app.name': 'Sansi',
  'app.tagline': 'Think twice before you post',
  'popup.flagged.label': 'Words flagged in your drafts',
  'popup.flagged.empty': 'Nothing flagged yet. Sansi quietly reads your own drafts as you write.',
  'popup.privacy': 'Everything stays on this device.',
  'popup.openOptions': 'Settings',
  'options.title': 'Sansi settings',
  'options.language': 'Language',
  'options.norms.title': 'Active norms list',
  'options.norms.columns.term': 'Term',
  'options.norms.columns.category': 'Category',
  'options.norms.columns.severity': 'Severity',
  'category.insult': 'Insult',
  'category.profanity': 'Profanity',
  'category.threat': 'Threat',
  'category.harassment': 'Harassment or bullying',
  'category.identity-hate': 'Identity hate',
  'category.self-harm': 'Incitement to self-harm',
  'category.doxxing': 'Doxxing',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const zhCN: Messages = {
  'app.name': '三思',
  'app.tagline': '发帖之前，三思而后行',
  'popup.flagged.label': '草稿中被标记的词语',
  'popup.flagged.empty': '还没有标记。三思会在你写作时安静地检查你自己的草稿。',
  'popup.privacy': '所有数据都只保存在这台设备上。',
  'popup.openOptions': '设置',
  'options.title': '三思设置',
  'options.language': '语言',
  'options.norms.title': '当前规范词表',
  'options.norms.columns.term': '词语',
  'options.norms.columns.category': '类别',
  'options.norms.columns.severity': '严重程度',
  'category.insult': '辱骂',
  'category.profanity': '粗口',
  'category.threat': '威胁',
  'category.harassment': '骚扰或霸凌',
  'category.identity-hate': '身份仇恨',
  'category.self-harm': '教唆自残',
  'category.doxxing': '人肉搜索',
};

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export const messages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The UI language for a browser language tag: any Chinese variant gets zh-CN, the rest English. */
export function localeFor(languageTag: string | undefined): Locale {
  return languageTag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
