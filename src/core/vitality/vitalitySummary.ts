/**
 * Per area the latest year's vitality and the change since the year before it (issue 16), from the rows of the input
 * table: what the area report lists, the checklist marks and the partner copy carries.
 *
 * An area is (niveau, gebied); its latest year is the highest year with a complete score (so adding next year's empty
 * rows does not hide this year's signals), or the highest year at all when none is complete; its previous year is the
 * highest year below that, preferring one with a score. The change is latest − previous score, when both are complete. Ordering: areas whose latest
 * score is at or above the threshold first (highest score first), then the other scored areas (highest first), then
 * the areas not yet scored; ties by name.
 */
import { compareLabels } from "../indices/byArea";
import { labelKey } from "../labels";
import { FLAG_LOOK_CLOSER } from "./vitalityFlag";
import type { VitalityOutcome, VitalityRecord } from "./vitalityTable";

export interface ScoredRow {
  record: VitalityRecord;
  outcome: VitalityOutcome;
}

export interface AreaVitality {
  area: string;
  level: string;
  latest: ScoredRow;
  previous: ScoredRow | null;
  /** latest − previous score, or null when either is incomplete. */
  change: number | null;
  signals: boolean;
  /** The area's status cell (e.g. "niet meer in de voorraad"), "" when blank. */
  status: string;
}

export interface VitalityData {
  rows: ScoredRow[];
  threshold: number;
}

export function summariseVitality(data: VitalityData): AreaVitality[] {
  const groups = new Map<string, ScoredRow[]>();
  for (const row of data.rows) {
    const { record } = row;
    if (record.area === "" || record.year === null) continue;
    const key = `${record.level}|${labelKey(record.area)}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const areas: AreaVitality[] = [];
  for (const list of groups.values()) {
    // Highest year first; two rows for one year: the first in the table counts (the report says which row it read).
    const byYear = [...list].sort((a, b) => (b.record.year as number) - (a.record.year as number) || a.record.index - b.record.index);
    const latest = byYear.find((r) => r.outcome.score !== null) ?? byYear[0];
    const earlier = byYear.filter((r) => (r.record.year as number) < (latest.record.year as number));
    const previous = earlier.find((r) => r.outcome.score !== null) ?? earlier[0] ?? null;
    const change = latest.outcome.score !== null && previous?.outcome.score != null ? latest.outcome.score - previous.outcome.score : null;
    const status = String(latest.record.cells.status ?? "").trim();
    areas.push({
      area: latest.record.area,
      level: latest.record.level,
      latest,
      previous,
      change,
      signals: latest.outcome.flag === FLAG_LOOK_CLOSER,
      status,
    });
  }
  const rank = (a: AreaVitality) => (a.signals ? 0 : a.latest.outcome.score !== null ? 1 : 2);
  return areas.sort(
    (a, b) => rank(a) - rank(b) || (b.latest.outcome.score ?? 0) - (a.latest.outcome.score ?? 0) || compareLabels(a.area, b.area) || a.level.localeCompare(b.level),
  );
}
