/**
 * Veerkracht points from a nuisance measure and two thresholds chosen by the user (rules.md §7): at or below the low
 * threshold → 1 point, at or below the high threshold → 2, above it → 3 (most concern). Equal thresholds are allowed
 * (then 2 points never occur); a low threshold above the high one is an input error.
 */
import { messages } from "../messages";
import type { VitalityPoints } from "./points";

export function resiliencePoints(nuisance: number, low: number, high: number): VitalityPoints {
  if (!Number.isFinite(nuisance)) throw messages.vitality.badMeasure("overlastmaat", nuisance);
  if (!Number.isFinite(low)) throw messages.vitality.badMeasure("grens_laag", low);
  if (!Number.isFinite(high)) throw messages.vitality.badMeasure("grens_hoog", high);
  if (low > high) throw messages.vitality.thresholdsReversed(low, high);
  if (nuisance <= low) return 1;
  if (nuisance <= high) return 2;
  return 3;
}
