import { describe, expect, it } from 'vitest';
import { contentScriptHost, type Sender } from '@/lib/background/senders';

const self = { id: 'sansi', pagesOrigin: 'chrome-extension://sansi/' };
const tab = { id: 1, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1, url: 'https://weibo.com/post/1' } as Sender['tab'];
const from = (fields: Partial<Sender> & { origin?: string }): Sender => ({ id: 'sansi', tab, ...fields }) as Sender;

describe('which web page a content script speaks for', () => {
  it('is the hostname of an http(s) page', () => {
    expect(contentScriptHost(from({ url: 'https://m.weibo.com/compose' }), self)).toBe('m.weibo.com');
    expect(contentScriptHost(from({ url: 'http://127.0.0.1:4000/editors/lexical.html' }), self)).toBe('127.0.0.1');
  });

  it('is the page an about:blank or srcdoc frame belongs to, by the frame’s origin', () => {
    expect(contentScriptHost(from({ url: 'about:blank', origin: 'https://www.zhihu.com' }), self)).toBe('www.zhihu.com');
    expect(contentScriptHost(from({ url: 'about:srcdoc', origin: 'http://127.0.0.1:4000' }), self)).toBe('127.0.0.1');
  });

  it('falls back to the tab’s page where the browser gives no origin', () => {
    expect(contentScriptHost(from({ url: 'about:blank' }), self)).toBe('weibo.com');
  });

  it('refuses opaque frames, other about: pages, other schemes, other extensions and senders without a tab', () => {
    expect(contentScriptHost(from({ url: 'about:blank', origin: 'null' }), self)).toBeNull();
    expect(contentScriptHost(from({ url: 'about:srcdoc', origin: 'chrome-extension://other' }), self)).toBeNull();
    expect(contentScriptHost(from({ url: 'about:config' }), self)).toBeNull();
    expect(contentScriptHost(from({ url: 'file:///home/me/page.html' }), self)).toBeNull();
    expect(contentScriptHost(from({ url: 'chrome-extension://sansi/options.html' }), self)).toBeNull();
    expect(contentScriptHost(from({ id: 'another', url: 'https://weibo.com/' }), self)).toBeNull();
    expect(contentScriptHost(from({ url: 'https://weibo.com/', tab: undefined }), self)).toBeNull();
  });
});
