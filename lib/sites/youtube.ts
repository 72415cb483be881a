import type { SiteAdapter } from './types';

// YouTube's comment box (`ytd-commentbox`): a contenteditable `#contenteditable-root` and a
// "Comment"/"Reply" button inside `#submit-button`; Enter is a new line there.
export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: ['youtube.com'],
  composer: (field) => field.closest('ytd-commentbox, #commentbox'),
  isSendButton: (element) => element.matches('#submit-button button, #submit-button'),
};
