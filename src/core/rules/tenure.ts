/**
 * Reading the `eigendom` column of a stock sheet: is the dwelling owner-occupied (koop) or rented? The words are the
 * core's one ownership vocabulary (src/core/readers/vocabulary.ts, listed in docs/waarden.md); a user's value mapping
 * comes first (readOwnershipCell). Unknown words fail loudly rather than being taken for rent.
 */
import { messages } from "../messages";
import { readOwnershipCell } from "../readers/fieldReaders";
import { EMPTY_LOOKUP, type ValueLookup } from "../readers/valueMap";
import { OWNER_OCCUPIED_WORDS } from "../readers/vocabulary";

export { OWNER_OCCUPIED_WORDS, RENTED_WORDS } from "../readers/vocabulary";

export type Tenure = "koop" | "huur";

/**
 * The tenure in one cell: a mapped or built-in word; WAAR (in eigendom) → koop, ONWAAR → huur; blank → null (treated
 * as rented by the caller). Other values are #VALUE! naming the known words; a value the user mapped to "overslaan" is
 * #N/A. "particulier" on its own is deliberately not read: it may mean a private landlord.
 */
export function parseTenure(value: unknown, lookup: ValueLookup = EMPTY_LOOKUP): Tenure | null {
  const reading = readOwnershipCell(value, lookup);
  switch (reading.kind) {
    case "blank":
      return null;
    case "value":
      return reading.value;
    case "skip":
      throw messages.rows.skippedOwnership(reading.text);
    case "unknown":
      throw messages.rows.unknownOwnership(reading.text, OWNER_OCCUPIED_WORDS);
  }
}
