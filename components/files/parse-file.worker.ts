import { importNormsFile } from '@/lib/norms/import-file';

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; fileName: string }>) => {
  self.postMessage(importNormsFile(event.data.bytes, event.data.fileName));
};
