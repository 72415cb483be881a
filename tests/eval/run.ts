// `npm run eval`: scores shipped presets against the public labelled data in ../shared/data.
//
// A text counts as flagged when `compile(mergePresets(ids)).hasMatch(text)` is true — exactly
// what the extension does with those presets. Every preset set is scored on every dataset, the
// Chinese and the English ones alike, because that is what a user with the default presets
// (Chinese + English) runs: an English term that fires on Chinese text is a real false positive.
//
//   npm run eval                          default presets, all splits, table → results/latest.md
//   npm run eval -- --preset teen         another set (repeatable)
//   npm run eval -- --json                also print JSON and write results/latest.json
//   npm run eval -- --tuning              tuning splits only (train/dev/val/even SWSR/Davidson),
//                                         written to results/tuning.md; use this while curating
//   npm run eval -- --tuning --terms      per-term hits on the tuning splits (curation aid)
//   npm run eval -- --tuning --fp "COLD train"   false positives of one tuning split, with ids
//   npm run eval -- --no-model            the norms list only (skips the model section)
//   npm run eval -- --calibrate           choose smart detection's nudge thresholds (calibrate.ts)
//
// The judgement section runs `judge()` (lib/judgement) with default settings, exactly what the
// extension shows: a draft counts as flagged when its nudge is not `none` (a highlight or the
// smart-detection banner). It reports the labelled sets, the ordinary posts in
// ../shared/data/ordinary (how often everyday talk gets a nudge: all rows, and the positive and
// neutral ones where any nudge is wrong), and the hand-written held-out drafts (handwritten.ts).
//
// The model section scores lib/model (issue 9's "smart detection") the way the extension runs
// it: `scoreDraft(text).flagged`, at the shipped threshold chosen at training time (never on a
// test split). It reports the model alone, the norms list alone and both combined (a draft is
// flagged when the list matches OR the model fires), with macro-F1.
//
// Test splits and odd SWSR rows are for reporting only (see ../shared/data/README.md): the
// curation aids refuse them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../lib/matcher';
import { type JudgeDeps, defaultJudgeSettings, judge, prepareJudge } from '../../lib/judgement';
import { scoreDraft, shippedModel } from '../../lib/model';
import { defaultPresetIds, mergePresets, presets } from '../../lib/norms/presets';
import { type Split, dataDir, loadColdTestFine, loadRows, splits } from './datasets';
import { calibrate } from './calibrate';
import { handwritten } from './handwritten';
import { type Scores, confusion, scores } from './metrics';
import { ordinarySets } from './ordinary';

interface Options {
  presetIds: string[];
  json: boolean;
  tuning: boolean;
  terms: boolean;
  fp: string | undefined;
  fn: string | undefined;
  model: boolean;
  calibrate: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { presetIds: [], json: false, tuning: false, terms: false, fp: undefined, fn: undefined, model: true, calibrate: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--preset') options.presetIds.push(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--tuning') options.tuning = true;
    else if (arg === '--terms') options.terms = true;
    else if (arg === '--fp') options.fp = value();
    else if (arg === '--fn') options.fn = value();
    else if (arg === '--no-model') options.model = false;
    else if (arg === '--calibrate') options.calibrate = true;
    else throw new Error(`Unknown argument: ${arg}`);
  }
  if (options.presetIds.length === 0) options.presetIds = [...defaultPresetIds];
  for (const id of options.presetIds) {
    if (!presets[id]) throw new Error(`Unknown preset: ${id} (known: ${Object.keys(presets).join(', ')})`);
  }
  return options;
}

interface SplitResult {
  dataset: string;
  split: string;
  language: string;
  role: Split['role'];
  recallOnly: boolean;
  scores: Scores;
}

type Detector = 'norms' | 'model' | 'combined' | 'judgement';

interface ModelSplitResult {
  dataset: string;
  split: string;
  role: Split['role'];
  recallOnly: boolean;
  detectors: Record<Detector, Scores>;
}

const pct = (x: number): string => (100 * x).toFixed(1);

