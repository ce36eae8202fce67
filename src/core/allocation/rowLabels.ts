/** Row labels: the sheet row numbers the adapter found, or positions 1..n within the range when it found none. */
export function positionLabels(length: number): string[] {
  return Array.from({ length }, (_, i) => String(i + 1));
}

export function labelsOrPositions(labels: readonly string[] | null | undefined, length: number): readonly string[] {
  return labels && labels.length === length ? labels : positionLabels(length);
}
