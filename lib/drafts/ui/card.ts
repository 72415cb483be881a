import type { Match } from '../../matcher/types';
import type { NormEntry } from '../../norms/format';
import type { Alternative } from '../../rewrite';
import type { DraftField } from '../fields/fields';
import type { ScreenRect } from '../fields/geometry';
import { cardPosition } from './card-placement';
import { button, paragraph } from './elements';
import type { Overlay } from './overlay';
import { previewElement, wordingLang } from './preview';
import { trusted } from './trusted';
import { pick, t } from './strings';

export interface CardActions {
  /** Replace the words with the chosen alternative (its edit is in the offsets of `text`). */
  replace(field: DraftField, match: Match, chosen: Alternative, text: string): void;
  allow(field: DraftField, match: Match): void;
  /** Escape from inside the card: back to the draft where the user was. */
  back(field: DraftField): void;
}

/** What the card is showing and why: under the pointer, or at the caret. */
export interface CardTarget {
  field: DraftField;
  match: Match;
  anchor: ScreenRect;
  /** The part of the field the user sees: the card stays off it. */
  around: ScreenRect;
  /** The site's controls beside the field (its send button): the card stays off them where it can. */
  keepClear?: readonly ScreenRect[];
  via: 'hover' | 'caret';
  /** The draft as the flag was found in it. */
  text: string;
  /** Kinder ways to say the flagged phrase, best first, each previewed in the whole draft. */
  alternatives: readonly Alternative[];
  /** Parent mode is on: "Not abusive here" would be refused, so it is not offered. */
  locked: boolean;
}

const NEXT_KEYS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The card beside a flagged word: its category, why it may hurt, the draft as it would read
 * with a kinder wording (a choice of two or three), and Replace. It opens on hover or when the
 * caret enters the word; the keyboard reaches it with Alt+Enter from the field, since it is not
 * in the page's tab order. In the card the arrow keys pick another wording, Enter replaces.
 */
export class FlagCard {
  private element: HTMLElement | null = null;
  private chosen = 0;
  private choices: HTMLElement[] = [];
  target: CardTarget | null = null;

  constructor(
    private readonly overlay: () => Overlay,
    private readonly actions: CardActions,
  ) {}

  show(target: CardTarget, entry: NormEntry | undefined): void {
    const shown = this.target;
    const same = shown && shown.field === target.field && shown.match.normId === target.match.normId && shown.match.start === target.match.start && shown.text === target.text && shown.locked === target.locked;
    this.target = target;
    if (same && this.element) {
      this.place(target);
      return;
    }
    this.element?.remove();
    this.chosen = 0;
    this.element = this.build(target, entry);
    this.overlay().ui.append(this.element);
    this.place(target);
    // The caret reached a flagged word: tell a screen reader user what and how to reach the card,
    // without taking the focus from their draft.
    if (target.via === 'caret') {
      const { category, severity } = target.match;
      this.overlay().announce(`${t('app.name')}: ${t(`category.${category}`)} · ${t(`overlay.severity.${severity}`)}. ${t('overlay.card.keys')}`);
    }
  }

  hide(): void {
    if (this.element) this.overlay().announce('');
    this.element?.remove();
    this.element = null;
    this.choices = [];
    this.target = null;
  }

  /** Whether an event happened inside the card (it sits in Sansi's shadow root). */
  contains(event: Event): boolean {
    return this.element !== null && event.composedPath().includes(this.element);
  }

  /** Moves keyboard focus to the card's first choice (Replace, when there is a wording); false when no card is open. */
  focus(): boolean {
    const first = this.element?.querySelector<HTMLElement>('.actions button');
    first?.focus();
    return Boolean(first);
  }

