// A fresh demo for every test: the store as the page opens it, an English interface, and no
// class list saved from an earlier lesson.
import { useLocale } from '@/components/i18n';
import { useDemoStore } from '@/components/demo/store';

export async function freshDemo(): Promise<void> {
  useDemoStore.setState(useDemoStore.getInitialState(), true);
  useLocale.setState({ locale: 'en' });
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('sansi-demo');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
