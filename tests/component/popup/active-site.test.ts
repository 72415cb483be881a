import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeHost, hostOf } from '@/components/popup/active-site';

describe('the site the popup is over', () => {
  it.each([
    ['https://weibo.com/u/1#comments', 'weibo.com'],
    ['http://127.0.0.1:5173/textarea.html', '127.0.0.1'],
    ['chrome://extensions/', null],
    ['chrome-extension://abc/options.html', null],
    ['file:///home/me/a.html', null],
    [undefined, null],
    ['not a url', null],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it('asks the browser for the active tab of the last focused window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url: 'https://www.zhihu.com/question/1' } as never]);
    expect(await activeHost('')).toBe('www.zhihu.com');
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
  });

  it('offers no site when the browser hides the tab’s address', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 } as never]);
    expect(await activeHost('')).toBeNull();
  });

  it('takes a site named in ?host=, and only a bare hostname', async () => {
    expect(await activeHost('?host=127.0.0.1')).toBe('127.0.0.1');
    expect(await activeHost('?host=Weibo.com')).toBe('weibo.com');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await activeHost('?host=weibo.com/evil')).toBeNull();
  });
});
