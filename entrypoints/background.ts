import { startBackground } from '@/lib/background/start';
import { db } from '@/lib/db/instance';
import type { NormsList } from '@/lib/norms/format';
import { defaultPresetIds, presets } from '@/lib/norms/presets';

export default defineBackground(() => {
  // TODO(lead): drop the cast once presets are NormsList.
  startBackground(db, Object.values(presets) as unknown as NormsList[], defaultPresetIds);
});
