import { format } from '../../i18n/messages';
import type { PauseItem, PauseOffer } from '../../rewrite';
import type { Overlay } from './overlay';
import { wordingLang } from './preview';
import { t } from './strings';
import { trusted } from './trusted';

export interface PauseChoice {
  edit(): void;
  postAnyway(): void;
  /** "Use the kinder wording": every listed phrase rewritten at once, then back to the draft. */
  useKinder(): void;
  /** "Show me": back to the draft with this phrase selected. */
  showMe(item: PauseItem): void;
}

// A phrase left out takes the comma before it: the dialog shows the words, not the comma.
const LEADING_PUNCTUATION = /^[\s,，、]+/u;

/** Each rewritten phrase once: two flags in one phrase share its rewrite. */
function distinct(items: readonly PauseItem[]): PauseItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.best ? `${item.best.start}:${item.best.end}` : `${item.flag.start}:${item.flag.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function itemElement(item: PauseItem, showMe: (event: Event) => void): HTMLLIElement {
  const { flag, best } = item;
  const phrase = item.phrase.replace(LEADING_PUNCTUATION, '');
  const element = document.createElement('li');
  const words = document.createElement('span');
  words.className = 'word';
  words.lang = best ? wordingLang(best.lang) : '';
  words.textContent = `“${phrase}”`;
  const kind = flag.severity ? `${t(`category.${flag.category}`)} · ${t(`overlay.severity.${flag.severity}`)}` : t(`category.${flag.category}`);
  const line = document.createElement('p');
  line.className = 'flagged';
  line.append(words, ` — ${kind}`);
  const instead = document.createElement('p');
  instead.className = 'instead';
  if (!best) instead.textContent = t('overlay.pause.noWording');
  else if (best.insert === '') instead.textContent = t('overlay.pause.leaveOut');
  else {
    const [before, after] = t('overlay.pause.instead').split('{wording}') as [string, string];
    const wording = document.createElement('span');
    wording.lang = wordingLang(best.lang);
    wording.textContent = best.insert;
    instead.append(before, wording, after);
  }
  const show = document.createElement('button');
  show.type = 'button';
  show.className = 'show';
  show.textContent = t('overlay.pause.showMe');
  show.setAttribute('aria-label', format(t('overlay.pause.showMeWord'), { phrase }));
  show.addEventListener('click', showMe);
  element.append(line, instead, show);
  return element;
}

/**
 * The pause before a send that carries wording at or above the user's threshold. A modal
 * `role="dialog"` (the automation contract) listing each flagged phrase with its best kinder
 * wording and a "Show me" that takes the caret to it. "Edit" comes first and has the focus, so
 * the quick choice is the kind one; "Use the kinder wording" rewrites them all and goes back to
 * the draft, so the person reads it before sending; Escape means Edit; Tab stays in the dialog.
 */
export function showPause(overlay: Overlay, offer: PauseOffer, choice: PauseChoice): () => void {
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'sansi-pause-title');
  dialog.setAttribute('aria-describedby', 'sansi-pause-body');
  const title = document.createElement('h2');
  title.id = 'sansi-pause-title';
  title.textContent = t('overlay.pause.title');
  const body = document.createElement('p');
  body.id = 'sansi-pause-body';
  body.textContent = t('overlay.pause.body');

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    backdrop.remove();
    dialog.remove();
  };
  const closeThen = (then: () => void) =>
    trusted(() => {
      close();
      then();
    });

  const list = document.createElement('ul');
  for (const item of distinct(offer.items)) list.append(itemElement(item, closeThen(() => choice.showMe(item))));
  const actions = document.createElement('div');
  actions.className = 'actions';
  const edit = actionButton(t('overlay.pause.edit'), 'primary', closeThen(choice.edit));
  actions.append(edit);
  if (offer.all.edits.length > 0) actions.append(actionButton(t('overlay.pause.useKinder'), '', closeThen(choice.useKinder)));
  actions.append(actionButton(t('overlay.pause.postAnyway'), '', closeThen(choice.postAnyway)));
  dialog.append(title, body, list, actions);

  dialog.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        choice.edit();
      } else if (event.key === 'Tab') {
        // Modal: the focus goes round the dialog's buttons, never out to the page.
        event.preventDefault();
        const buttons = [...dialog.querySelectorAll('button')];
        const at = buttons.indexOf(overlay.root.activeElement as HTMLButtonElement);
        const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
        buttons[at === -1 ? 0 : next]?.focus();
      }
    }),
  );
  // A click outside is not a choice; keep the focus in the dialog.
  backdrop.addEventListener('mousedown', (event) => {
    event.preventDefault();
    edit.focus();
  });
  overlay.ui.append(backdrop, dialog);
  edit.focus();
  return close;
}

function actionButton(label: string, className: string, onClick: (event: Event) => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  element.addEventListener('click', onClick);
  return element;
}
