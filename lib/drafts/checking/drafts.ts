import type { Match, Severity } from '../../matcher/types';
import { accessFor, type FieldAccess } from '../fields/field-access';
import type { DraftField } from '../fields/fields';
import { visibleBox } from '../fields/geometry';
import type { Overlay } from '../ui/overlay';
import type { PageFlag } from './lists-check';

/** What finds the flags in a draft: the page's lists check (`judge`), or a bare matcher. */
export interface FindFlags {
  findAll(text: string): PageFlag[];
}

// Past this many flags in one field, drawing more helps nobody and costs layout time (a 1 MB
// paste of abuse would otherwise measure thousands of ranges on every frame).
const MAX_DRAWN = 200;

// Past this length a check is no longer cheap enough for every frame (reading, matching and
// laying out a 100k-character draft takes tens of milliseconds): wait for a pause in typing.
const LARGE_TEXT = 100_000;

/** The user-timing mark set after each check (bench:e2e measures keystroke → highlight by it). */
export const CHECKED_MARK = 'sansi:checked';

interface FieldState {
  access: FieldAccess;
  text: string;
  matches: PageFlag[];
}

export interface DraftsOptions {
  overlay: () => Overlay;
  /** Called after each check with the field's current matches. */
  onChecked: (field: DraftField, text: string, matches: readonly Match[]) => void;
}

/**
 * What Sansi knows about each field the user wrote in: its text as last read, its matches,
 * and how to reach its characters on screen. Checking reads the field, runs the matcher and
 * redraws; it never writes to the field.
 */
export class Drafts {
  private readonly states = new Map<DraftField, FieldState>();
  private matcher: () => FindFlags | null = () => null;

  constructor(private readonly options: DraftsOptions) {}

  /**
   * A new matcher (or none, when Sansi is off here): every known field is checked again. A
   * function, so the matcher is built only when a draft first needs it: on a page where nobody
   * writes, Sansi never compiles its lists.
   */
  setMatcher(matcher: () => FindFlags | null): void {
    this.matcher = matcher;
    for (const field of this.states.keys()) this.check(field);
  }

  check(field: DraftField): void {
    const state = this.stateOf(field);
    if (!field.isConnected) {
      this.forget(field);
      return;
    }
    state.text = state.access.read();
    state.access.remember();
    const matcher = state.text === '' ? null : this.matcher();
    state.matches = matcher ? matcher.findAll(state.text) : [];
    this.draw(field, state);
    this.options.onChecked(field, state.text, state.matches);
    // For bench:e2e: the moment a check's highlights are in place (observers see the entry; the
    // page's timeline keeps none).
    performance.mark(CHECKED_MARK);
    performance.clearMarks(CHECKED_MARK);
  }

  /** Redraws every field's flags where their characters are now, without reading text again. */
  redraw(): void {
    for (const [field, state] of this.states) {
      if (!field.isConnected) this.forget(field);
      else if (state.matches.length > 0) this.draw(field, state);
    }
  }

  stateOf(field: DraftField): FieldState {
    let state = this.states.get(field);
    if (!state) {
      state = { access: accessFor(field, () => this.options.overlay().scratchArea()), text: '', matches: [] };
      this.states.set(field, state);
    }
    return state;
  }

  /** Whether the field's draft was long at its last check (checks then wait for a pause). */
  isLarge(field: DraftField): boolean {
    return (this.states.get(field)?.text.length ?? 0) > LARGE_TEXT;
  }

  matchesOf(field: DraftField): readonly Match[] {
    return this.states.get(field)?.matches ?? [];
  }

  /** The fields the user has written in, in the order they started. */
  fields(): DraftField[] {
    return [...this.states.keys()];
  }

  /**
   * Whether a send from this field should pause: a flag at or above the threshold (as `judge`
   * decides `pause`: untargeted wording, shown only on request, never pauses).
   */
  atOrAbove(field: DraftField, threshold: Severity): Match[] {
    return (this.states.get(field)?.matches ?? []).filter((match) => match.severity >= threshold && !match.untargeted);
  }

  private draw(field: DraftField, state: FieldState): void {
    if (state.matches.length === 0) {
      this.options.overlay().clear(field);
      return;
    }
    const shown = state.matches.slice(0, MAX_DRAWN);
    const rects = state.access.rects(shown);
    this.options.overlay().render(
      field,
      shown.map((match, index) => ({ match, rects: rects[index] ?? [] })),
      visibleBox(field),
    );
  }

  private forget(field: DraftField): void {
    this.states.get(field)?.access.release();
    this.states.delete(field);
    this.options.overlay().clear(field);
  }
}
