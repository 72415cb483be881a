import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '@/lib/matcher/types';
import { presets } from '@/lib/norms/presets';
import { pauseOffer } from '@/lib/rewrite';
import { showPause, type PauseChoice } from '@/lib/drafts/ui/pause-dialog';
import { Overlay } from '@/lib/drafts/ui/overlay';
import { setOverlayLocale } from '@/lib/drafts/ui/strings';
import { clickAsUser, pressAsUser } from '../../support/user-events';

const en = presets['en-general']!;
const zh = presets['zh-general']!;

function flag(text: string, words: string, normId: string, category: Match['category'] = 'insult'): Match {
  const start = text.indexOf(words);
  return { start, end: start + words.length, normId, category, severity: 2 };
}

describe('the pause before a hurtful post is sent', () => {
  let overlay: Overlay;
  let choice: { [K in keyof PauseChoice]: ReturnType<typeof vi.fn> };
  const draft = 'shut up, you are such an idiot';
  const flags = [flag(draft, 'shut up', 'en.shutup', 'harassment'), flag(draft, 'idiot', 'en.idiot')];

  const open = (text = draft, found = flags, norms = en) => {
    const offer = pauseOffer(text, found, norms);
    showPause(overlay, offer, choice as unknown as PauseChoice);
    return { dialog: within(overlay.ui).getByRole('dialog'), offer };
  };

  beforeEach(() => {
    setOverlayLocale('en');
    overlay = new Overlay();
    choice = { edit: vi.fn(), postAnyway: vi.fn(), useKinder: vi.fn(), showMe: vi.fn() };
  });
  afterEach(() => overlay.destroy());

  it('lists each flagged phrase with its best kinder wording, Edit focused', () => {
    const { dialog, offer } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(offer.items.length);
    expect(items[0]!.textContent).toContain('“shut up”');
    expect(items[0]!.textContent).toContain(`Instead: “${offer.items[0]!.best!.insert}”`);
    expect(items[1]!.textContent).toContain('you are such an idiot');
    expect(items[1]!.textContent).toContain("I think you're wrong about this");
    expect(overlay.root.activeElement).toBe(within(dialog).getByRole('button', { name: 'Edit' }));
  });

  it('"Use the kinder wording" hands back every rewrite at once and closes', () => {
    const { dialog } = open();
    clickAsUser(within(dialog).getByRole('button', { name: 'Use the kinder wording' }));
    expect(choice.useKinder).toHaveBeenCalledTimes(1);
    expect(choice.edit).not.toHaveBeenCalled();
    expect(dialog.isConnected).toBe(false);
  });

  it('"Show me" names its phrase and hands back that phrase', () => {
    const { dialog, offer } = open();
    clickAsUser(within(dialog).getByRole('button', { name: 'Show me “you are such an idiot” in the draft' }));
    expect(choice.showMe).toHaveBeenCalledWith(offer.items[1]);
    expect(dialog.isConnected).toBe(false);
  });

  it('keeps Esc as Edit, the focus inside the dialog, and Post anyway as it was', () => {
    const { dialog } = open();
    const buttons = within(dialog).getAllByRole('button');
    const edit = within(dialog).getByRole('button', { name: 'Edit' });
    pressAsUser(edit, 'Tab');
    expect(overlay.root.activeElement).toBe(within(dialog).getByRole('button', { name: 'Use the kinder wording' }));
    pressAsUser(overlay.root.activeElement!, 'Tab');
    const post = within(dialog).getByRole('button', { name: 'Post anyway' });
    expect(overlay.root.activeElement).toBe(post);
    pressAsUser(post, 'Tab');
    expect(overlay.root.activeElement).toBe(buttons[0]);
    pressAsUser(buttons[0]!, 'Tab', { shiftKey: true });
    expect(overlay.root.activeElement).toBe(post);
    pressAsUser(post, 'Escape');
    expect(choice.edit).toHaveBeenCalledTimes(1);
    expect(choice.postAnyway).not.toHaveBeenCalled();
    expect(dialog.isConnected).toBe(false);

    const again = open().dialog;
    clickAsUser(within(again).getByRole('button', { name: 'Post anyway' }));
    expect(choice.postAnyway).toHaveBeenCalledTimes(1);
  });

  it('speaks the interface language around wording in the draft’s', () => {
    setOverlayLocale('zh-CN');
    const text = '你这个傻逼';
    const { dialog } = open(text, [flag(text, '傻逼', 'zh.shabi')], zh);
    expect(within(dialog).getByRole('heading').textContent).toBe('发出之前，再想一想？');
    const item = within(dialog).getByRole('listitem');
    expect(item.textContent).toContain('可以改成：“我不太认同你”');
    expect(within(dialog).getByRole('button', { name: '换成更友善的说法' })).toBeTruthy();
  });

  it('offers no "Use the kinder wording" when no list has one', () => {
    const text = 'you are such an idiot';
    const bare = { terms: [{ id: 'en.idiot', category: 'insult' as const }] };
    const { dialog } = open(text, [flag(text, 'idiot', 'en.idiot')], bare as never);
    expect(within(dialog).queryByRole('button', { name: 'Use the kinder wording' })).toBeNull();
    expect(within(dialog).getByRole('listitem').textContent).toContain('No kinder wording in your lists');
  });
});
