import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPageScript } from '@/lib/drafts/start/load-page-script';
import { ignoreStartedEvents, takeOverFrame } from '@/lib/drafts/start/one-copy';
import { wakeOnWriting } from '@/lib/drafts/start/wake';
import { contentScriptMatches } from '@/lib/sites/matches';

// The loader: all that a matched page loads. Sansi itself (entrypoints/sansi-page.ts) is
// brought in when someone starts writing; a page nobody writes in pays for a few listeners.
export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  // Comment boxes often live in iframes (embedded comment widgets, about:blank editors): each
  // frame gets its own watcher and overlay.
  allFrames: true,
  matchAboutBlank: true,
  // WXT's start-up message to older copies of this script goes out as a DOM event only, not
  // also through `window.postMessage`: the page never sees a message from Sansi, and that one
  // call was about half of Sansi's script time at page load. WXT's future default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page can dispatch WXT's start-up event too: copies hand over by themselves (one-copy.ts).
    // (WXT keeps the event's name private: `<extension id>:<entrypoint>:wxt:content-script-started`.)
    ignoreStartedEvents((ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE, ctx.signal);
    const current = takeOverFrame(() => ctx.abort('a newer copy of Sansi started in this frame'));
    const stillValid = (): boolean => {
      if (!current()) ctx.abort('a newer copy of Sansi started in this frame');
      return ctx.isValid;
    };
    wakeOnWriting(ctx.signal, (soFar) => {
      loadPageScript().then(
        (page) => page.start(ctx.signal, stillValid, soFar),
        // The extension was updated or removed meanwhile: leave the page alone.
        () => soFar.stop(),
      );
    });
  },
});
