// Limited-memory BFGS with a backtracking (Armijo) line search. Deterministic: no randomness,
// and every sum runs in index order, so the same inputs give the same bits.

export interface Objective {
  /** Returns f(x) and writes ∇f(x) into `grad`. */
  (x: Float64Array, grad: Float64Array): number;
}

export interface LbfgsOptions {
  memory: number;
  maxIterations: number;
  /** Stop when |f_{k-1} - f_k| ≤ tolerance · max(1, |f_k|). */
  tolerance: number;
  log?: (line: string) => void;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function minimise(f: Objective, x0: Float64Array, options: LbfgsOptions): Float64Array {
  const n = x0.length;
  const m = options.memory;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const d = new Float64Array(n);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  for (let iter = 0; iter < options.maxIterations; iter++) {
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let k = s.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(s[k]!, d);
      alpha[k] = a;
      const yk = y[k]!;
      for (let i = 0; i < n; i++) d[i] = d[i]! - a * yk[i]!;
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let i = 0; i < n; i++) d[i] = d[i]! * gamma;
    } else {
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) d[i] = d[i]! / Math.max(norm, 1);
    }
    for (let k = 0; k < s.length; k++) {
      const b = rho[k]! * dot(y[k]!, d);
      const sk = s[k]!;
      const a = alpha[k]!;
      for (let i = 0; i < n; i++) d[i] = d[i]! + (a - b) * sk[i]!;
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = 0;
    for (let tries = 0; ; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope || tries >= 30) break;
      step *= 0.5;
    }
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNew[i]! - x[i]!;
      yk[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const change = Math.abs(fx - fNew);
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    fx = fNew;
    if (options.log && (iter % 25 === 0)) options.log(`  iter ${iter} f=${fx.toFixed(6)}`);
    if (change <= options.tolerance * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}
