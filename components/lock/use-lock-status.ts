import { useCallback, useEffect, useState } from 'react';
import type { LockStatus } from '@/lib/core/lock';
import type { sendMessage } from '@/lib/messaging/send';

/** The parental lock's state from the background, and a way to read it again after a change. */
export function useLockStatus(send: typeof sendMessage): { status: LockStatus | undefined; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<LockStatus>();
  const refresh = useCallback(async () => {
    try {
      setStatus(await send('getLockStatus', {}));
    } catch {
      // No background (a test without one): show no lock UI rather than a broken one.
    }
  }, [send]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, refresh };
}
