import { SansiDb } from './schema';

/** The shared database of the extension origin. Never import this from a content script. */
export const db = new SansiDb();
