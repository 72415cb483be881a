// Which of the site's controls the card keeps clear of: the field's own send button, found the
// way a click on it would be read as a send.
import { afterEach, describe, expect, it } from 'vitest';
import { sendButtonsNear } from '@/lib/drafts/watching/send-targets';
import type { SiteAdapter } from '@/lib/sites/types';

afterEach(() => document.body.replaceChildren());

const mount = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('textarea, [contenteditable]')!;
};

describe('the send buttons beside a field', () => {
  it('finds a button labelled as a send in the composer around the field', () => {
    const field = mount('<div class="composer"><textarea></textarea><div class="bar"><button>Bold</button><button>Post</button></div></div>');
    expect(sendButtonsNear(field, null).map((b) => b.textContent)).toEqual(['Post']);
  });

  it('finds a Chinese send button and a form’s submit button', () => {
    const zh = mount('<div><div contenteditable="true"></div><span role="button">发送</span></div>');
    expect(sendButtonsNear(zh, null).map((b) => b.textContent)).toEqual(['发送']);
    const form = mount('<form><textarea></textarea><button type="submit">Go</button></form>');
    expect(sendButtonsNear(form, null).map((b) => b.textContent)).toEqual(['Go']);
  });

  it('asks the site’s adapter when there is one', () => {
    const field = mount('<section id="c"><textarea></textarea><button class="x">➤</button><button>Post</button></section>');
    const adapter: SiteAdapter = { id: 'test', hosts: ['example.com'], composer: () => document.getElementById('c'), isSendButton: (element) => element.classList.contains('x') };
    expect(sendButtonsNear(field, adapter).map((b) => b.className)).toEqual(['x']);
  });

  it('finds nothing in a page section far bigger than a composer', () => {
    const many = Array.from({ length: 50 }, (_, i) => `<button>Reply ${i}</button>`).join('');
    const field = mount(`<div><div><textarea></textarea></div>${many}</div>`);
    expect(sendButtonsNear(field, null)).toEqual([]);
  });
});
