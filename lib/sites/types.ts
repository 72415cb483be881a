import type { DraftField } from '../drafts/fields/fields';

/**
 * What Sansi needs to know about one site where the generic handling falls short: where a
 * composer's send button is, and whether Enter sends. One file per site, listed in index.ts.
 */
export interface SiteAdapter {
  /** Short id, also the name of the site's fixture page (tests/e2e/fixtures/sites/<id>.ts). */
  id: string;
  /** Hostnames it applies to, subdomains included (`weibo.com` covers `m.weibo.com`). */
  hosts: readonly string[];
  /** Whether this element (or its ancestor up to the field's composer) is the site's send button. */
  isSendButton?(element: Element): boolean;
  /** The element that holds this field's composer: the field and its send button. */
  composer?(field: DraftField): Element | null;
  /** Whether this Enter keydown in the field sends (Ctrl/Cmd+Enter always counts). */
  enterSends?(field: DraftField, event: KeyboardEvent): boolean;
}
