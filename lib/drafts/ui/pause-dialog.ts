import type { Match } from '../../matcher/types';
import type { Overlay } from './overlay';
import { t } from './strings';
import { trusted } from './trusted';

export interface PauseChoice {
  edit(): void;
  postAnyway(): void;
}

/**
 * The pause before a send that carries wording at or above the user's threshold. A modal
 * `role="dialog"` (the automation contract) with "Edit" first and focused, so the quick
 * choice is the kind one; Escape means Edit, Tab stays between the two buttons.
 */
export function showPause(overlay: Overlay, flags: readonly { match: Match; word: string }[], choice: PauseChoice): () => void {
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
  const list = document.createElement('ul');
  const seen = new Set<string>();
  for (const { match, word } of flags) {
    if (seen.has(word)) continue;
    seen.add(word);
    const item = document.createElement('li');
    const strong = document.createElement('span');
    strong.className = 'word';
    strong.textContent = word;
    item.append(strong, ` — ${t(`category.${match.category}`)} · ${t(`overlay.severity.${match.severity}`)}`);
    list.append(item);
  }
  const actions = document.createElement('div');
  actions.className = 'actions';
  const edit = document.createElement('button');
  edit.type = 'button';
  edit.className = 'primary';
  edit.textContent = t('overlay.pause.edit');
  const post = document.createElement('button');
  post.type = 'button';
  post.textContent = t('overlay.pause.postAnyway');
  actions.append(edit, post);
  dialog.append(title, body, list, actions);

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    backdrop.remove();
    dialog.remove();
  };
  const chooseEdit = (): void => {
    close();
    choice.edit();
  };
  edit.addEventListener('click', trusted(chooseEdit));
  post.addEventListener(
    'click',
    trusted(() => {
      close();
      choice.postAnyway();
    }),
  );
  dialog.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        chooseEdit();
      } else if (event.key === 'Tab') {
        event.preventDefault();
        (overlay.root.activeElement === edit ? post : edit).focus();
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
