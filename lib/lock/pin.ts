// A parent's PIN or passphrase is never stored: only a salted PBKDF2-SHA-256 hash made with
// WebCrypto, which runs in the service worker and in Node alike.

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256. An unlock on this project's two-core test machine
 * derives it in about 0.3 s (Node's WebCrypto, under load), inside the 1 s an unlock may take.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** A PIN of digits only is at least this long; anything with another character is a passphrase. */
export const MIN_PIN_DIGITS = 4;
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_SECRET_LENGTH = 64;

export interface PinRecord {
  /** Base64 of 16 random bytes. */
  salt: string;
  /** Base64 of the 256-bit derived key. */
  hash: string;
  iterations: number;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/**
 * Why a PIN or passphrase a parent chose can't be used, or null when it can: 4 digits or more,
 * or 8 characters or more of anything, at most 64.
 */
export function pinProblem(pin: string): 'pin.tooShort' | 'pin.tooLong' | null {
  if ([...pin].length > MAX_SECRET_LENGTH) return 'pin.tooLong';
  const digitsOnly = /^\d*$/.test(pin);
  if (digitsOnly ? pin.length < MIN_PIN_DIGITS : [...pin].length < MIN_PASSPHRASE_LENGTH) return 'pin.tooShort';
  return null;
}

export async function hashPin(pin: string, iterations = PBKDF2_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

/** Compares in constant time, so timing can't tell how much of a guess was right. */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const actual = await derive(pin, fromBase64(record.salt), record.iterations);
  const expected = fromBase64(record.hash);
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ (expected[i] ?? 0);
  return difference === 0;
}

/** A hash made with fewer iterations than today's (an older Sansi's 210,000) is remade at the next unlock. */
export function needsRehash(record: PinRecord): boolean {
  return record.iterations < PBKDF2_ITERATIONS;
}
