// The shipped presets. Each is a `NormsList` (the sansi-norms file format), which is
// structurally a matcher `NormsInput`, so a preset can be compiled directly or merged.
//
// Ids: a term id means the same pattern in every preset (teen and classroom reuse the general
// presets' entries), so merging presets never doubles a term — later ids win, which is how the
// teen preset's stricter severities take over when it is merged after the general ones.
// tests/unit/norms/presets.test.ts checks this.
import type { NormsInput } from '../../matcher/types';
import type { NormsList } from '../format';
import { classroom } from './classroom';
import { enGeneral } from './en-general';
import { teen } from './teen';
import { zhGeneral } from './zh-general';

/** Every shipped preset, by id. */
export const presets: Record<string, NormsList> = {
  'zh-general': zhGeneral,
  'en-general': enGeneral,
  teen,
  classroom,
};

/** The presets a new install (and `npm run check` without `--preset`) uses. */
export const defaultPresetIds: readonly string[] = ['zh-general', 'en-general'];

/** Merges several presets into one matcher input; later ids win on a duplicate term id. */
export function mergePresets(ids: readonly string[]): NormsInput {
  const terms = new Map<string, NormsInput['terms'][number]>();
  const allow = new Set<string>();
  for (const id of ids) {
    const preset = presets[id];
    if (!preset) throw new Error(`Unknown preset: ${id}`);
    for (const term of preset.terms) {
      // Re-inserting moves a replaced term to the later preset's position, like a fresh entry.
      terms.delete(term.id);
      terms.set(term.id, term);
    }
    for (const phrase of preset.allow) allow.add(phrase);
  }
  return { terms: [...terms.values()], allow: [...allow] };
}
