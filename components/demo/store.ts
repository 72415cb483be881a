import { create } from 'zustand';
import type { NormsList } from '@/lib/norms/format';
import type { ImportProblem } from '@/lib/norms/import-result';
import { saveClassList, type SavedList } from './saved-list';

export type ListSource = 'general' | 'classroom' | 'file';
/** Which sample drafts the picker shows: both languages, or one. */
export type SampleLanguage = 'all' | 'zh' | 'en';

export interface PostedComment {
  id: number;
  text: string;
}

interface DemoState {
  presentation: boolean;
  source: ListSource;
  /** A class list loaded from a file; kept in the demo's own database so a reload keeps it. */
  fileList: NormsList | null;
  loadErrors: ImportProblem[] | null;
  /** Norms a student marked "not abusive here" during the demo; forgotten on reload. */
  allowedHere: string[];
  /** "Not abusive here" on smart detection's nudge during the demo; forgotten on reload. */
  modelAllowed: boolean;
  sampleLanguage: SampleLanguage;
  draft: string;
  posted: PostedComment[];
  setPresentation: (on: boolean) => void;
  setSource: (source: ListSource) => void;
  loadList: (list: NormsList) => void;
  /** Puts back the class list saved before a reload, without saving it again. */
  restoreList: (saved: SavedList) => void;
  setLoadErrors: (errors: ImportProblem[] | null) => void;
  allowHere: (normId: string) => void;
  allowModel: () => void;
  setSampleLanguage: (language: SampleLanguage) => void;
  setDraft: (draft: string) => void;
  post: (text: string) => void;
}

/** Saving can fail (a private window may refuse IndexedDB); the demo still works for this lesson. */
function keep(saved: SavedList): void {
  saveClassList(saved).catch(() => undefined);
}

/** The demo page's state. Nothing here reaches Sansi's database: the demo records nothing. */
export const useDemoStore = create<DemoState>()((set, get) => ({
  presentation: false,
  source: 'general',
  fileList: null,
  loadErrors: null,
  allowedHere: [],
  modelAllowed: false,
  sampleLanguage: 'all',
  draft: '',
  posted: [],
  setPresentation: (presentation) => set({ presentation }),
  setSource: (source) => {
    set({ source });
    const { fileList } = get();
    if (fileList) keep({ list: fileList, inUse: source === 'file' });
  },
  loadList: (fileList) => {
    set({ fileList, source: 'file', loadErrors: null, allowedHere: [] });
    keep({ list: fileList, inUse: true });
  },
  restoreList: ({ list, inUse }) => set((state) => ({ fileList: list, source: inUse ? 'file' : state.source })),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
  allowHere: (normId) => set((state) => ({ allowedHere: [...state.allowedHere, normId] })),
  allowModel: () => set({ modelAllowed: true }),
  setSampleLanguage: (sampleLanguage) => set({ sampleLanguage }),
  setDraft: (draft) => set({ draft }),
  post: (text) => set((state) => ({ posted: [...state.posted, { id: state.posted.length + 1, text }] })),
}));
