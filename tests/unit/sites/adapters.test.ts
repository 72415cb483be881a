import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../../lib/sites';

const noMeta = { querySelector: () => null } as unknown as Document;
const withMeta = (id: string) => ({ querySelector: () => ({ getAttribute: () => id }) }) as unknown as Document;

describe('site adapters', () => {
  it.each(adapters.map((adapter) => [adapter.id]))('%s has a fixture page reproducing its composer', (id) => {
    expect(existsSync(resolve(`tests/e2e/fixtures/sites/${id}.ts`))).toBe(true);
  });

  it('have unique ids and hosts', () => {
    const ids = adapters.map((adapter) => adapter.id);
    const hosts = adapters.flatMap((adapter) => adapter.hosts);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it.each([
    ['weibo.com', 'weibo'],
    ['m.weibo.cn', 'weibo'],
    ['www.bilibili.com', 'bilibili'],
    ['www.zhihu.com', 'zhihu'],
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['old.reddit.com', 'reddit'],
    ['www.youtube.com', 'youtube'],
    ['notx.com', null],
    ['example.org', null],
  ])('picks the adapter for %s by hostname', (host, id) => {
    expect(adapterFor(host, noMeta)?.id ?? null).toBe(id);
  });

  it('lets a meta tag pick the adapter on local pages only', () => {
    expect(adapterFor('127.0.0.1', withMeta('zhihu'))?.id).toBe('zhihu');
    expect(adapterFor('localhost', withMeta('x'))?.id).toBe('x');
    expect(adapterFor('evil.example', withMeta('x'))).toBeNull();
  });
});
