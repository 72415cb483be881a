import { bilibili } from './bilibili';
import { reddit } from './reddit';
import type { SiteAdapter } from './types';
import { weibo } from './weibo';
import { x } from './x';
import { youtube } from './youtube';
import { zhihu } from './zhihu';

/** Every site adapter. One file each; tests/unit/sites checks each has a fixture page. */
export const adapters: readonly SiteAdapter[] = [weibo, bilibili, zhihu, x, reddit, youtube];

/**
 * The adapter for this page. On local pages (the e2e fixtures, a developer's demo), a
 * `<meta name="sansi-site" content="<id>">` picks one, so fixtures run the very same adapter
 * code as the real site; on any other host the meta tag is ignored.
 */
export function adapterFor(hostname: string, doc: Document): SiteAdapter | null {
  if (hostname === '127.0.0.1' || hostname === 'localhost') {
    const id = doc.querySelector('meta[name="sansi-site"]')?.getAttribute('content');
    return adapters.find((adapter) => adapter.id === id) ?? null;
  }
  return adapters.find((adapter) => adapter.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))) ?? null;
}
