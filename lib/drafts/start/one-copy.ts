// One copy of Sansi's content script runs in a frame. When the extension is updated or
// reloaded, a new copy starts beside the old one, which must go quiet. WXT tells the old copy
// with a DOM event, `<extension id>:content:wxt:content-script-started`, that any page can
// dispatch too (and so switch Sansi off in its tab). Sansi's copies hand over through their
// own world instead, which the page cannot reach, and that event is stopped before WXT's
// listener sees it.

const CURRENT = Symbol.for('sansi.currentCopy');

interface Copy {
  stop(): void;
}

/**
 * Makes this copy the one that runs in this frame and stops the one before it, if any (copies
 * of one extension share their content-script world, and its globals). Returns whether this
 * copy is still the current one.
 */
export function takeOverFrame(stop: () => void): () => boolean {
  const slot = globalThis as { [CURRENT]?: Copy };
  const previous = slot[CURRENT];
  const self: Copy = { stop };
  slot[CURRENT] = self;
  try {
    previous?.stop();
  } catch {
    // The old copy's context is gone already: nothing of it is left to stop.
  }
  return () => slot[CURRENT] === self;
}

/** Stops `type` (WXT's "a newer copy started" event) on its way to WXT's listener, for as long as `signal` lasts. */
export function ignoreStartedEvents(type: string, signal: AbortSignal): void {
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal });
}
