import type { Match } from '../../matcher/types';
import type { NormEntry } from '../../norms/format';
import type { DraftField } from '../fields/fields';
import type { ScreenRect } from '../fields/geometry';
import { cardPosition } from './card-placement';
import type { Overlay } from './overlay';
import { trusted } from './trusted';
import { pick, t } from './strings';

export interface CardActions {
  replace(field: DraftField, match: Match): void;
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
  via: 'hover' | 'caret';
}

/**
 * The card beside a flagged word: its category, why it may hurt, a kinder wording, and the
 * two choices. It opens on hover or when the caret enters the word; the keyboard reaches it
 * with Alt+Enter from the field, since it is not in the page's tab order.
 */
export class FlagCard {
  private element: HTMLElement | null = null;
  target: CardTarget | null = null;

  constructor(
    private readonly overlay: () => Overlay,
    private readonly actions: CardActions,
  ) {}

  show(target: CardTarget, entry: NormEntry | undefined): void {
    const same = this.target && this.target.field === target.field && this.target.match.normId === target.match.normId && this.target.match.start === target.match.start;
    this.target = target;
    if (same && this.element) {
      this.place(target);
      return;
    }
    this.element?.remove();
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
    this.target = null;
  }

  /** Whether an event happened inside the card (it sits in Sansi's shadow root). */
  contains(event: Event): boolean {
    return this.element !== null && event.composedPath().includes(this.element);
  }

  /** Moves keyboard focus to the card's first choice; false when no card is open. */
  focus(): boolean {
    const first = this.element?.querySelector('button');
    first?.focus();
    return Boolean(first);
  }

  private build({ field, match, via }: CardTarget, entry: NormEntry | undefined): HTMLElement {
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
    const suggestion = pick(entry?.suggestion ?? match.suggestion);
    if (suggestion) card.append(paragraph(t('overlay.card.suggestion'), 'label'), paragraph(`“${suggestion}”`));
    const actions = document.createElement('div');
    actions.className = 'actions';
    if (suggestion) {
      actions.append(button(t('overlay.card.replace'), 'primary', () => this.actions.replace(field, { ...match, suggestion: { ...match.suggestion, ...entry?.suggestion } })));
    }
    actions.append(button(t('overlay.card.allow'), '', () => this.actions.allow(field, match)));
    card.append(actions);
    if (via === 'caret') card.append(paragraph(t('overlay.card.keys'), 'keys'));
    card.addEventListener(
      'keydown',
      trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.hide();
          this.actions.back(field);
        }
      }),
    );
    return card;
  }

  private place({ anchor, around }: CardTarget): void {
    const card = this.element;
    if (!card) return;
    const { left, top } = cardPosition({ width: card.offsetWidth, height: card.offsetHeight }, anchor, around, { width: innerWidth, height: innerHeight });
    Object.assign(card.style, { left: `${left}px`, top: `${top}px` });
  }
}

function paragraph(text: string, className = ''): HTMLElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  // Keep focus (and the editor's selection) where it is when clicked with the mouse.
  element.addEventListener('mousedown', (event) => event.preventDefault());
  element.addEventListener('click', trusted(onClick));
  return element;
}
