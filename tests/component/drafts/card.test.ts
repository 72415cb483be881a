import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '@/lib/matcher/types';
import { presets } from '@/lib/norms/presets';
import { alternativesFor } from '@/lib/rewrite';
import { FlagCard, type CardActions, type CardTarget } from '@/lib/drafts/ui/card';
import { Overlay } from '@/lib/drafts/ui/overlay';
import { setOverlayLocale } from '@/lib/drafts/ui/strings';
import { clickAsUser, pressAsUser } from '../../support/user-events';

const en = presets['en-general']!;
const zh = presets['zh-general']!;
const box = { left: 10, top: 10, width: 300, height: 40 };

function flagIn(text: string, words: string, normId: string): Match {
  const start = text.indexOf(words);
  return { start, end: start + words.length, normId, category: 'insult', severity: 2 };
}

describe('the card beside a flagged word', () => {
  let overlay: Overlay;
  let actions: { [K in keyof CardActions]: ReturnType<typeof vi.fn> };
  let card: FlagCard;
  const field = document.createElement('textarea');

  const open = (text: string, match: Match, norms = en, extra: Partial<CardTarget> = {}) => {
    const target: CardTarget = { field, match, anchor: box, around: box, via: 'hover', text, alternatives: alternativesFor(text, match, norms), locked: false, ...extra };
    card.show(target, norms.terms.find((term) => term.id === match.normId));
    return within(overlay.ui).getByRole('group');
  };

  beforeEach(() => {
    setOverlayLocale('en');
    document.body.append(field);
    overlay = new Overlay();
    actions = { replace: vi.fn(), allow: vi.fn(), back: vi.fn() };
    card = new FlagCard(() => overlay, actions as unknown as CardActions);
  });
  afterEach(() => {
    card.hide();
    overlay.destroy();
    field.remove();
  });

  it('previews the whole draft as it will read, and Replace uses the first wording', () => {
    const text = 'I love this movie but you are such an idiot';
    const match = flagIn(text, 'idiot', 'en.idiot');
    const group = open(text, match);
    const choices = within(group).getAllByRole('radio');
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(3);
    expect(choices[0]!.textContent).toBe("I love this movie but I think you're wrong about this");
    expect(choices[0]!.getAttribute('aria-checked')).toBe('true');
    expect(within(group).getByRole('radiogroup', { name: 'Kinder ways to say it' })).toBeTruthy();
    clickAsUser(within(group).getByRole('button', { name: 'Replace' }));
    const [, , chosen, shownText] = actions.replace.mock.calls[0]!;
    expect(shownText).toBe(text);
    expect(chosen.preview).toBe(choices[0]!.textContent);
    expect(text.slice(0, chosen.start) + chosen.insert + text.slice(chosen.end)).toBe(chosen.preview);
  });

  it('lets the person pick another wording with a click or the arrow keys, and Enter on it replaces with it', () => {
    const text = 'you are such an idiot';
    const group = open(text, flagIn(text, 'idiot', 'en.idiot'));
    const choices = within(group).getAllByRole('radio');
    clickAsUser(choices[1]!);
    expect(choices[1]!.getAttribute('aria-checked')).toBe('true');
    expect(choices[0]!.getAttribute('aria-checked')).toBe('false');
    clickAsUser(within(group).getByRole('button', { name: 'Replace' }));
    expect(actions.replace.mock.calls[0]![2].preview).toBe(choices[1]!.textContent);

    // From Replace (where Alt+Enter puts the focus) the arrows pick; on a wording, focus follows.
    expect(card.focus()).toBe(true);
    const replace = within(group).getByRole('button', { name: 'Replace' });
    expect(overlay.root.activeElement).toBe(replace);
    const n = choices.length;
    pressAsUser(replace, 'ArrowDown');
    const down = choices[2 % n]!;
    expect(down.getAttribute('aria-checked')).toBe('true');
    expect(overlay.root.activeElement).toBe(replace);
    down.focus();
    pressAsUser(down, 'ArrowUp');
    const up = choices[(2 % n) - 1 < 0 ? n - 1 : (2 % n) - 1]!;
    expect(up.getAttribute('aria-checked')).toBe('true');
    expect(overlay.root.activeElement).toBe(up);
    expect(up.tabIndex).toBe(0);
    expect(down.tabIndex).toBe(-1);
    pressAsUser(up, 'Enter');
    expect(actions.replace).toHaveBeenCalledTimes(2);
    expect(actions.replace.mock.calls[1]![2].preview).toBe(up.textContent);
  });

  it('offers wording in the draft’s language while its labels stay in the interface’s', () => {
    const text = '你这个傻逼';
    const group = open(text, flagIn(text, '傻逼', 'zh.shabi'), zh);
    const [first] = within(group).getAllByRole('radio');
    expect(first!.textContent).toBe('我不太认同你');
    expect(first!.lang).toBe('zh-CN');
    expect(within(group).getByRole('button', { name: 'Replace' })).toBeTruthy();
    expect(within(group).getByText('Kinder ways to say it')).toBeTruthy();
  });

  it('shows a single wording as a preview, and marks the new words', () => {
    const text = 'you are such an idiot';
    const match = flagIn(text, 'idiot', 'en.idiot');
    const [best] = alternativesFor(text, match, en);
    const group = open(text, match, en, { alternatives: [best!] });
    expect(within(group).queryByRole('radio')).toBeNull();
    expect(within(group).getByText('Your draft would read')).toBeTruthy();
    expect(group.querySelector('mark')?.textContent).toBe("I think you're wrong about this");
  });

  it('cuts a long draft around the new words, so the card keeps its size', () => {
    const before = 'We watched the whole match together last night and argued about the referee for an hour. ';
    const text = `${before}you are such an idiot`;
    const group = open(text, flagIn(text, 'idiot', 'en.idiot'));
    const [first] = within(group).getAllByRole('radio');
    expect(first!.textContent!.startsWith('…')).toBe(true);
    expect(first!.textContent!.endsWith("I think you're wrong about this")).toBe(true);
    expect(first!.textContent!.length).toBeLessThan(text.length);
    expect(first!.querySelector('mark')?.textContent).toBe("I think you're wrong about this");
  });

  it('does not offer "Not abusive here" when parent mode is on', () => {
    const text = 'you are such an idiot';
    const match = flagIn(text, 'idiot', 'en.idiot');
    expect(within(open(text, match)).getByRole('button', { name: 'Not abusive here' })).toBeTruthy();
    card.hide();
    const locked = open(text, match, en, { locked: true });
    expect(within(locked).queryByRole('button', { name: 'Not abusive here' })).toBeNull();
    expect(within(locked).getByRole('button', { name: 'Replace' })).toBeTruthy();
  });

  it('goes back to the draft on Escape', () => {
    const text = 'you are such an idiot';
    const group = open(text, flagIn(text, 'idiot', 'en.idiot'));
    card.focus();
    pressAsUser(overlay.root.activeElement!, 'Escape');
    expect(actions.back).toHaveBeenCalledWith(field);
    expect(group.isConnected).toBe(false);
  });
});
