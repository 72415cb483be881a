/**
 * A message the background declines, with a reason meant for the person who asked (a bad
 * import, a locked setting). Anything else thrown by a handler is a bug and stays a bug.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
