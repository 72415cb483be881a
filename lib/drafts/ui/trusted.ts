/**
 * Only the person at the keyboard drives Sansi: a handler wrapped in this ignores events the
 * page made (`dispatchEvent`, `click()`, a synthetic `input` after setting a value), which
 * could otherwise wake Sansi, record outcomes or press Sansi's buttons for the user.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
