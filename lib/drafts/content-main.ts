import { compile } from '../matcher';
import { sendMessage } from '../messaging/send';
import { Overlay } from './overlay';
import { watchDrafts } from './watcher';

/**
 * Starts Sansi in a page: asks the background for the active norms, then watches drafts.
 * When the extension is updated or reloaded, `signal` aborts and Sansi goes quiet; the page
 * keeps working.
 */
export async function startInPage(signal: AbortSignal): Promise<void> {
  const { norms } = await sendMessage('getPageConfig', {});
  if (signal.aborted) return;
  const matcher = compile(norms);
  let overlay: Overlay | undefined;
  // Created on first use, so pages where nobody types get no extra element.
  const getOverlay = (): Overlay => (overlay ??= new Overlay());
  signal.addEventListener('abort', () => overlay?.destroy());
  watchDrafts({
    signal,
    findAll: (text) => matcher.findAll(text),
    overlay: getOverlay,
    onNewFlags: (flags) => {
      // A refused or lost message must never disturb the page the user is writing in.
      sendMessage('recordFlags', { flags }).catch(() => undefined);
    },
  });
}
