/**
 * Records keyed by the user's own labels (segments, areas, categories): objects without a prototype. In a plain `{}`,
 * a segment named "__proto__" would set the object's prototype instead of a key, and "constructor" or "toString" would
 * read as functions that are not there. Prefer a Map where a record is not part of a public shape.
 */
export function labelRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of a label record (own keys only, "__proto__" included). */
export function copyLabelRecord<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out = labelRecord<T>();
  for (const key of Object.keys(source)) out[key] = source[key];
  return out;
}
