import { importNormsFile } from '@/lib/norms/import-file';
import type { ImportResult } from '@/lib/norms/import-result';

/**
 * Parses a chosen file off the main thread, so a 50k-term list never freezes the page. Where
 * workers are missing (jsdom in component tests) it parses in place.
 */
export function parseNormsFile(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(importNormsFile(bytes, fileName));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage({ bytes, fileName }, [bytes.buffer]);
  });
}
