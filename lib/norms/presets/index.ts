import type { NormsInput } from '../../matcher/types';
import { starter } from './starter';

/** Every shipped preset, by id. */
export const presets: Record<string, NormsInput> = { starter };

/** The presets a new install (and `npm run check` without `--preset`) uses. */
export const defaultPresetIds: readonly string[] = ['starter'];

/** Merges several presets into one matcher input; later ids win on a duplicate term id. */
export function mergePresets(ids: readonly string[]): NormsInput {
  const terms = new Map<string, NormsInput['terms'][number]>();
  const allow = new Set<string>();
  for (const id of ids) {
    const preset = presets[id];
    if (!preset) throw new Error(`Unknown preset: ${id}`);
    for (const term of preset.terms) terms.set(term.id, term);
    for (const phrase of preset.allow ?? []) allow.add(phrase);
  }
  return { terms: [...terms.values()], allow: [...allow] };
}
