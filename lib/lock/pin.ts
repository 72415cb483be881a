// A parent's PIN is never stored: only a salted PBKDF2-SHA-256 hash made with WebCrypto, which
// runs in the service worker and in Node alike.

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600k; 210k keeps an unlock under ~0.3 s on a slow laptop while staying above the required 200k. */
export const PBKDF2_ITERATIONS = 210_000;

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

/** Why a PIN a parent chose can't be used, or null when it can. */
export function pinProblem(pin: string): 'pin.tooShort' | 'pin.notDigits' | null {
  if (!/^\d*$/.test(pin)) return 'pin.notDigits';
  if (pin.length < 4 || pin.length > 12) return 'pin.tooShort';
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
