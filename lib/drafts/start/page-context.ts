import type { Feature, PageContext, PageEventName, PageEvents } from '../features/context';

/** What all features share; each gets it with its own `on` and `guard`. */
export type SharedPage = Omit<PageContext, 'on' | 'emit' | 'guard'>;

type Listener = (...args: never[]) => void;

/** The page's events, delivered in the order features were started, synchronously. */
export class PageEventHub {
  private readonly listeners = new Map<PageEventName, Listener[]>();

  on<K extends PageEventName>(type: K, listener: (...args: PageEvents[K]) => void): void {
    const list = this.listeners.get(type) ?? [];
    list.push(listener as Listener);
    this.listeners.set(type, list);
  }

  emit<K extends PageEventName>(type: K, ...args: PageEvents[K]): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (...a: PageEvents[K]) => void)(...args);
  }
}

/**
 * A handler wrapper that keeps errors in Sansi: the page never sees them. The first one of
 * each feature is logged (so it is found and fixed, and e2e tests fail on it); the feature
 * stays up and takes the next event as usual.
 */
export function errorGuard(name: string, log: (message: string, error: unknown) => void = defaultLog): PageContext['guard'] {
  let logged = false;
  function guard<A extends unknown[], R>(handler: (...args: A) => R, fallback?: R): (...args: A) => R | undefined {
    return (...args: A) => {
      try {
        return handler(...args);
      } catch (error) {
        if (!logged) {
          logged = true;
          log(`Sansi: ${name} failed and carries on with the next edit.`, error);
        }
        return fallback;
      }
    };
  }
  return guard as PageContext['guard'];
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}

/** Starts each feature with its own context; one that throws while starting leaves the others running. */
export function startFeatures(features: readonly Feature[], shared: SharedPage, hub: PageEventHub, signal: AbortSignal): void {
  for (const feature of features) {
    const guard = errorGuard(feature.name);
    const ctx: PageContext = {
      ...shared,
      on: (type, listener) => hub.on(type, guard(listener)),
      emit: (type, ...args) => hub.emit(type, ...args),
      guard,
    };
    guard(() => feature.start(ctx, signal))();
  }
}
