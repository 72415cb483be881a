import type { Match } from '../matcher/types';
import type { DraftField } from './fields';
import { overlayCss } from './overlay-styles';
import { measureRanges, type FieldRect } from './text-rects';

/** The element name the automation contract promises (see DESIGN.md, Nudges). */
export const OVERLAY_TAG = 'sansi-overlay';

/**
 * Draws highlights over draft fields from a shadow root of its own, never inside the page's
 * editor DOM: wrapping words in a rich editor breaks its model.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly scratch: HTMLElement;
  private readonly layers = new Map<DraftField, HTMLElement>();

  constructor(doc: Document = document) {
    this.host = doc.createElement(OVERLAY_TAG);
    // Open, so end-to-end tests (and curious users) can inspect what Sansi drew.
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = overlayCss;
    this.scratch = doc.createElement('div');
    this.scratch.className = 'scratch';
    this.root.append(style, this.scratch);
    doc.documentElement.append(this.host);
  }

  /** Replaces the highlights of one field with these matches. */
  render(field: DraftField, matches: readonly Match[]): void {
    if (matches.length === 0 || !field.isConnected) {
      this.clear(field);
      return;
    }
    const layer = this.layerFor(field);
    this.place(layer, field);
    const rects = measureRanges(field, matches, this.scratch);
    layer.replaceChildren(...matches.map((match, index) => highlight(match, rects[index] ?? [])));
  }

  /** Moves existing layers after the page scrolled or resized, without re-measuring text. */
  reposition(): void {
    for (const [field, layer] of this.layers) {
      if (field.isConnected) this.place(layer, field);
      else this.clear(field);
    }
  }

  clear(field: DraftField): void {
    this.layers.get(field)?.remove();
    this.layers.delete(field);
  }

  destroy(): void {
    this.layers.clear();
    this.host.remove();
  }

  private layerFor(field: DraftField): HTMLElement {
    let layer = this.layers.get(field);
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'layer';
      this.root.append(layer);
      this.layers.set(field, layer);
    }
    return layer;
  }

  private place(layer: HTMLElement, field: DraftField): void {
    const box = field.getBoundingClientRect();
    Object.assign(layer.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
  }
}

function highlight(match: Match, rects: readonly FieldRect[]): HTMLElement {
  const span = document.createElement('span');
  span.dataset.sansiFlag = match.normId;
  span.dataset.category = match.category;
  span.dataset.severity = String(match.severity);
  if (rects.length === 0) return span;
  // The span covers the union of the match's line boxes; each line gets its own mark inside.
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  Object.assign(span.style, { left: `${left}px`, top: `${top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
  for (const rect of rects) {
    const mark = document.createElement('i');
    Object.assign(mark.style, {
      left: `${rect.left - left}px`,
      top: `${rect.top - top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    span.append(mark);
  }
  return span;
}
