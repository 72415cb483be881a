import { handleMessage } from '@/lib/background/handlers';
import { db } from '@/lib/db/instance';
import { mergePresets, defaultPresetIds } from '@/lib/norms/presets';

export default defineBackground(() => {
  // The active list is the shipped default until the norms editor (issue 4) stores lists in Dexie.
  const active = { version: 1, norms: mergePresets(defaultPresetIds) };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, { db, ownId: browser.runtime.id, activeNorms: () => active }).then(sendResponse);
    return true; // keeps the channel open for the async reply
  });
});
