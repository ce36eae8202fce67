/**
 * The verdict on a vitality score: from the threshold up (default 9, rules.md §7) an area deserves a closer look.
 * 9 is reached by two factors at their worst (3 × 3 × 1) or by all three poor with one at its worst (3 × 2 × 2 = 12).
 */
import { messages } from "../messages";
import { MAX_SCORE, MIN_SCORE } from "./vitalityScore";

export const DEFAULT_THRESHOLD = 9;
export const FLAG_LOOK_CLOSER = "nader bekijken";
export const FLAG_NONE = "geen signaal";

export type VitalityFlag = typeof FLAG_LOOK_CLOSER | typeof FLAG_NONE;

export function vitalityFlag(score: number, threshold: number = DEFAULT_THRESHOLD): VitalityFlag {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) throw messages.vitality.badScore(score);
  if (!Number.isFinite(threshold) || threshold < MIN_SCORE || threshold > MAX_SCORE) throw messages.vitality.badThreshold(threshold);
  return score >= threshold ? FLAG_LOOK_CLOSER : FLAG_NONE;
}
