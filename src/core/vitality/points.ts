/**
 * What a vitality point is (rules.md §7): a whole number 1, 2 or 3, where 3 means most concern. One check, shared by the
 * score and by anyone who reads points back.
 */
import { messages } from "../messages";

export type VitalityPoints = 1 | 2 | 3;

export function isVitalityPoints(value: number): value is VitalityPoints {
  return value === 1 || value === 2 || value === 3;
}

/** The value as points, or #VALUE! naming the argument and what is allowed. */
export function requirePoints(value: number, name: string): VitalityPoints {
  if (!isVitalityPoints(value)) throw messages.vitality.badPoints(name, value);
  return value;
}
