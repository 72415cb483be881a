import { startAfterWriting } from '@/lib/drafts/start/page-main';
import { offerPageEntry } from '@/lib/drafts/page-entry';
import { setOverlayLocale } from '@/lib/drafts/ui/strings';
import { readLocalePreference, watchLocalePreference } from '@/lib/i18n/preference';

// The page script: imported by the content script in a frame where someone started writing (see
// lib/drafts/page-entry.ts), in the content script's world.
export default defineUnlistedScript(() => {
  offerPageEntry({
    start(signal, stillValid, soFar) {
      startAfterWriting(signal, stillValid, soFar, undefined, {
        onWake() {
          // The card and the pause speak the language chosen in the options page (else the
          // browser's); they are built when shown, so a change applies from the next one.
          void readLocalePreference().then((saved) => saved && setOverlayLocale(saved));
          watchLocalePreference(setOverlayLocale, signal);
        },
        // A failure (the background restarting, the extension updated) leaves the page alone.
      }).catch(() => undefined);
    },
  });
});
