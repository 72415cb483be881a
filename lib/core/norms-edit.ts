import type { NormEntry } from '../norms/format';

/** One change to the user's norms, as the options page asks for it. */
export type NormsEdit =
  | { op: 'addTerm'; listId: string; term: NormEntry }
  | { op: 'updateTerm'; listId: string; term: NormEntry }
  | { op: 'setTermEnabled'; listId: string; termId: string; enabled: boolean }
  | { op: 'deleteTerm'; listId: string; termId: string }
  | { op: 'addAllow'; listId: string; phrase: string }
  | { op: 'deleteAllow'; listId: string; phrase: string }
  | { op: 'setListActive'; listId: string; active: boolean }
  | { op: 'deleteList'; listId: string };
