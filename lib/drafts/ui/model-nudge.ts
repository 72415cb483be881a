import type { DraftField } from '../fields/fields';
import type { ScreenRect } from '../fields/geometry';
import type { Overlay } from './overlay';
import { t } from './strings';
import { trusted } from './trusted';

const GAP = 4;

/**
 * Draws smart detection's nudge for a field: a small banner beside it and light marks
 * under the stretches of the draft that weighed most. The banner is `role="status"`, so a screen
 * reader hears it without losing its place, and it takes no focus; the marks let the pointer
 * through. Nothing here ever holds a send. Marks carry `data-sansi-span`, never
 * `data-sansi-flag`, which promises a norm match (DESIGN.md, automation contract).
 */
export class ModelNudges {
  private readonly drawn = new Map<DraftField, { layer: HTMLElement; banner: HTMLElement }>();

  constructor(
    private readonly overlay: () => Overlay,
    /** "Not abusive here" was chosen on this field's banner. */
    private readonly onAllow: (field: DraftField) => void,
  ) {}

  /** Shows (or moves) the nudge on `field`; `spans` are the marks' line boxes, `clip` what is visible of the field. */
  show(field: DraftField, spans: readonly ScreenRect[][], clip: ScreenRect): void {
    const { layer, banner } = this.elementsFor(field);
    Object.assign(layer.style, { left: `${clip.left}px`, top: `${clip.top}px`, width: `${clip.width}px`, height: `${clip.height}px` });
    layer.replaceChildren(...spans.map((rects) => mark(rects, clip)));
    this.place(banner, clip);
  }

  clear(field: DraftField): void {
    const drawn = this.drawn.get(field);
    if (!drawn) return;
    drawn.layer.remove();
    drawn.banner.remove();
    this.drawn.delete(field);
  }

  private elementsFor(field: DraftField): { layer: HTMLElement; banner: HTMLElement } {
    let drawn = this.drawn.get(field);
    if (!drawn) {
      const overlay = this.overlay();
      const layer = document.createElement('div');
      layer.className = 'layer';
      overlay.ui.before(layer);
      const banner = this.build(field);
      overlay.ui.append(banner);
      drawn = { layer, banner };
      this.drawn.set(field, drawn);
    }
    return drawn;
  }

  private build(field: DraftField): HTMLElement {
    const banner = document.createElement('div');
    banner.className = 'nudge';
    banner.dataset.sansiNudge = 'model';
    banner.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = t('overlay.model.nudge');
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.textContent = t('overlay.model.allow');
    // Keep the focus (and the editor's selection) in the draft when clicked with the mouse.
    allow.addEventListener('mousedown', (event) => event.preventDefault());
    allow.addEventListener('click', trusted(() => this.onAllow(field)));
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = t('overlay.model.allowNote');
    banner.append(text, allow, note);
    return banner;
  }

  /**
   * Above the field's right end, where it covers the field's label rather than the send
   * buttons composers keep below; below the field when there is no room above.
   */
  private place(banner: HTMLElement, clip: ScreenRect): void {
    banner.hidden = clip.width === 0 || clip.height === 0;
    if (banner.hidden) return;
    const { offsetWidth: width, offsetHeight: height } = banner;
    const above = clip.top - GAP - height;
    const top = above >= GAP ? above : clip.top + clip.height + GAP;
    const left = Math.max(GAP, Math.min(clip.left + clip.width - width, innerWidth - width - GAP));
    Object.assign(banner.style, { left: `${left}px`, top: `${top}px` });
  }
}

/** One span's mark: a box over the union of its line boxes, a light underline per line. */
function mark(rects: readonly ScreenRect[], origin: ScreenRect): HTMLElement {
  const span = document.createElement('span');
  span.dataset.sansiSpan = '';
  if (rects.length === 0) return span;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  Object.assign(span.style, { left: `${left - origin.left}px`, top: `${top - origin.top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
  for (const rect of rects) {
    const line = document.createElement('i');
    Object.assign(line.style, { left: `${rect.left - left}px`, top: `${rect.top - top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    span.append(line);
  }
  return span;
}
