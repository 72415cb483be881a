// Shapes: a runtime check and its TypeScript type from one definition, so a message's payload
// is stated once (messages.ts). Objects are exact: a key the shape does not name (a stray
// `text`, a forged `host`) fails the check, since payloads from content scripts must never
// carry more than ids and counts.

export interface Shape<T> {
  readonly is: (value: unknown) => value is T;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

const shape = <T>(is: (value: unknown) => boolean): Shape<T> => ({ is: is as (value: unknown) => value is T });

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const boolean: Shape<boolean> = shape((value) => typeof value === 'boolean');

export const string = (test: (text: string) => boolean = () => true): Shape<string> => shape((value) => typeof value === 'string' && test(value));

export const number = (test: (value: number) => boolean = Number.isFinite): Shape<number> => shape((value) => typeof value === 'number' && test(value));

/** One of a fixed set of strings or numbers. */
export const oneOf = <const L extends readonly (string | number)[]>(values: L): Shape<L[number]> => shape((value) => values.includes(value as L[number]));

export const array = <T>(item: Shape<T>, maxLength: number): Shape<T[]> =>
  shape((value) => Array.isArray(value) && value.length <= maxLength && value.every((element) => item.is(element)));

type Props = Record<string, Shape<unknown>>;
type ObjectOf<P extends Props> = { [K in keyof P]: Infer<P[K]> };

/** An object with exactly these keys, each of its shape; `refine` checks how the values relate. */
export function object<P extends Props>(props: P, refine: (value: ObjectOf<P>) => boolean = () => true): Shape<ObjectOf<P>> {
  const keys = Object.keys(props);
  return shape((value) => {
    if (!isRecord(value)) return false;
    const actual = Object.keys(value);
    if (actual.length !== keys.length || !keys.every((key) => Object.hasOwn(value, key) && props[key]!.is(value[key]))) return false;
    return refine(value as ObjectOf<P>);
  });
}

export const union = <S extends readonly Shape<unknown>[]>(...shapes: S): Shape<Infer<S[number]>> => shape((value) => shapes.some((option) => option.is(value)));

/** A shape from a type guard written elsewhere (the norms format's own validation). */
export const guarded = <T>(is: (value: unknown) => value is T): Shape<T> => ({ is });

/** No payload: exactly `{}`. */
export const empty: Shape<Record<string, never>> = object({});

/** Exactly this string. */
export const literal = <const L extends string>(value: L): Shape<L> => shape((candidate) => candidate === value);
