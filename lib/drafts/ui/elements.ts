// The few elements the card is built of, made the same way each time: a button keeps the
// editor's selection when clicked, and answers only the user's own click.
import { trusted } from './trusted';

export function paragraph(text: string, className = ''): HTMLElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  // Keep focus (and the editor's selection) where it is when clicked with the mouse.
  element.addEventListener('mousedown', (event) => event.preventDefault());
  element.addEventListener('click', trusted(onClick));
  return element;
}
