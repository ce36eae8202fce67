/**
 * The vitality score (rules.md §7, source 004 Woonwaarts): leefbaarheid × organisatiekracht × veerkracht, each 1..3
 * points, so the score runs from 1 to 27. Read here as "3 = most concern": a higher score means more concern.
 */
import { requirePoints } from "./points";

export const MIN_SCORE = 1;
export const MAX_SCORE = 27;

export function vitalityScore(livability: number, organisation: number, resilience: number): number {
  return (
    requirePoints(livability, "leefbaarheid") *
    requirePoints(organisation, "organisatiekracht") *
    requirePoints(resilience, "veerkracht")
  );
}
