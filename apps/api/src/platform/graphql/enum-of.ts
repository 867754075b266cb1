/** A `{ VALUE: 'VALUE' }` object for registerEnumType, from a const list of values. */
export function enumOf<T extends string>(values: readonly T[]): { [V in T]: V } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };
}
