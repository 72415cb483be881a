/** A rectangle in viewport coordinates (CSS pixels), as the overlay draws it. */
export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function toScreenRect(rect: DOMRectReadOnly): ScreenRect {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

export function intersect(a: ScreenRect, b: ScreenRect): ScreenRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** Whether two rectangles share any area (touching edges do not). */
export function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export function contains(rect: ScreenRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height;
}

/**
 * The part of the field the user can see: its box, cut by every ancestor that clips its
 * overflow (editors often scroll inside a wrapper, not the editable itself). Highlights outside
 * it would float over the rest of the page.
 */
export function visibleBox(field: Element): ScreenRect {
  let box = toScreenRect(field.getBoundingClientRect());
  const view = field.ownerDocument.defaultView;
  for (let element = parentAcrossShadow(field); element && element !== field.ownerDocument.documentElement; element = parentAcrossShadow(element)) {
    const style = view?.getComputedStyle(element);
    if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      box = intersect(box, toScreenRect(element.getBoundingClientRect()));
    }
  }
  if (view) box = intersect(box, { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight });
  return box;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
