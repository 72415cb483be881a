// `npm run train`: trains the Chinese and English models and writes lib/model/weights/*.ts.
// Reproducible: no randomness, no clock in the output, full-batch L-BFGS with every sum in a
// fixed order, so two runs write the same bytes. No network: the data is ../shared/data.
//
//   npm run train                 both languages
//   npm run train -- --lang zh    one language
//   npm run train -- --check      train, then compare with the committed weights (exit 1 if they differ)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ModelLanguage, type ModelWeights, encodeBase64, encodeWeight } from '../codec';
import type { FeatureConfig } from '../features';
import { loadModel } from '../model';
import { trainingData } from './data';
import { featurise, margins, nbPenalty, train } from './logistic';
import { chooseThreshold, macroF1 } from './select';

interface LanguagePlan {
  config: FeatureConfig;
  lambdas: number[];
  window: number;
  /** The threshold keeps at least this precision on the selection data. */
  minPrecision: number;
  /** ε of the NB log-count-ratio prior (logistic.ts `nbPenalty`). */
  nbEpsilon: number;
  /** Choose λ and the threshold with the selection classes weighted equally (select.ts). */
  balancedSelection: boolean;
}


/** Chosen on the selection data (see README.md); the λ grid is searched on every run. */
const plans: Record<ModelLanguage, LanguagePlan> = {
  zh: { config: { minN: 1, maxN: 3, bits: 18 }, lambdas: [3e-5, 1e-5, 3e-6], window: 300, minPrecision: 0.8, nbEpsilon: 0.1, balancedSelection: false },
  // en: one λ. The 385 selection rows cannot tell 3e-5 from 1e-5 (1.2 points apart, within
  // their noise), and the weaker fit leans harder on sub-word n-grams ("Scunthorpe").
  en: { config: { minN: 1, maxN: 5, bits: 18 }, lambdas: [3e-5], window: 400, minPrecision: 0.8, nbEpsilon: 0.1, balancedSelection: true },
};

const MAX_ITERATIONS = 300;
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** One companded byte per bucket (codec.ts); the scale is the largest |w|, nothing clipped. */
function quantise(w: Float64Array, dim: number): { bytes: Uint8Array; scale: number } {
  let max = 0;
  for (let j = 0; j < dim; j++) max = Math.max(max, Math.abs(w[j]!));
  const scale = Number(max.toPrecision(9));
  const bytes = new Uint8Array(dim);
  for (let j = 0; j < dim; j++) bytes[j] = encodeWeight(w[j]!, scale);
  return { bytes, scale };
}

