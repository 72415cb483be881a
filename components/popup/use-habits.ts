import { useLiveQuery } from 'dexie-react-hooks';
import { readHabits, type Habits } from '@/lib/db/rollups';
import { getRetentionDays } from '@/lib/db/retention';
import { usePopupDeps } from './deps';
import { siteEnabled } from '@/lib/db/queries';

/** The popup's numbers, live: they change while it is open as drafts are recorded. */
export function useHabits(): Habits | undefined {
  const { db, clock, initialHabits } = usePopupDeps();
  return useLiveQuery(() => readHabits(db, clock()), [db, clock], initialHabits);
}

export function useRetentionDays(): number | undefined {
  const { db } = usePopupDeps();
  return useLiveQuery(() => getRetentionDays(db), [db]);
}

/** Whether Sansi runs on `host`: a missing row means on. */
export function useSiteEnabled(host: string | null | undefined): boolean | undefined {
  const { db } = usePopupDeps();
  return useLiveQuery(() => (host ? siteEnabled(db, host) : undefined), [db, host]);
}
