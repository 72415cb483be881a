// Binary classification scores for "the text has at least one match" against a dataset label.

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Scores extends Confusion {
  n: number;
  /** Share of label-1 rows in the data. */
  positiveRate: number;
  precision: number;
  recall: number;
  f1: number;
  /** Mean of the F1 of label 1 and the F1 of label 0 (the figure papers on COLD and OLID report). */
  macroF1: number;
  /** Matthews correlation coefficient, -1..1; 0 when undefined (a constant prediction). */
  mcc: number;
  /** Share of all rows the list flags. */
  flagRate: number;
}

export function confusion(labels: readonly boolean[], flagged: readonly boolean[]): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  labels.forEach((positive, i) => {
    const flag = flagged[i] ?? false;
    if (flag && positive) c.tp++;
    else if (flag) c.fp++;
    else if (positive) c.fn++;
    else c.tn++;
  });
  return c;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scores(c: Confusion): Scores {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const denominator = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return {
    ...c,
    n,
    positiveRate: ratio(c.tp + c.fn, n),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    macroF1: (ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn) + ratio(2 * c.tn, 2 * c.tn + c.fn + c.fp)) / 2,
    mcc: ratio(c.tp * c.tn - c.fp * c.fn, denominator),
    flagRate: ratio(c.tp + c.fp, n),
  };
}