  private build(target: CardTarget, entry: NormEntry | undefined): HTMLElement {
    const { field, match, via, alternatives, locked } = target;
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', `${t('app.name')}: ${t(`category.${match.category}`)}`);
    card.dataset.sansiCard = match.normId;
    const heading = document.createElement('h2');
    heading.textContent = t(`category.${match.category}`);
    const severity = document.createElement('span');
    severity.className = 'sev';
    severity.textContent = t(`overlay.severity.${match.severity}`);
    heading.append(severity);
    card.append(heading);
    const why = pick(entry?.note);
    if (why) card.append(paragraph(t('overlay.card.why'), 'label'), paragraph(why));
    if (alternatives.length > 0) card.append(...this.wordings(alternatives));
    const replace = (): void => {
      const chosen = alternatives[this.chosen];
      if (chosen) this.actions.replace(field, match, chosen, target.text);
    };
    const actions = document.createElement('div');
    actions.className = 'actions';
    if (alternatives.length > 0) actions.append(button(t('overlay.card.replace'), 'primary', replace));
    if (!locked) actions.append(button(t('overlay.card.allow'), '', () => this.actions.allow(field, match)));
    card.append(actions);
    if (via === 'caret') card.append(paragraph(t('overlay.card.keys'), 'keys'));
    card.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        const step = NEXT_KEYS[event.key];
        if (event.key === 'Escape') {
          event.preventDefault();
          this.hide();
          this.actions.back(field);
        } else if (step !== undefined && this.choices.length > 1) {
          event.preventDefault();
          const onChoice = this.choices.includes(event.composedPath()[0] as HTMLElement);
          this.choose((this.chosen + step + this.choices.length) % this.choices.length, onChoice);
        } else if (event.key === 'Enter' && this.choices.includes(event.composedPath()[0] as HTMLElement)) {
          // Enter on a wording uses it, as Enter on Replace does.
          event.preventDefault();
          replace();
        }
      }),
    );
    return card;
  }

  /** The draft as it would read: one preview, or a radio group of two or three to pick from. */
  private wordings(alternatives: readonly Alternative[]): HTMLElement[] {
    if (alternatives.length === 1) {
      const only = alternatives[0]!;
      const preview = previewElement(only, 'p');
      preview.className = 'preview';
      return [paragraph(t('overlay.card.readsAs'), 'label'), preview];
    }
    const label = paragraph(t('overlay.card.choices'), 'label');
    label.id = `sansi-card-choices-${Math.random().toString(36).slice(2)}`;
    const group = document.createElement('div');
    group.setAttribute('role', 'radiogroup');
    group.setAttribute('aria-labelledby', label.id);
    group.className = 'choices';
    this.choices = alternatives.map((alternative, index) => {
      const choice = document.createElement('button');
      choice.type = 'button';
      choice.className = 'choice';
      choice.setAttribute('role', 'radio');
      choice.lang = wordingLang(alternative.lang);
      choice.append(previewElement(alternative, 'span'));
      // Keep focus (and the editor's selection) where it is when clicked with the mouse.
      choice.addEventListener('mousedown', (event) => event.preventDefault());
      choice.addEventListener('click', trusted(() => this.choose(index, false)));
      return choice;
    });
    group.append(...this.choices);
    this.choose(0, false);
    return [label, group];
  }

  /** Marks one wording as the one Replace uses (a roving tab stop), focusing it when asked. */
  private choose(index: number, focus: boolean): void {
    this.chosen = index;
    this.choices.forEach((choice, at) => {
      choice.setAttribute('aria-checked', String(at === index));
      choice.tabIndex = at === index ? 0 : -1;
    });
    if (focus) this.choices[index]?.focus();
  }

  private place({ anchor, around, keepClear }: CardTarget): void {
    const card = this.element;
    if (!card) return;
    // Measured at its own height: a height it was cut to for an earlier spot does not count.
    card.style.maxHeight = '';
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { left, top, maxHeight } = cardPosition(size, anchor, around, { width: innerWidth, height: innerHeight }, keepClear);
    Object.assign(card.style, { left: `${left}px`, top: `${top}px`, maxHeight: maxHeight === undefined ? '' : `${maxHeight}px` });
  }
}
