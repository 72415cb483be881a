/**
 * Where the content script runs by default (DESIGN.md, Where it runs): the sites people comment
 * on, plus local pages so end-to-end tests and local demos use the very same build.
 */
export const contentScriptMatches: string[] = [
  ...[
    'weibo.com',
    'zhihu.com',
    'bilibili.com',
    'douban.com',
    'tieba.baidu.com',
    'xiaohongshu.com',
    'douyin.com',
    'x.com',
    'twitter.com',
    'reddit.com',
    'youtube.com',
    'facebook.com',
    'instagram.com',
    'threads.net',
    'bsky.app',
    'linkedin.com',
    'discord.com',
  ].flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]),
  'http://localhost/*',
  'http://127.0.0.1/*',
];
