import type { MessageKey } from '@/lib/i18n/messages';

/** The options page's sections, in page order: each is a heading, an anchor and a nav link. */
export const optionSections = [
  { id: 'lists', title: 'options.lists.title' },
  { id: 'terms', title: 'options.terms.title' },
  { id: 'allow', title: 'options.nav.allow' },
  { id: 'nudges', title: 'options.nudge.title' },
  { id: 'sites', title: 'options.sites.title' },
  { id: 'parent', title: 'lock.title' },
  { id: 'data', title: 'options.data.title' },
  { id: 'language', title: 'options.language' },
] as const satisfies readonly { id: string; title: MessageKey }[];

export type OptionSectionId = (typeof optionSections)[number]['id'];
