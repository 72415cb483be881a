import { startInPage } from '@/lib/drafts/content-main';
import { contentScriptMatches } from '@/lib/sites/matches';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  // Comment boxes often live in iframes (embedded comment widgets, about:blank editors): each
  // frame gets its own watcher and overlay.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // A failure here (the background restarting, the extension updated) leaves the page alone.
    startInPage(ctx.signal, () => ctx.isValid).catch(() => undefined);
  },
});
