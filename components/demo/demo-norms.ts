import { compile } from '@/lib/matcher';
import type { Matcher } from '@/lib/matcher/types';
import type { NormsList } from '@/lib/norms/format';
import { defaultPresetIds, mergePresets, presets } from '@/lib/norms/presets';
import { mergeRewrites } from '@/lib/rewrite';
import type { ListSource } from './store';

let general: NormsList | undefined;

/** The general lists merged, as one list a teacher can export and hand out. */
function generalList(): NormsList {
  general ??= buildGeneralList();
  return general;
}

function buildGeneralList(): NormsList {
  const merged = mergePresets(defaultPresetIds);
  return {
    format: 'sansi-norms',
    version: 1,
    id: 'general',
    name: 'Sansi general (zh + en)',
    languages: ['zh', 'en'],
    terms: merged.terms as NormsList['terms'],
    allow: [...(merged.allow ?? [])],
    rewrites: mergeRewrites(defaultPresetIds.map((id) => presets[id]!)),
  };
}

const cache = new Map<string, { list: NormsList; matcher: Matcher }>();

/** The list the demo checks against, and its matcher, compiled once per list. */
export function demoNorms(source: ListSource, fileList: NormsList | null): { list: NormsList; matcher: Matcher } {
  const list = source === 'file' && fileList ? fileList : source === 'classroom' ? presets.classroom! : generalList();
  const key = source === 'file' ? `file:${list.id}:${list.terms.length}` : source;
  let entry = cache.get(key);
  if (!entry || (source === 'file' && entry.list !== list)) {
    entry = { list, matcher: compile(list) };
    cache.set(key, entry);
  }
  return entry;
}