function trainLanguage(language: ModelLanguage): ModelWeights {
  const plan = plans[language];
  const data = trainingData(language);
  const dim = 2 ** plan.config.bits;
  log(`${language}: ${data.train.length} training rows, ${data.select.length} selection rows`);
  const trainX = featurise(data.train.map((r) => r.text), plan.config);
  const selectX = featurise(data.select.map((r) => r.text), plan.config);
  const trainY = data.train.map((r) => r.label);
  const selectY = data.select.map((r) => r.label);
  const penalty = nbPenalty(trainX, trainY, dim, plan.nbEpsilon, data.weights);
  const fits: { lambda: number; w: Float64Array; f1: number }[] = [];
  let warm: Float64Array | undefined;
  // Strongest regularisation first; each fit starts from the previous optimum.
  for (const lambda of plan.lambdas) {
    const started = performance.now();
    const w = train(trainX, trainY, dim, { lambda, maxIterations: MAX_ITERATIONS, start: warm, penalty, rowWeights: data.weights });
    warm = w;
    const z = margins(selectX, w);
    const chosen = chooseThreshold(selectY, Array.from(z), plan.minPrecision, plan.balancedSelection);
    log(`  λ=${lambda}: selection macro-F1 ${chosen.macroF1.toFixed(4)} (P ${chosen.precision.toFixed(3)}, R ${chosen.recall.toFixed(3)}) ${((performance.now() - started) / 1000).toFixed(1)} s`);
    fits.push({ lambda, w, f1: chosen.macroF1 });
  }
  // The best selection macro-F1; the strongest λ on a tie.
  const best = fits.reduce<(typeof fits)[number] | undefined>((a, f) => (!a || f.f1 > a.f1 ? f : a), undefined);
  if (!best) throw new Error('empty λ grid');
  const { bytes, scale } = quantise(best.w, dim);
  const weights: ModelWeights = {
    format: 1,
    language,
    ...plan.config,
    bias: Number(best.w[dim]!.toPrecision(9)),
    scale,
    threshold: 0.5,
    window: plan.window,
    weights: encodeBase64(bytes),
    provenance: {},
  };
  // The threshold is chosen on what ships: the quantised model, scored as the extension scores.
  const model = loadModel(weights);
  const probabilities = data.select.map((r) => model.score(r.text).probability);
  const chosen = chooseThreshold(selectY, probabilities, plan.minPrecision, plan.balancedSelection);
  weights.threshold = Number(chosen.threshold.toPrecision(6));
  const positives = trainY.filter(Boolean).length;
  weights.provenance = {
    data: data.description,
    trainingRows: data.train.length,
    trainingPositives: positives,
    selectionRows: data.select.length,
    model: `logistic regression, class-balanced${data.weights ? ` (${data.weightNote})` : ''}, NB-prior L2 (ε=${plan.nbEpsilon}) λ=${best.lambda}, char ${plan.config.minN}-${plan.config.maxN}-grams hashed to 2^${plan.config.bits}, full-batch L-BFGS (≤ ${MAX_ITERATIONS} iterations)`,
    thresholdRule: `highest selection macro-F1 with precision ≥ ${plan.minPrecision}${plan.balancedSelection ? ', both with the classes weighted equally' : ''}`,
    selectionMacroF1: Number(chosen.macroF1.toFixed(4)),
    selectionPrecision: Number(chosen.precision.toFixed(4)),
    selectionRecall: Number(chosen.recall.toFixed(4)),
    selectionMacroF1Unquantised: Number(best.f1.toFixed(4)),
  };
  log(`  chose λ=${best.lambda}; quantised + windows: threshold ${weights.threshold}, macro-F1 ${chosen.macroF1.toFixed(4)} (P ${chosen.precision.toFixed(3)}, R ${chosen.recall.toFixed(3)})`);
  return weights;
}

function moduleText(weights: ModelWeights): string {
  const { weights: data, ...meta } = weights;
  const name = `${weights.language}Weights`;
  return [
    '// GENERATED by `npm run train` (lib/model/train/run.ts): do not edit. See lib/model/README.md.',
    "import type { ModelWeights } from '../codec';",
    '',
    `export const ${name}: ModelWeights = ${JSON.stringify(meta, null, 2).replace(/\n}$/, ',')}`,
    `  weights:\n    '${data}',`,
    '};',
    '',
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const langIndex = args.indexOf('--lang');
  const languages: ModelLanguage[] = langIndex >= 0 ? [args[langIndex + 1] as ModelLanguage] : ['zh', 'en'];
  let differs = false;
  for (const language of languages) {
    if (!plans[language]) throw new Error(`Unknown language ${String(language)}`);
    const started = performance.now();
    const text = moduleText(trainLanguage(language));
    const file = path.join(here, '..', 'weights', `${language}.ts`);
    if (check) {
      let old = '';
      try {
        old = readFileSync(file, 'utf8');
      } catch {
        // missing: differs
      }
      const same = old === text;
      differs ||= !same;
      log(`${language}: ${same ? 'identical to' : 'DIFFERS from'} ${path.relative(process.cwd(), file)}`);
    } else {
      writeFileSync(file, text);
      log(`${language}: wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
    }
    log(`${language}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (differs) process.exit(1);
}

main();
