import { card } from './card';
import type { Feature } from './context';
import { highlight } from './highlight';
import { outcomes } from './outcomes';
import { pauseOnSend } from './pause-on-send';
import { smartNudge } from './smart-nudge';

/**
 * Everything Sansi does in a page. Each hears the page's events in this order: outcomes last,
 * so a draft's record follows what the others made of the same event (a draft the page took
 * on a plain Enter was sent, not given up).
 */
export const features: readonly Feature[] = [highlight, card, smartNudge, pauseOnSend, outcomes];
