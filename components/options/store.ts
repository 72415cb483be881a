import { create } from 'zustand';
import type { Category, Severity } from '@/lib/matcher/types';
import type { ImportProblem } from '@/lib/norms/import-result';

export type ImportState =
  | { stage: 'reading' | 'checking' | 'saving'; progress: number }
  | { stage: 'done'; count: number; name: string }
  | { stage: 'failed'; errors: ImportProblem[] };

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

interface OptionsState {
  listId: string | null;
  query: string;
  category: Category | '';
  severity: Severity | 0;
  /** Id of the term whose row is open for editing. */
  editing: string | null;
  notice: Notice | null;
  importState: ImportState | null;
  selectList: (listId: string) => void;
  setFilter: (filter: Partial<Pick<OptionsState, 'query' | 'category' | 'severity'>>) => void;
  setEditing: (termId: string | null) => void;
  setNotice: (notice: Notice | null) => void;
  setImportState: (state: ImportState | null) => void;
}

const initial = { listId: null, query: '', category: '', severity: 0, editing: null, notice: null, importState: null } as const;

/** UI state of the options page. Data itself comes from Dexie live queries. */
export const useOptionsStore = create<OptionsState>()((set) => ({
  ...initial,
  selectList: (listId) => set({ listId, editing: null }),
  setFilter: (filter) => set(filter),
  setEditing: (editing) => set({ editing }),
  setNotice: (notice) => set({ notice }),
  setImportState: (importState) => set({ importState }),
}));

/** For tests: back to a fresh page. */
export function resetOptionsStore(): void {
  useOptionsStore.setState(initial);
}
