/**
 * Organisatiekracht points (rules.md §7): an area with both a wijkraad and a wijkregisseur is best organised (1 point),
 * one of the two gives 2 points, neither gives 3 (most concern).
 */
import type { VitalityPoints } from "./points";

export function organisationPoints(hasNeighbourhoodCouncil: boolean, hasAreaDirector: boolean): VitalityPoints {
  const present = Number(hasNeighbourhoodCouncil) + Number(hasAreaDirector);
  return present === 2 ? 1 : present === 1 ? 2 : 3;
}