function table(results: readonly SplitResult[]): string {
  const lines = [
    '| data | split | use | rows | % label 1 | precision | recall | F1 | macro-F1 | MCC | flag rate |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const s = r.scores;
    const onlyRecall = r.recallOnly;
    lines.push(
      `| ${r.dataset} | ${r.split} | ${r.role === 'tune' ? 'tuning' : 'report'}${onlyRecall ? ' (recall only)' : ''} | ${s.n} | ${pct(s.positiveRate)} | ${onlyRecall ? '—' : pct(s.precision)} | ${pct(s.recall)} | ${onlyRecall ? '—' : pct(s.f1)} | ${onlyRecall ? '—' : pct(s.macroF1)} | ${onlyRecall ? '—' : s.mcc.toFixed(3)} | ${pct(s.flagRate)} |`,
    );
  }
  return lines.join('\n');
}

const detectorNames: Record<Detector, string> = { norms: 'norms list', model: 'model', combined: 'list OR model', judgement: '**judge()**' };

function modelTable(results: readonly ModelSplitResult[]): string {
  const lines = [
    '| data | split | use | detector | precision | recall | F1 | macro-F1 | flag rate |',
    '|---|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    for (const detector of ['norms', 'model', 'combined', 'judgement'] as const) {
      const s = r.detectors[detector];
      const only = r.recallOnly;
      const use = `${r.role === 'tune' ? 'tuning' : 'report'}${only ? ' (recall only)' : ''}`;
      lines.push(
        `| ${r.dataset} | ${r.split} | ${use} | ${detectorNames[detector]} | ${only ? '—' : pct(s.precision)} | ${pct(s.recall)} | ${only ? '—' : pct(s.f1)} | ${only ? '—' : `**${pct(s.macroF1)}**`} | ${pct(s.flagRate)} |`,
      );
    }
  }
  return lines.join('\n');
}

function modelNotes(): string[] {
  return (['zh', 'en'] as const).map((language) => {
    const model = shippedModel(language);
    return `- ${language}: threshold ${model.threshold} (probability), chosen at training time on held-out data (${model.provenance.thresholdRule}; there: precision ${pct(Number(model.provenance.selectionPrecision))}, recall ${pct(Number(model.provenance.selectionRecall))}, macro-F1 ${pct(Number(model.provenance.selectionMacroF1))}). Trained on ${model.provenance.data}.`;
  });
}

const judged = (deps: JudgeDeps, text: string): boolean => judge(text, deps, defaultJudgeSettings).nudge !== 'none';

/** How often ordinary posts get each kind of nudge, all rows and the positive/neutral ones. */
function ordinaryTable(matcher: ReturnType<typeof compile>, deps: JudgeDeps): string {
  const lists = { ...defaultJudgeSettings, smartDetection: false };
  const lines = [
    '| posts | rows | list (matches) | list in context | model banner | model-only nudge | **judge() nudge** | pause |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const set of ordinarySets()) {
    for (const [subset, rows] of [['all', set.rows], ['positive/neutral', set.rows.filter((r) => r.positive)]] as const) {
      let list = 0, context = 0, banner = 0, modelOnly = 0, final = 0, pause = 0;
      for (const { text } of rows) {
        if (matcher.hasMatch(text)) list++;
        if (judge(text, deps, lists).nudge !== 'none') context++;
        const j = judge(text, deps, defaultJudgeSettings);
        if (j.model.flagged) banner++;
        if (j.model.flagged && j.flags.length === 0) modelOnly++;
        if (j.nudge !== 'none') final++;
        if (j.nudge === 'pause') pause++;
      }
      const rate = (x: number): string => `${pct(x / rows.length)} %`;
      lines.push(`| ${set.name} (${set.language}), ${subset} | ${rows.length} | ${rate(list)} | ${rate(context)} | ${rate(banner)} | ${rate(modelOnly)} | **${rate(final)}** | ${rate(pause)} |`);
    }
  }
  return lines.join('\n');
}

