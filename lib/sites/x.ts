import type { SiteAdapter } from './types';

// X (Twitter): a Draft.js composer (`tweetTextarea_0`) whose Post/Reply button is many levels
// away, marked by data-testid; in the reply dialog both are inside role="dialog".
export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  composer: (field) => field.closest('[role="dialog"], [data-testid="inline_reply_offscreen"], main, body'),
  isSendButton: (element) => element.matches('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'),
};
