import { describe, expect, it } from 'vitest';
import { samples } from '@/components/demo/samples';
import { compile } from '@/lib/matcher';
import { scoreDraft } from '@/lib/model';
import { defaultPresetIds, mergePresets } from '@/lib/norms/presets';

const matcher = compile(mergePresets(defaultPresetIds));

describe('classroom sample drafts', () => {
  const cases = samples.flatMap((sample) => (['zh', 'en'] as const).map((language) => [sample.id, language, sample[language], sample.category] as const));

  it.each(cases)('%s (%s) "%s" is caught as %s by the shipped lists', (_id, _language, text, category) => {
    const categories = matcher.findAll(text).map((match) => match.category);
    if (category === null) expect(categories).toEqual([]);
    else expect(categories).toContain(category);
  });

  it.each(cases.filter(([, , , category]) => category === null))('%s (%s) "%s" stays quiet for smart detection too', (_id, _language, text) => {
    // A clean sample that drew the model's nudge would teach a class the wrong lesson.
    expect(scoreDraft(text).flagged).toBe(false);
  });

  it('covers every category the lists know, and clean drafts', () => {
    const shown = new Set(samples.map((sample) => sample.category));
    for (const category of ['insult', 'profanity', 'threat', 'harassment', 'identity-hate', 'self-harm', 'doxxing', null]) expect(shown).toContain(category);
    expect(samples.some((sample) => sample.kind === 'evasive')).toBe(true);
  });
});
