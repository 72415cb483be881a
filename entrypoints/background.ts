import { startBackground } from '@/lib/background/start';
import { db } from '@/lib/db/instance';
import { defaultPresetIds, presets } from '@/lib/norms/presets';

export default defineBackground(() => {
  startBackground(db, Object.values(presets), defaultPresetIds);
});
