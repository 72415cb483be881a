import { SansiDb } from '@/lib/db/schema';

/** A fresh database per test, on fake-indexeddb. */
export function freshDb(prefix = 'test'): SansiDb {
  return new SansiDb(`${prefix}-${crypto.randomUUID()}`);
}
