import { SmartDetection } from '../checking/smart-detection';
import type { Feature } from './context';

/**
 * Smart detection: where no norm matched, the on-device model's draft-level nudge once typing
 * pauses. It never holds a send.
 */
export const smartNudge: Feature = {
  name: 'smart nudge',
  start(ctx, signal) {
    const smart = new SmartDetection({
      signal,
      drafts: ctx.drafts,
      overlay: ctx.overlay,
      onNudge: (field, showing) => ctx.emit('nudged', field, showing),
      allowHere: () => ctx.services.allowModelHere(),
      load: () => ctx.services.loadScorer(),
      verdict: (text, score) => ctx.lists.modelVerdict(text, score),
      guard: ctx.guard,
    });
    ctx.on('config', (config) => smart.setEnabled(config.enabled && config.smartDetection));
    ctx.on('checked', (field, text, matches) => smart.checked(field, text, matches));
    ctx.on('layout', () => smart.redraw());
  },
};
