/**
 * Leefbaarheid points from the Leefbaarometer class (rules.md §7). The nine classes run from 1 (zeer onvoldoende) to
 * 9 (uitstekend); a weak score means concern: classes 1–4 → 3 points, 5–6 → 2, 7–9 → 1.
 */
import { messages } from "../messages";
import type { VitalityPoints } from "./points";

export function livabilityPoints(leefbaarometerClass: number): VitalityPoints {
  if (!Number.isInteger(leefbaarometerClass) || leefbaarometerClass < 1 || leefbaarometerClass > 9) {
    throw messages.vitality.badLivabilityClass(leefbaarometerClass);
  }
  if (leefbaarometerClass <= 4) return 3;
  if (leefbaarometerClass <= 6) return 2;
  return 1;
}
