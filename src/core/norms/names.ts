/**
 * Matching norm names as users type them: case, spaces, hyphens and underscores do not count ("Aftoppingsgrens-Laag",
 * "aftoppingsgrens_laag" and "AFTOPPINGSGRENS LAAG" are the same norm). A norm's aliases (an older name, such as
 * "liberalisatiegrens" for the huurgrens) find the same entry. Unknown names get close suggestions.
 */
import { normsTable, type NormTableEntry } from "./table";

export function normalizeNormName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_]+/g, "");
}

const byKey: ReadonlyMap<string, NormTableEntry> = new Map(
  normsTable.flatMap((entry) => [entry.name, ...(entry.aliases ?? []).map((a) => a.name)].map((name) => [normalizeNormName(name), entry] as const)),
);

/** The table entry for a name as typed (canonical name or alias), or undefined. */
export function findNorm(name: string): NormTableEntry | undefined {
  return byKey.get(normalizeNormName(name));
}

/** All canonical names, in table order. */
export function normNames(): string[] {
  return normsTable.map((entry) => entry.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Up to three canonical names close to what was typed: names that contain it or are contained in it, then names within
 * a few edits (at most a third of the typed length). Empty when nothing is close.
 */
export function suggestNormNames(name: string): string[] {
  const key = normalizeNormName(name);
  if (key === "") return [];
  const scored = normsTable
    .map((entry) => {
      const score = Math.min(
        ...[entry.name, ...(entry.aliases ?? []).map((a) => a.name)].map((name) => {
          const candidate = normalizeNormName(name);
          return candidate.includes(key) || key.includes(candidate) ? 0 : editDistance(key, candidate);
        }),
      );
      return { name: entry.name, score };
    })
    .filter((item) => item.score === 0 || item.score <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.score - b.score);
  return scored.slice(0, 3).map((item) => item.name);
}
