import type { StoredList } from '@/lib/core/records';
import { en, type MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '../i18n';

/** Shipped presets are named in the UI language; the user's lists keep the name they were given. */
export function listName(list: Pick<StoredList, 'id' | 'kind' | 'name'>, t: Translate): string {
  const key = `preset.${list.id}`;
  return list.kind === 'preset' && key in en ? t(key as MessageKey) : list.name;
}
