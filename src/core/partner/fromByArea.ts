/**
 * Bridge from the MENG.PERGEBIED table (indices/byArea.ts) to an AreaReport for a partner copy. byArea gives shares,
 * not counts; the counts are share × area count, which are whole numbers when each row is one dwelling or allocation.
 * With fractional weights there are no whole counts to suppress, and the report is refused (#VALUE!).
 */
import type { AreaTable } from "../indices/byArea";
import { labelRecord } from "../labelRecord";
import { partnerMessages } from "../messages/mapping";
import type { AreaReport, AreaReportRow } from "./suppression";

export interface AreaReportMeta {
  unit: string;
  level: string;
  dimension: string;
}

export function areaReportFromAreaTable(table: AreaTable, meta: AreaReportMeta): AreaReport {
  const rows = table.rows.map((row): AreaReportRow => {
    if (!Number.isInteger(row.count)) throw partnerMessages.badCount(row.area, row.count);
    // Keyed by the user's segment names, so without a prototype ("__proto__" is a name like any other).
    const categoryCounts = labelRecord<number>();
    const shares = labelRecord<number>();
    const lq = labelRecord<number>();
    table.groups.forEach((group, m) => {
      const exact = row.shares[m] * row.count;
      const count = Math.round(exact);
      if (Math.abs(exact - count) > 1e-6) throw partnerMessages.badCount(row.area, exact);
      categoryCounts[group] = count;
      shares[group] = row.shares[m];
      lq[group] = row.lq[m];
    });
    return { area: row.area, count: row.count, categoryCounts, shares, lq, metrics: { entropy: row.entropy } };
  });
  return { ...meta, categories: [...table.groups], rows };
}
