import type { SiteAdapter } from './types';

// Weibo's comment and repost box: a textarea deep inside hashed-class wrappers, with the
// "评论"/"发送" button in a toolbar several levels away. Ctrl+Enter sends; Enter is a new line.
export const weibo: SiteAdapter = {
  id: 'weibo',
  hosts: ['weibo.com', 'weibo.cn'],
  composer: (field) => field.closest('[class*="Form_wbox"], [class*="Composer_"], .wbpro-form, [class*="composer"]'),
  isSendButton: (element) => element.matches('button') && /^(发送|评论|回复|转发)$/.test(element.textContent?.trim() ?? ''),
};
