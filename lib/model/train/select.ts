// Threshold selection on held-out data: the highest macro-F1 among the thresholds that keep
// precision at or above a floor (the nudge must rarely be wrong), or, if none does, the most
// precise threshold.
//
// With `balanced`, precision and macro-F1 are measured with the two classes weighted equally
// (as if the selection data were half abusive), so the threshold does not follow the selection
// data's class mix: the English selection rows are 59 % abusive, a live stream of drafts far
// less. Recall is unaffected by the weighting. (COLD dev is 50 % abusive: zh uses plain counts.)

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

/**
 * Considers every distinct score as a threshold (`score >= threshold` flags). `balanced`:
 * weigh the classes equally.
 */
export function chooseThreshold(labels: readonly boolean[], scores: readonly number[], minPrecision: number, balanced = false): Chosen {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  // Balanced: each positive row counts 1 / positives, each negative 1 / negatives.
  const wPos = balanced ? 1 / Math.max(1, positives) : 1;
  const wNeg = balanced ? 1 / Math.max(1, negatives) : 1;
  const totalPos = positives * wPos;
  const totalNeg = negatives * wNeg;
  let tp = 0;
  let fp = 0;
  let flaggedPositives = 0;
  let best: Chosen | undefined;
  let mostPrecise: Chosen | undefined;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (labels[i]) {
      tp += wPos;
      flaggedPositives++;
    } else fp += wNeg;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue; // ties flag together
    const c: Chosen = {
      threshold: scores[i]!,
      precision: tp / (tp + fp),
      recall: tp / Math.max(wPos, totalPos),
      macroF1: macroF1(tp, fp, totalNeg - fp, totalPos - tp),
    };
    if (c.precision >= minPrecision && (!best || c.macroF1 > best.macroF1)) best = c;
    if (flaggedPositives >= 10 && (!mostPrecise || c.precision > mostPrecise.precision)) mostPrecise = c;
  }
  const chosen = best ?? mostPrecise;
  if (!chosen) throw new Error('no threshold: empty selection data');
  return chosen;
}
