/** What the parental lock looks like from outside the background. */
export interface LockStatus {
  /** A parent set a PIN. */
  enabled: boolean;
  /** Epoch ms until which settings may change; 0 when locked. */
  unlockedUntil: number;
  /** Ms until a PIN may be tried again; 0 when it may be tried now. */
  retryAfterMs: number;
  /**
   * When parent mode was last reset ("forgot PIN", or its lock found missing from storage),
   * until a parent acknowledges it with the PIN; null when there is nothing to tell.
   */
  resetAt: number | null;
  /** The reset was not made through Sansi: the stored lock vanished while parent mode was on. */
  tampered: boolean;
}

export type UnlockResult = { ok: true; unlockedUntil: number } | { ok: false; retryAfterMs: number; failures: number };
