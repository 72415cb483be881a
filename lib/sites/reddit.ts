import type { SiteAdapter } from './types';

// Reddit's comment composer (`shreddit-composer`) slots its editor and its "Comment" submit
// button into a web component; the button belongs to the composer, not to the field's form.
export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: ['reddit.com'],
  composer: (field) => field.closest('shreddit-composer, comment-composer-host, faceplate-form, form'),
  isSendButton: (element) => element.matches('button[slot="submit-button"], shreddit-composer button[type="submit"]'),
};
