/**
 * Shared bits of the two SVG charts: Dutch number formatting, a colour per series from Fluent's palette tokens (CSS
 * variables, so they follow the theme), and the text colour that stays readable on each fill.
 */
import { tokens } from "@fluentui/react-components";

const percentFormat = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
const percentFormatPrecise = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const numberFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3 });

/** 0.355 → "36%"; non-finite values → "—". */
export function formatPercent(value: number, precise = false): string {
  if (!Number.isFinite(value)) return "—";
  return (precise ? percentFormatPrecise : percentFormat).format(value);
}

/** 0.1234 → "0,123"; non-finite values → "—". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return numberFormat.format(value);
}

export interface SeriesColour {
  fill: string;
  /** Text drawn on top of the fill. */
  text: string;
}

const PALETTE: SeriesColour[] = [
  { fill: tokens.colorPaletteNavyBorderActive, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteTealBorderActive, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteMarigoldBorderActive, text: tokens.colorNeutralForeground1 },
  { fill: tokens.colorPaletteBerryBorderActive, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteSteelBorderActive, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteGrapeBorderActive, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteDarkOrangeBorderActive, text: tokens.colorNeutralForeground1 },
];

/** Segment names keep their colour whatever order the series come in. */
/** A Map: a segment named "constructor" or "__proto__" is a name like any other, not an Object property. */
const BY_NAME = new Map<string, number>([["sociale huur", 0], ["middenhuur", 1], ["vrije sector huur", 2], ["vrije sector", 2], ["koop", 3]]);

export function seriesColours(names: readonly string[]): SeriesColour[] {
  const taken = new Set<number>();
  const fixed = names.map((name) => {
    const index = BY_NAME.get(name.trim().toLowerCase());
    if (index === undefined || taken.has(index)) return undefined;
    taken.add(index);
    return index;
  });
  let next = 0;
  return fixed.map((index) => {
    if (index !== undefined) return PALETTE[index];
    while (taken.has(next % PALETTE.length) && taken.size < PALETTE.length) next++;
    const chosen = next % PALETTE.length;
    taken.add(chosen);
    next++;
    return PALETTE[chosen];
  });
}