/** The hand-written held-out drafts: caught of the abusive ones, flagged of the clean ones. */
function handwrittenTable(matcher: ReturnType<typeof compile>, deps: JudgeDeps): string[] {
  const rows = [
    '| detector | abusive caught (zh / en) | clean flagged (zh / en) |',
    '|---|---:|---:|',
  ];
  const misses: string[] = [];
  for (const [name, flags] of [['norms list (matches)', (t: string) => matcher.hasMatch(t)], ['**judge()**', (t: string) => judged(deps, t)]] as const) {
    const count = (abusive: boolean, language?: 'zh' | 'en') =>
      handwritten.filter((h) => h.abusive === abusive && (!language || h.language === language) && flags(h.text)).length;
    const total = (abusive: boolean) => handwritten.filter((h) => h.abusive === abusive).length;
    rows.push(`| ${name} | ${count(true)} of ${total(true)} (${count(true, 'zh')} / ${count(true, 'en')}) | ${count(false)} of ${total(false)} (${count(false, 'zh')} / ${count(false, 'en')}) |`);
  }
  for (const h of handwritten) if (judged(deps, h.text) !== h.abusive) misses.push(`- ${h.abusive ? 'missed' : 'flagged'}: ${h.text}`);
  return [...rows, '', ...(misses.length > 0 ? ['judge() got these wrong:', '', ...misses] : ['judge() got every one right.'])];
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.calibrate) {
    for (const c of calibrate(options.presetIds)) {
      console.log(`${c.language}: nudge threshold ${c.threshold} (model's own ${c.modelThreshold}); model-only banners on ${pct(c.rate)} % of ${c.set}`);
    }
    return;
  }
  const started = performance.now();
  const norms = mergePresets(options.presetIds);
  const matcher = compile(norms);
  const deps = prepareJudge({ matcher, norms, ...(options.model ? { scorer: scoreDraft } : {}) });
  const chosen = splits.filter((s) => !options.tuning || s.role === 'tune');
  const results: SplitResult[] = [];
  const modelResults: ModelSplitResult[] = [];
  const termHits = new Map<string, { tp: number; fp: number }>();
  const here = path.dirname(fileURLToPath(import.meta.url));

  for (const split of chosen) {
    const rows = loadRows(split);
    const flagged = rows.map((row) => matcher.hasMatch(row.text));
    if (options.model) {
      const labels = rows.map((row) => row.label);
      const fired = rows.map((row) => scoreDraft(row.text).flagged);
      modelResults.push({
        dataset: split.dataset,
        split: split.split,
        role: split.role,
        recallOnly: split.recallOnly ?? false,
        detectors: {
          norms: scores(confusion(labels, flagged)),
          model: scores(confusion(labels, fired)),
          combined: scores(confusion(labels, fired.map((f, i) => f || (flagged[i] ?? false)))),
          judgement: scores(confusion(labels, rows.map((row) => judged(deps, row.text)))),
        },
      });
    }
    results.push({
      dataset: split.dataset,
      split: split.split,
      language: split.language,
      role: split.role,
      recallOnly: split.recallOnly ?? false,
      scores: scores(confusion(rows.map((row) => row.label), flagged)),
    });
    const name = `${split.dataset} ${split.split}`;
    const wantsErrors = options.fp === name || options.fn === name;
    if ((options.terms || wantsErrors) && split.role !== 'tune') {
      throw new Error('Curation aids (--terms, --fp, --fn) only look at tuning splits.');
    }
    if (options.terms && !split.recallOnly) {
      for (const row of rows) {
        for (const id of new Set(matcher.findAll(row.text).map((m) => m.normId))) {
          const hit = termHits.get(id) ?? { tp: 0, fp: 0 };
          if (row.label) hit.tp++;
          else hit.fp++;
          termHits.set(id, hit);
        }
      }
    }
    if (wantsErrors) {
      rows.forEach((row, i) => {
        if (options.fp === name && flagged[i] && !row.label) {
          const ids = [...new Set(matcher.findAll(row.text).map((m) => `${m.normId}:${row.text.slice(m.start, m.end)}`))];
          console.log(`FP [${ids.join(' ')}] ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
        if (options.fn === name && !flagged[i] && row.label) console.log(`FN ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      });
    }
  }

  let antiBias: { rows: number; flagged: number } | undefined;
  let fineRates: { fine: number; rows: number; flagged: number; model?: number; combined?: number; judged?: number }[] = [];
  if (!options.tuning) {
    const fineRows = loadColdTestFine();
    fineRates = [0, 1, 2, 3].map((fine) => {
      const some = fineRows.filter((row) => row.fine === fine);
      const listed = some.map((row) => matcher.hasMatch(row.text));
      const rate = { fine, rows: some.length, flagged: listed.filter(Boolean).length };
      if (!options.model) return rate;
      const fired = some.map((row) => scoreDraft(row.text).flagged);
      return {
        ...rate,
        model: fired.filter(Boolean).length,
        combined: fired.filter((f, i) => f || listed[i]).length,
        judged: some.filter((row) => judged(deps, row.text)).length,
      };
    });
    const three = fineRates[3];
    if (three) antiBias = { rows: three.rows, flagged: three.flagged };
  }
  const seconds = (performance.now() - started) / 1000;

  const termCount = mergePresets(options.presetIds).terms.length;
  const fineNames = ['other safe', 'attacks an individual', 'attacks a group', 'anti-bias (safe)'];
  const report = [
    `# Sansi eval — presets: ${options.presetIds.join(' + ')} (${termCount} terms)`,
    '',
    `Text flagged = at least one match of \`compile(mergePresets([${options.presetIds.map((id) => `'${id}'`).join(', ')}])).hasMatch(text)\`.`,
    'Every dataset is scored with the same merged list. Davidson was collected with hate keywords: recall only.',
    options.tuning ? 'Tuning splits only.' : 'Tuning splits (train/dev/val, even SWSR rows, Davidson) and report splits (test, odd SWSR rows).',
    '',
    table(results),
    '',
    ...(antiBias
      ? [
          `COLD test, anti-bias posts (fine = 3, label 0) flagged: **${pct(antiBias.flagged / antiBias.rows)}%** (${antiBias.flagged} of ${antiBias.rows}).`,
          '',
          '| COLD test fine label | rows | flagged |',
          '|---|---:|---:|',
          ...fineRates.map((f) => `| ${f.fine} ${fineNames[f.fine]} | ${f.rows} | ${pct(f.flagged / f.rows)}% |`),
          '',
        ]
      : []),
    ...(options.model
      ? [
          '## Model (smart detection), norms list, and both',
          '',
          'Model fires = `scoreDraft(text).flagged` (lib/model, shipped weights and threshold). Combined = list matches OR model fires.',
          'The model rows of COLD train, Davidson and HateXplain val are in-sample (its training data): only the report splits measure it.',
          ...modelNotes(),
          '',
          modelTable(modelResults),
          '',
          ...(antiBias
            ? [
                '| COLD test fine label | rows | norms list | model | list OR model | judge() |',
                '|---|---:|---:|---:|---:|---:|',
                ...fineRates.map(
                  (f) =>
                    `| ${f.fine} ${fineNames[f.fine]} | ${f.rows} | ${pct(f.flagged / f.rows)}% | ${pct((f.model ?? 0) / f.rows)}% | ${pct((f.combined ?? 0) / f.rows)}% | ${pct((f.judged ?? 0) / f.rows)}% |`,
                ),
                '',
              ]
            : []),
        ]
      : []),
    ...(options.tuning
      ? []
      : [
          '## Judgement (judge(), default settings) on ordinary posts',
          '',
          'A nudge = a highlight or the smart-detection banner (`judge(text).nudge !== \'none\'`). List (matches): any match of the lists, as before the context stage. List in context: judge() with smart detection off. Model banner: smart detection would show its banner. Model-only: the banner on a draft no list flags. Positive/neutral: GoEmotions rows whose emotions are all positive or neutral; osm rows with `positive` sentiment. GoEmotions dev and osm calibrate the banner threshold (calibrate.ts); GoEmotions train trains the English model and is not shown.',
          '',
          ordinaryTable(matcher, deps),
          '',
          '## Judgement on hand-written held-out drafts (handwritten.ts)',
          '',
          ...handwrittenTable(matcher, deps),
          '',
        ]),
    `Data: ${dataDir()} · ${seconds.toFixed(1)} s`,
    '',
  ].join('\n');

  console.log(report);
  const outDir = path.join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  const base = options.tuning ? 'tuning' : 'latest';
  writeFileSync(path.join(outDir, `${base}.md`), report);
  if (options.json) {
    const json = JSON.stringify({ presets: options.presetIds, terms: termCount, results, model: modelResults, coldTestFine: fineRates }, null, 2);
    writeFileSync(path.join(outDir, `${base}.json`), `${json}\n`);
    console.log(json);
  }
  if (options.terms) {
    const sorted = [...termHits.entries()].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp));
    console.log('\nterm hits on tuning splits (texts with label 1 / label 0, precision):');
    for (const [id, hit] of sorted) console.log(`${id}\t${hit.tp}\t${hit.fp}\t${pct(hit.tp / (hit.tp + hit.fp))}`);
  }
}

main();
