/**
 * Looking up one norm for one calendar year: the user's override for that (name, year) when there is one, otherwise the
 * built-in table. Never another year's value: a year outside the table is #N/A ("geen normen bekend voor <jaar>"), and
 * so is a year the table knows but this norm has no value for.
 */
import { messages } from "../messages";
import { findNorm, suggestNormNames } from "./names";
import { normsTable } from "./table";
import type { NormConfidence } from "./types";

export interface NormOverride {
  name: string;
  year: number;
  value: number;
  source?: string;
  /** Row of the override within the `normen` range (1-based, counting a header row), for messages. */
  sheetRow?: number;
}

export interface ResolvedNorm {
  /** Canonical name. */
  name: string;
  year: number;
  value: number;
  source: string;
  /** ISO date from which the value applies. */
  appliesFrom: string;
  overridden: boolean;
  /** How sure the built-in value is (see types.ts); "override" for a value from the user's `normen` range. */
  confidence: NormConfidence | "override";
}

/** Every year the built-in table has at least one value for, ascending. */
export function knownNormYears(): number[] {
  const years = new Set<number>();
  for (const entry of normsTable) for (const v of entry.values) years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

function overrideSource(override: NormOverride): string {
  if (override.source && override.source.trim() !== "") return override.source.trim();
  return override.sheetRow !== undefined
    ? `opgegeven in het bereik 'normen' (rij ${override.sheetRow})`
    : "opgegeven in het bereik 'normen'";
}

/**
 * The value of norm `name` (matched ignoring case, spaces, hyphens, underscores) for calendar year `year`.
 * Throws MengError #N/A for an unknown name, an unknown year, or a year this norm has no value for; #VALUE! for a year
 * that is not a whole number. An override for (name, year) wins, also for years outside the table, and sets
 * `overridden: true`.
 */
export function resolveNorm(name: string, year: number, overrides?: readonly NormOverride[] | null): ResolvedNorm {
  const entry = findNorm(name);
  if (!entry) throw messages.norms.unknownName(name, suggestNormNames(name));
  if (!Number.isInteger(year)) throw messages.norms.badYear("jaar", year);
  const builtIn = entry.values.find((v) => v.year === year);

  // An override written under an alias ("liberalisatiegrens") overrides the canonical norm ("huurgrens").
  const override = overrides?.find((o) => o.year === year && findNorm(o.name) === entry);
  if (override) {
    return {
      name: entry.name,
      year,
      value: override.value,
      source: overrideSource(override),
      appliesFrom: builtIn ? builtIn.appliesFrom : `${year}-01-01`,
      overridden: true,
      confidence: "override",
    };
  }

  if (builtIn) {
    return {
      name: entry.name,
      year,
      value: builtIn.value,
      source: builtIn.source,
      appliesFrom: builtIn.appliesFrom,
      overridden: false,
      confidence: builtIn.confidence,
    };
  }
  const years = knownNormYears();
  if (!years.includes(year)) throw messages.norms.unknownYear(year, years);
  throw messages.norms.valueMissingForYear(entry.name, year, entry.values.map((v) => v.year));
}

/**
 * Like resolveNorm, but `undefined` instead of #N/A when the year is known yet this norm has no value for it (e.g. the
 * WWS point boundaries before the Wet betaalbare huur). Unknown names and unknown years still throw.
 */
export function resolveNormIfDefined(name: string, year: number, overrides?: readonly NormOverride[] | null): ResolvedNorm | undefined {
  const entry = findNorm(name);
  if (!entry) throw messages.norms.unknownName(name, suggestNormNames(name));
  const hasOverride = overrides?.some((o) => o.year === year && findNorm(o.name) === entry) ?? false;
  const hasBuiltIn = entry.values.some((v) => v.year === year);
  if (!hasOverride && !hasBuiltIn && knownNormYears().includes(year)) return undefined;
  return resolveNorm(name, year, overrides);
}

/** How sure a resolved value is, in Dutch, for a result that shows it next to its outcome (MENG.BETAALBAREKOOP, the report). */
export function describeCertainty(norm: ResolvedNorm): string {
  switch (norm.confidence) {
    case "override":
      return `eigen waarde: ${norm.source}`;
    case "confirmed":
      return "bevestigd in een officiële bron";
    case "secondary":
      return "alleen in secundaire bronnen gevonden; controleer dit";
    case "unconfirmed":
      return `ONBEVESTIGD: ${norm.name} ${norm.year} niet in een officiële bron gevonden; controleer dit of geef uw waarde op in 'normen'`;
  }
}
