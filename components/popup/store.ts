import { create } from 'zustand';
import { recordsToJson, sessionsToCsv } from '@/lib/habits/export';
import type { Period } from '@/lib/habits/summary';
import type { MessageKey } from '@/lib/i18n/messages';
import type { PopupDeps } from './deps';

export type TrendSpan = 14 | 30;

/**
 * A message for the user, kept as a key so it follows a language switch; a refusal keeps the
 * background's reason, put in words when shown.
 */
export type Notice = { kind: 'ok' | 'error'; key: MessageKey; params?: Record<string, string | number> } | { kind: 'error'; refusal: string };

interface PopupState {
  period: Period;
  trendDays: TrendSpan;
  /** undefined while the popup asks the browser which tab it is over. */
  host: string | null | undefined;
  confirmingDelete: boolean;
  busy: boolean;
  notice: Notice | null;
  setPeriod: (period: Period) => void;
  setTrendDays: (days: TrendSpan) => void;
  findHost: (deps: Pick<PopupDeps, 'activeHost'>) => Promise<void>;
  setSiteEnabled: (deps: Pick<PopupDeps, 'send'>, host: string, enabled: boolean) => Promise<void>;
  askToDelete: () => void;
  cancelDelete: () => void;
  deleteAll: (deps: Pick<PopupDeps, 'send'>) => Promise<void>;
  exportRecords: (deps: Pick<PopupDeps, 'send' | 'download' | 'clock'>, kind: 'json' | 'csv') => Promise<void>;
  setRetention: (deps: Pick<PopupDeps, 'send'>, days: number) => Promise<void>;
}

const initial = { period: 'week', trendDays: 14, host: undefined, confirmingDelete: false, busy: false, notice: null } as const;

const failed = (error: unknown): Notice => ({ kind: 'error', refusal: error instanceof Error ? error.message : String(error) });

/** UI state of the popup. The numbers themselves come from Dexie live queries. */
export const usePopupStore = create<PopupState>()((set, get) => {
  // One action at a time; whatever it ends with is what the user reads.
  const run = async (action: () => Promise<Notice | null>) => {
    if (get().busy) return;
    set({ busy: true, notice: null });
    let notice: Notice | null;
    try {
      notice = await action();
    } catch (error) {
      notice = failed(error);
    }
    set({ busy: false, notice });
  };
  return {
    ...initial,
    setPeriod: (period) => set({ period }),
    setTrendDays: (trendDays) => set({ trendDays }),
    async findHost({ activeHost }) {
      const host = await activeHost().catch(() => null);
      set({ host });
    },
    setSiteEnabled: (deps, host, enabled) =>
      run(async () => {
        await deps.send('setSiteEnabled', { host, enabled });
        return null;
      }),
    askToDelete: () => set({ confirmingDelete: true, notice: null }),
    cancelDelete: () => set({ confirmingDelete: false }),
    deleteAll: (deps) =>
      run(async () => {
        const { deleted } = await deps.send('deleteAllData', {});
        set({ confirmingDelete: false });
        return { kind: 'ok', key: 'popup.data.deleted', params: { count: deleted } };
      }),
    exportRecords: (deps, kind) =>
      run(async () => {
        // Through the background, which refuses while a parent's lock is on.
        const records = await deps.send('exportRecords', {});
        const { now } = deps.clock();
        const stamp = new Date(now).toISOString().slice(0, 10);
        if (kind === 'json') deps.download(`sansi-habits-${stamp}.json`, recordsToJson(records, now), 'application/json');
        else deps.download(`sansi-habits-${stamp}.csv`, sessionsToCsv(records.sessions), 'text/csv');
        return { kind: 'ok', key: 'popup.data.exported', params: { count: records.sessions.length } };
      }),
    setRetention: (deps, days) =>
      run(async () => {
        await deps.send('setRetentionDays', { days });
        return { kind: 'ok', key: 'popup.data.retentionSaved', params: { days } };
      }),
  };
});

/** For tests: back to a freshly opened popup. */
export function resetPopupStore(): void {
  usePopupStore.setState(initial);
}
