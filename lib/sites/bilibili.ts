import type { SiteAdapter } from './types';
import type { DraftField } from '../drafts/fields/fields';

/** The host of the shadow root a node is in, or null in the document. */
function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

// Bilibili's comments are web components with open shadow roots nested three deep: the editor
// (`bili-rich-textarea`) sits in one root and the "发布" button (`#pub`) in its parent's.
export const bilibili: SiteAdapter = {
  id: 'bilibili',
  hosts: ['bilibili.com'],
  composer: (field: DraftField) => {
    for (let host = shadowHost(field); host; host = shadowHost(host)) {
      if (host.localName === 'bili-comment-box') return host.shadowRoot?.querySelector('#comment-area, #body') ?? null;
    }
    return null;
  },
  isSendButton: (element) => element.matches('#pub button, #pub, button#pub'),
};
