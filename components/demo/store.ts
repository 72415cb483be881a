import { create } from 'zustand';
import type { NormsList } from '@/lib/norms/format';
import type { ImportProblem } from '@/lib/norms/import-result';

export type ListSource = 'general' | 'classroom' | 'file';

export interface PostedComment {
  id: number;
  text: string;
}

interface DemoState {
  presentation: boolean;
  source: ListSource;
  /** A class list loaded from a file; kept in the page only, never stored. */
  fileList: NormsList | null;
  loadErrors: ImportProblem[] | null;
  /** Norms a student marked "not abusive here" during the demo; forgotten on reload. */
  allowedHere: string[];
  /** "Not abusive here" on smart detection's nudge during the demo; forgotten on reload. */
  modelAllowed: boolean;
  draft: string;
  posted: PostedComment[];
  setPresentation: (on: boolean) => void;
  setSource: (source: ListSource) => void;
  loadList: (list: NormsList) => void;
  setLoadErrors: (errors: ImportProblem[] | null) => void;
  allowHere: (normId: string) => void;
  allowModel: () => void;
  setDraft: (draft: string) => void;
  post: (text: string) => void;
}

/** The demo page's state. Nothing here reaches the database: the demo records nothing. */
export const useDemoStore = create<DemoState>()((set) => ({
  presentation: false,
  source: 'general',
  fileList: null,
  loadErrors: null,
  allowedHere: [],
  modelAllowed: false,
  draft: '',
  posted: [],
  setPresentation: (presentation) => set({ presentation }),
  setSource: (source) => set({ source }),
  loadList: (fileList) => set({ fileList, source: 'file', loadErrors: null, allowedHere: [] }),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
  allowHere: (normId) => set((state) => ({ allowedHere: [...state.allowedHere, normId] })),
  allowModel: () => set({ modelAllowed: true }),
  setDraft: (draft) => set({ draft }),
  post: (text) => set((state) => ({ posted: [...state.posted, { id: state.posted.length + 1, text }] })),
}));
