/**
 * A request Sansi declines, with a reason meant for the person who asked (a bad import, a locked
 * setting). Anything else thrown while handling a request is a bug and stays a bug.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
