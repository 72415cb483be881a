import type { SiteAdapter } from './types';

// Zhihu's comment box is a Draft.js editor; its "发布" button sits in a footer outside the
// editor's wrappers, so the composer is the whole comment editor block (the outer one: inner
// wrappers also carry "CommentEditor" in their class names).
export const zhihu: SiteAdapter = {
  id: 'zhihu',
  hosts: ['zhihu.com'],
  composer: (field) => field.closest('.CommentEditorV2') ?? field.closest('.CommentRichTextEditor, form'),
  isSendButton: (element) => element.matches('button') && /^(发布|评论|回复)$/.test(element.textContent?.trim() ?? ''),
};
