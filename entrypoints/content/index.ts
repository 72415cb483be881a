import { startInPage } from '@/lib/drafts/content-main';
import { contentScriptMatches } from '@/lib/sites/matches';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    // A failure here (the background restarting, the extension updated) leaves the page alone.
    startInPage(ctx.signal).catch(() => undefined);
  },
});
