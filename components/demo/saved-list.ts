// The class list a teacher loaded into the demo, kept in the demo page's own IndexedDB database
// so it is still there after a reload or the next lesson. It holds the list only: nothing a
// student types is stored, and the demo never touches Sansi's database of habits.
import type { NormsList } from '@/lib/norms/format';
import { isNormsList } from '@/lib/norms/validate';

const DB_NAME = 'sansi-demo';
const STORE = 'lists';
const KEY = 'class-list';

export interface SavedList {
  list: NormsList;
  /** Whether the demo was using it (rather than a shipped list) when it was saved. */
  inUse: boolean;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the demo database could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('the demo database could not be read'));
    });
  } finally {
    db.close();
  }
}

export async function saveClassList(saved: SavedList): Promise<void> {
  await run('readwrite', (store) => store.put(saved, KEY));
}

/** The saved class list, or null when there is none (or what is stored is no longer a valid list). */
export async function loadClassList(): Promise<SavedList | null> {
  const saved = (await run('readonly', (store) => store.get(KEY))) as Partial<SavedList> | undefined;
  return saved && isNormsList(saved.list) ? { list: saved.list, inUse: saved.inUse === true } : null;
}
