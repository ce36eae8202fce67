import * as fs from "fs";
import { WorkbookAnalysisService } from "./src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "./src/workbook/FileWorkbookAdapter";
import { AREA_REPORT_SHEET } from "./src/core/report/areaReport";
(async () => {
  const buf = fs.readFileSync("assets/voorbeeld-woningvoorraad.xlsx");
  const adapter = await FileWorkbookAdapter.fromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  const service = new WorkbookAnalysisService(adapter);
  const proposals = await service.findSources();
  for (const p of proposals) console.log(p.kind, p.source.sheetName, p.source.tableName, p.source.rowCount);
  const stock = proposals.find((p) => p.kind === "stock")!;
  const r = await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
  const block = await adapter.readSheetBlock(AREA_REPORT_SHEET);
  const rows = block!.values;
  const i = rows.findIndex((row) => row[0] === "Per buurt");
  for (const row of rows.slice(i, i + 15)) console.log(row.slice(0, 7).join(" | "));
})();
