// Every message's handler, from one file per area. The type makes the registry complete: a
// message defined in lib/messaging/messages.ts without a handler here does not compile.
import type { MessageType } from '../messaging/protocol';
import { draftHandlers } from './areas/drafts';
import { habitsHandlers } from './areas/habits';
import { lockHandlers } from './areas/lock';
import { normsHandlers } from './areas/norms';
import { settingsHandlers } from './areas/settings';
import type { Handler } from './deps';

export const areas = { drafts: draftHandlers, settings: settingsHandlers, norms: normsHandlers, habits: habitsHandlers, lock: lockHandlers } as const;

export const handlers: { [T in MessageType]: Handler<T> } = { ...draftHandlers, ...settingsHandlers, ...normsHandlers, ...habitsHandlers, ...lockHandlers };
