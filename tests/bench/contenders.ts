// What the benchmark compares: Sansi's matcher (full normalisation) against packages that do
// none, on the same terms and texts, and the floor. Each contender builds from a word list
// and runs on a text; `run` returns something so the work cannot be optimised away.
import { AhoCorasick } from '@monyone/aho-corasick';
import FastScanner from 'fastscan';
import { Mint } from 'mint-filter';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { type JudgeDeps, defaultJudgeSettings, judge, prepareJudge } from '../../lib/judgement';
import { compile } from '../../lib/matcher';
import { foldTables } from '../../lib/matcher/fold';
import { Normalised, normaliseInto } from '../../lib/matcher/normalise';
import type { NormTerm } from '../../lib/matcher/types';
import { scoreDraft } from '../../lib/model';
import { defaultPresetIds, mergePresets } from '../../lib/norms/presets';
import { asTerms } from './data';

export interface Contender<T = unknown, I = readonly string[]> {
  name: string;
  /** What it does, for the report. */
  note: string;
  /**
   * Turns the word list into what `build` takes, before the clock starts (without it, `build`
   * gets the words). Only Sansi has one: its input is term objects, which the extension holds
   * already, so making 50k of them from strings is the harness's work, not compiling.
   */
  prepare?(words: readonly string[]): I;
  build(input: I): T;
  run(built: T, text: string): number;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const sansi: Contender<ReturnType<typeof compile>, NormTerm[]> = {
  name: 'sansi findAll',
  note: 'full normalisation, boundaries, allow phrases, overlap resolution',
  prepare: asTerms,
  build: (terms) => compile({ terms }),
  run: (m, text) => m.findAll(text).length,
};

export const sansiHas: Contender<ReturnType<typeof compile>, NormTerm[]> = {
  name: 'sansi hasMatch',
  note: 'same, stops at the first match',
  prepare: asTerms,
  build: sansi.build,
  run: (m, text) => (m.hasMatch(text) ? 1 : 0),
};

/** Sansi's normaliser alone (the first half of findAll), to show where the time goes. */
export const sansiNormalise: Contender<Normalised> = {
  name: 'sansi normalise only',
  note: 'the normalisation pass of findAll, no automaton',
  build: () => new Normalised(),
  run: (buf, text) => normaliseInto(text, buf).length,
};

/** The floor: one pass folding every code unit through the table, with its offsets map. */
export const floor: Contender<{ out: Int32Array; at: Int32Array }> = {
  name: 'floor (fold pass)',
  note: 'one normalisation pass, no matching: table fold per code unit + offsets',
  build: () => ({ out: new Int32Array(1 << 16), at: new Int32Array(1 << 16) }),
  run: (buf, text) => {
    const { fold } = foldTables();
    if (buf.out.length < text.length) {
      buf.out = new Int32Array(text.length);
      buf.at = new Int32Array(text.length);
    }
    const out = buf.out;
    const at = buf.at;
    for (let i = 0; i < text.length; i++) {
      out[i] = fold[text.charCodeAt(i)]!;
      at[i] = i;
    }
    return out[text.length >> 1]!;
  },
};

export const monyone: Contender<AhoCorasick> = {
  name: '@monyone/aho-corasick',
  note: 'Aho–Corasick, no normalisation',
  build: (words) => new AhoCorasick([...words]),
  run: (ac, text) => ac.matchInText(text).length,
};

export const fastscan: Contender<FastScanner> = {
  name: 'fastscan',
  note: 'Aho–Corasick, no normalisation',
  build: (words) => new FastScanner([...words]),
  run: (fs, text) => fs.search(text).length,
};

export const mint: Contender<Mint> = {
  name: 'mint-filter',
  note: 'Aho–Corasick (Chinese filter), no normalisation',
  build: (words) => new Mint([...words]),
  run: (m, text) => m.filter(text).words.length,
};

export const regexp: Contender<RegExp> = {
  name: 'RegExp alternation',
  note: 'one /a|b|…/g, no normalisation',
  build: (words) => new RegExp(words.map(escape).join('|'), 'g'),
  run: (re, text) => text.match(re)?.length ?? 0,
};

export const obscenity: Contender<RegExpMatcher> = {
  name: 'obscenity',
  note: 'englishDataset with englishRecommendedTransformers',
  build: () => new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }),
  run: (m, text) => m.getAllMatches(text).length,
};

/** Contenders on the mixed lists, in report order. */
export const listContenders: Contender<any, any>[] = [sansi, sansiHas, fastscan, monyone, mint, regexp];

/**
 * The whole judgement, as the extension runs it on a check: the default presets' matcher, the
 * context stage and the shipped model, with default settings. Built once (compile + model load
 * are not what a keystroke pays); `run` judges one draft.
 */
export const sansiJudge: Contender<JudgeDeps, null> = {
  name: 'sansi judge (default lists + context + model)',
  note: 'judge(): matcher, context stage, language scope, model with allow mask, default settings',
  prepare: () => null,
  build: () => {
    const norms = mergePresets(defaultPresetIds);
    return prepareJudge({ matcher: compile(norms), norms, scorer: scoreDraft });
  },
  run: (deps, text) => {
    const j = judge(text, deps, defaultJudgeSettings);
    return j.flags.length + (j.model.flagged ? 1 : 0);
  },
};
