import { mapSheet } from "../../src/core/mapping";
import { stockColumns } from "../../src/core/report/stockColumns";
import { messyAllocations, messyStock } from "../../scripts/generateMessyExport";
test("probe", () => {
  const s = messyStock();
  const p = mapSheet(s.cells, "A1");
  console.log(p.table.headerSheetRow, p.table.rows.length, p.table.footerSheetRow, Object.fromEntries(Object.entries(p.mapping.roles).map(([k, v]) => [k, v?.header])));
  const c = stockColumns(p.table, p.mapping, { year: 2025, place: { sheetName: "Voorraad" } });
  console.log(c.account.read, c.account.skipped, c.account.groups().map((g) => `${g.text} ${g.count} ${g.firstRows}`));
  const a = messyAllocations();
  const q = mapSheet(a.cells, "A1");
  console.log(q.table.headerSheetRow, q.table.rows.length, q.mapping.kind, Object.fromEntries(Object.entries(q.mapping.roles).map(([k, v]) => [k, v?.header])));
});
