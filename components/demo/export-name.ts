import type { NormsList } from '@/lib/norms/format';

/**
 * The file name an exported list gets: its name, as letters and digits joined by dashes
 * ("7B class list" → "7b-class-list.sansi-norms.json", "课堂 Classroom" →
 * "课堂-classroom.sansi-norms.json"), so a student who is handed it knows what it is.
 */
export function exportFileName(list: Pick<NormsList, 'id' | 'name'>): string {
  const fromName = list.name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `${fromName || list.id}.sansi-norms.json`;
}
