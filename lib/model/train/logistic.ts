// L2-regularised, class-weighted logistic regression over hashed n-gram counts, trained with
// full-batch L-BFGS: the optimum does not depend on a shuffling order, and every sum runs in
// document order, so training is bit-for-bit deterministic.
import { type FeatureConfig, Units, grams, normaliseUnits } from '../features';
import { minimise } from './lbfgs';

/** Documents as a sparse matrix of bucket occurrences, with each document's length scale. */
export interface Matrix {
  offsets: Int32Array;
  buckets: Int32Array;
  /** 1 / sqrt(n-gram count): the same length normalisation the scorer applies. */
  scale: Float64Array;
  rows: number;
}

export function featurise(texts: readonly string[], config: FeatureConfig): Matrix {
  const units = new Units();
  const out = { buckets: new Int32Array(1024), count: 0 };
  const parts: Int32Array[] = [];
  const offsets = new Int32Array(texts.length + 1);
  const scale = new Float64Array(texts.length);
  let total = 0;
  texts.forEach((text, i) => {
    grams(normaliseUnits(text, units), config, out);
    parts.push(out.buckets.slice(0, out.count));
    total += out.count;
    offsets[i + 1] = total;
    scale[i] = out.count === 0 ? 0 : 1 / Math.sqrt(out.count);
  });
  const buckets = new Int32Array(total);
  parts.forEach((part, i) => buckets.set(part, offsets[i]!));
  return { offsets, buckets, scale, rows: texts.length };
}

/** The raw score (log-odds) of each row; `w` holds the bucket weights, then the bias. */
export function margins(matrix: Matrix, w: Float64Array): Float64Array {
  const bias = w[w.length - 1]!;
  const out = new Float64Array(matrix.rows);
  const { offsets, buckets, scale } = matrix;
  for (let r = 0; r < matrix.rows; r++) {
    let sum = 0;
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++) sum += w[buckets[k]!]!;
    out[r] = bias + scale[r]! * sum;
  }
  return out;
}

export interface TrainOptions {
  /** L2 strength, relative to the mean loss. */
  lambda: number;
  maxIterations: number;
  /** Warm start (weights then bias); zeros when absent. */
  start?: Float64Array;
  /** Per-bucket multiplier of λ (see `nbPenalty`); 1 for every bucket when absent. */
  penalty?: Float64Array;
  /** Per-row weight in the loss, on top of class balancing; 1 for every row when absent. */
  rowWeights?: readonly number[];
  log?: (line: string) => void;
}

/**
 * An NB-SVM-style prior (Wang & Manning 2012) as a per-bucket L2 penalty: bucket j is
 * penalised by 1 / (r_j² + ε), where r_j is its log-count ratio between the classes (add-one
 * smoothed, counting the rows a bucket occurs in, weighted by `rowWeights`). Buckets that tell the classes apart are free
 * to take large weights; buckets as common in both classes are held near zero. The same as
 * fitting on features scaled by r and folding r back into the weights, so the result is still
 * one weight per bucket and the scorer does not change.
 */
export function nbPenalty(matrix: Matrix, labels: readonly boolean[], dim: number, epsilon: number, rowWeights?: readonly number[]): Float64Array {
  const pos = new Float64Array(dim).fill(1);
  const neg = new Float64Array(dim).fill(1);
  const { offsets, buckets } = matrix;
  const seen = new Int32Array(dim).fill(-1);
  for (let r = 0; r < matrix.rows; r++) {
    const counts = labels[r] ? pos : neg;
    const w = rowWeights ? rowWeights[r]! : 1;
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++) {
      const j = buckets[k]!;
      if (seen[j] === r) continue;
      seen[j] = r;
      counts[j] = counts[j]! + w;
    }
  }
  let sumPos = 0;
  let sumNeg = 0;
  for (let j = 0; j < dim; j++) {
    sumPos += pos[j]!;
    sumNeg += neg[j]!;
  }
  const penalty = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    const ratio = Math.log(pos[j]! / sumPos) - Math.log(neg[j]! / sumNeg);
    penalty[j] = 1 / (ratio * ratio + epsilon);
  }
  return penalty;
}

/**
 * Fits weights (one per bucket, then the bias) minimising the class-balanced, row-weighted mean
 * log loss plus λ/2 Σ penalty_j w_j² (the bias is not regularised).
 */
export function train(matrix: Matrix, labels: readonly boolean[], dim: number, options: TrainOptions): Float64Array {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  // Balanced classes: each class weighs half of the loss.
  const weightPos = labels.length / (2 * Math.max(1, positives));
  const weightNeg = labels.length / (2 * Math.max(1, negatives));
  const n = labels.length;
  const { offsets, buckets, scale } = matrix;
  const { penalty, rowWeights } = options;
  // The loss is a weighted mean: divide by the total weight (n when every row weighs 1).
  let total = 0;
  for (let r = 0; r < n; r++) total += (labels[r] ? weightPos : weightNeg) * (rowWeights ? rowWeights[r]! : 1);
  const z = new Float64Array(n);
  const objective = (w: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    const bias = w[dim]!;
    let loss = 0;
    let gBias = 0;
    for (let r = 0; r < n; r++) {
      let sum = 0;
      for (let k = offsets[r]!; k < offsets[r + 1]!; k++) sum += w[buckets[k]!]!;
      const m = bias + scale[r]! * sum;
      z[r] = m;
      const y = labels[r]!;
      const c = (y ? weightPos : weightNeg) * (rowWeights ? rowWeights[r]! : 1);
      // softplus(-m) for y = 1, softplus(m) for y = 0, computed stably.
      const t = y ? -m : m;
      loss += c * (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));
      const p = m >= 0 ? 1 / (1 + Math.exp(-m)) : Math.exp(m) / (1 + Math.exp(m));
      const e = (c * (p - (y ? 1 : 0))) / total;
      gBias += e;
      const es = e * scale[r]!;
      for (let k = offsets[r]!; k < offsets[r + 1]!; k++) grad[buckets[k]!] = grad[buckets[k]!]! + es;
    }
    loss /= total;
    let reg = 0;
    for (let j = 0; j < dim; j++) {
      const wj = w[j]!;
      const pj = penalty ? penalty[j]! : 1;
      reg += pj * wj * wj;
      grad[j] = grad[j]! + options.lambda * pj * wj;
    }
    grad[dim] = gBias;
    return loss + 0.5 * options.lambda * reg;
  };
  return minimise(objective, options.start ?? new Float64Array(dim + 1), {
    memory: 10,
    maxIterations: options.maxIterations,
    tolerance: 1e-7,
    log: options.log,
  });
}
