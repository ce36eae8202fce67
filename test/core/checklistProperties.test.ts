import fc from "fast-check";
import { CHECKLIST_HEADERS, decodeChecklistTable, encodeChecklistRow } from "../../src/core/checklist/checklistTable";
import type { RawCell } from "../../src/core/checklist/checklistTable";
import { OWNERS, STATUSES } from "../../src/core/checklist/types";
import { CATALOGUE_V1 } from "./checklistFixtures";

const answerArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  owner: fc.constantFrom(...OWNERS, null),
  note: fc.string({ maxLength: 40 }).map((s) => s.trim()),
  changedAt: fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString())),
  changedBy: fc.option(fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s !== "")),
});
const areaArb = fc.constantFrom("Noord", "Zuid", "Oost", "BU0363 Centrum");

describe("checklist table properties", () => {
  it("decode(encode(answers)) gives the answers back, in any row and column order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ area: areaArb, item: fc.constantFrom(...CATALOGUE_V1.items), answer: answerArb }), {
          selector: (r) => `${r.area}|${r.item.id}`, minLength: 1, maxLength: 12,
        }),
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (entries, colKeys, rowKeys) => {
          // A permutation of columns and of rows, as a user sorting or moving columns by hand would make.
          const colOrder = CHECKLIST_HEADERS.map((_, i) => i).sort((a, b) => colKeys[a] - colKeys[b] || a - b);
          const headers = colOrder.map((i) => CHECKLIST_HEADERS[i]);
          const rows: RawCell[][] = entries
            .map((e) => encodeChecklistRow(headers, { name: e.area }, e.item, e.answer, "1.0.0"))
            .map((row, i) => ({ row, key: rowKeys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.row);
          const decoded = decodeChecklistTable({ headers, rows, firstSheetRow: 2 }, CATALOGUE_V1);
          expect(decoded.unreadable).toEqual([]);
          expect(decoded.rows).toHaveLength(entries.length);
          for (const e of entries) {
            const got = decoded.rows.find((r) => r.answer.area === e.area && r.answer.itemId === e.item.id)!.answer;
            expect(got).toEqual({ area: e.area, itemId: e.item.id, ...e.answer });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never loses a row: every non-blank row is either read or reported unreadable", () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.constantFrom(...STATUSES, ...OWNERS, ...CATALOGUE_V1.items.map((i) => i.id), "Noord"), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 15 }), (rows) => {
        const d = decodeChecklistTable({ headers: [...CHECKLIST_HEADERS], rows, firstSheetRow: 2 }, CATALOGUE_V1);
        const nonBlank = rows.filter((r) => r.some((v) => v !== null && String(v).trim() !== "")).length;
        expect(d.rows.length + d.unreadable.length).toBe(nonBlank);
      }),
      { numRuns: 300 },
    );
  });
});
