/** How Dutch names a number of dwellings of a segment, for messages and the report's sentences. */
import { countText } from "../countText";

/** Dwelling nouns of the usual segments; another segment reads "woningen (segment)". */
const NOUNS: Readonly<Record<string, [string, string]>> = {
  "sociale huur": ["sociale huurwoning", "sociale huurwoningen"],
  middenhuur: ["middenhuurwoning", "middenhuurwoningen"],
  "vrije sector huur": ["vrijesectorhuurwoning", "vrijesectorhuurwoningen"],
  koop: ["koopwoning", "koopwoningen"],
};

/** "20 sociale huurwoningen", "1 koopwoning", "3 woningen (leegstand)". */
export function dwellingsOf(n: number, segment: string | null): string {
  const noun = segment === null ? undefined : NOUNS[segment.trim().toLocaleLowerCase("nl-NL")];
  if (noun) return countText(n, noun[0], noun[1]);
  return `${countText(n, "woning", "woningen")}${segment ? ` (${segment})` : ""}`;
}

