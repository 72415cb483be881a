import { startInPage } from '@/lib/drafts/content-main';
import { setOverlayLocale } from '@/lib/drafts/strings';
import { readLocalePreference, watchLocalePreference } from '@/lib/i18n/preference';
import { contentScriptMatches } from '@/lib/sites/matches';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  // Comment boxes often live in iframes (embedded comment widgets, about:blank editors): each
  // frame gets its own watcher and overlay.
  allFrames: true,
  matchAboutBlank: true,
  // WXT's start-up message to older copies of this script goes out as a DOM event only, not
  // also through `window.postMessage`: the page never sees a message from Sansi, and that one
  // call was about half of Sansi's script time at page load (issue 5). WXT's future default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Sansi wakes when a draft field is first focused or edited (issue 5: a page nobody writes
    // in pays for a few listeners only; the storage API and the norms are its costliest start).
    // A failure here (the background restarting, the extension updated) leaves the page alone.
    startInPage(ctx.signal, () => ctx.isValid, undefined, {
      lazy: true,
      onWake() {
        // The card and the pause speak the language chosen in the options page (else the
        // browser's); they are built when shown, so a change applies from the next one.
        void readLocalePreference().then((saved) => saved && setOverlayLocale(saved));
        watchLocalePreference(setOverlayLocale, ctx.signal);
      },
    }).catch(() => undefined);
  },
});
