import type { ExtensionSession } from './extension';

export interface StoredOutcome {
  host: string;
  outcome: string;
  flags: { normId: string }[];
  pauseShown: boolean;
}

/** The draft outcomes the background stored, read from the extension's own IndexedDB. */
export async function storedOutcomes(session: ExtensionSession): Promise<StoredOutcome[]> {
  const page = await session.openPopup();
  try {
    return await page.evaluate(
      () =>
        new Promise<StoredOutcome[]>((resolve, reject) => {
          const request = indexedDB.open('sansi');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const read = db.transaction('draftSessions').objectStore('draftSessions').getAll();
            read.onsuccess = () => {
              db.close();
              resolve(read.result as StoredOutcome[]);
            };
            read.onerror = () => reject(read.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
