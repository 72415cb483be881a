import type { PageServices } from '@/lib/drafts/start/page-services';
import type { PageConfig } from '@/lib/core/page-config';
import { demoNorms } from './demo-norms';
import { useDemoStore } from './store';

let version = 0;

function currentConfig(): PageConfig {
  const { source, fileList, allowedHere, modelAllowed } = useDemoStore.getState();
  const { list } = demoNorms(source, fileList);
  const quiet = new Set(allowedHere);
  version += 1;
  return {
    version,
    enabled: true,
    pauseThreshold: 2,
    norms: { terms: list.terms.filter((term) => !quiet.has(term.id)), allow: list.allow, ...(list.rewrites ? { rewrites: list.rewrites } : {}) },
    // The class sees the model's nudge too, until someone says "not abusive here".
    smartDetection: !modelAllowed,
    showUntargeted: false,
  };
}

/**
 * The demo's stand-in for the background: the same watcher, overlay, card and pause run on
 * the demo composer, with the list the teacher chose. Flags and outcomes go nowhere: nothing
 * typed in a classroom ends up in anyone's habits.
 */
export const demoServices: PageServices = {
  fetchConfig: async () => currentConfig(),
  watchConfig(signal, apply) {
    const unsubscribe = useDemoStore.subscribe((state, previous) => {
      if (
        state.source !== previous.source ||
        state.fileList !== previous.fileList ||
        state.allowedHere !== previous.allowedHere ||
        state.modelAllowed !== previous.modelAllowed
      ) {
        apply(currentConfig());
      }
    });
    signal.addEventListener('abort', unsubscribe);
  },
  // The demo page is built as modules, so the model arrives as its own chunk when first needed.
  loadScorer: () => import('@/lib/model').then((model) => model.scoreDraft),
  recordOutcome: () => undefined,
  allowHere: (normId) => useDemoStore.getState().allowHere(normId),
  allowModelHere: () => useDemoStore.getState().allowModel(),
};
