// Threshold selection on held-out data: the highest macro-F1 among the thresholds that keep
// precision at or above a floor (the nudge must rarely be wrong), or, if none does, the most
// precise threshold.

export interface Chosen {
  threshold: number;
  precision: number;
  recall: number;
  macroF1: number;
}

export function macroF1(tp: number, fp: number, tn: number, fn: number): number {
  const f = (a: number, b: number, c: number): number => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

/** Considers every distinct score as a threshold (`score >= threshold` flags). */
export function chooseThreshold(labels: readonly boolean[], scores: readonly number[], minPrecision: number): Chosen {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  let tp = 0;
  let fp = 0;
  let best: Chosen | undefined;
  let mostPrecise: Chosen | undefined;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (labels[i]) tp++;
    else fp++;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue; // ties flag together
    const c: Chosen = {
      threshold: scores[i]!,
      precision: tp / (tp + fp),
      recall: tp / Math.max(1, positives),
      macroF1: macroF1(tp, fp, negatives - fp, positives - tp),
    };
    if (c.precision >= minPrecision && (!best || c.macroF1 > best.macroF1)) best = c;
    if (tp >= 10 && (!mostPrecise || c.precision > mostPrecise.precision)) mostPrecise = c;
  }
  const chosen = best ?? mostPrecise;
  if (!chosen) throw new Error('no threshold: empty selection data');
  return chosen;
}
