/**
 * Opens what a partner reads the way a partner may: in LibreOffice Calc. Builds the area report, the allocation
 * report and the partner copy from the sample workbook (assets/voorbeeld-woningvoorraad.xlsx) with the file adapter,
 * saves them under test-results/calc/, and converts each to PDF and PNG pages with LibreOffice headless and pdftoppm
 * (Debian: apt-get install -y libreoffice-calc-nogui poppler-utils), so a person can look at the pages. Not part of
 * `npm test`: LibreOffice is a large optional install. Usage: npx tsx scripts/partnerSheetsInCalc.ts
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WorkbookAnalysisService } from "../src/analysis/WorkbookAnalysisService";
import { FileWorkbookAdapter } from "../src/workbook/FileWorkbookAdapter";
import { AREA_REPORT_SHEET } from "../src/core/report/areaReport";
import { ALLOCATION_REPORT_SHEET } from "../src/core/report/allocationReport";
import ExcelJS from "exceljs";

const root = resolve(__dirname, "..");
const out = join(root, "test-results", "calc");

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const buf = readFileSync(join(root, "assets", "voorbeeld-woningvoorraad.xlsx"));
  const partner: { bytes: ArrayBuffer; fileName: string }[] = [];
  const adapter = await FileWorkbookAdapter.fromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, {
    onPartnerWorkbook: (bytes, fileName) => partner.push({ bytes, fileName }),
  });
  const service = new WorkbookAnalysisService(adapter);
  const proposals = await service.findSources();
  const stock = proposals.find((p) => p.kind === "stock")!;
  const allocations = proposals.find((p) => p.kind === "allocations")!;
  await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2025 });
  await service.buildAllocationReport(allocations.source, {});
  await service.makePartnerCopy({ threshold: 5, year: 2025, targetSocialShare: 0.3, stock: stock.source, allocations: allocations.source });

  // The two report sheets alone, each in a file of its own (the PDF then holds just that sheet).
  const whole = new ExcelJS.Workbook();
  await whole.xlsx.load(await adapter.toBuffer());
  for (const name of [AREA_REPORT_SHEET, ALLOCATION_REPORT_SHEET]) {
    const single = new ExcelJS.Workbook();
    await single.xlsx.load(await adapter.toBuffer());
    for (const ws of [...single.worksheets]) if (ws.name !== name) single.removeWorksheet(ws.id);
    writeFileSync(join(out, `${name}.xlsx`), Buffer.from(await single.xlsx.writeBuffer()));
  }
  writeFileSync(join(out, "partnerkopie.xlsx"), Buffer.from(partner[0].bytes));

  if (!existsSync("/usr/bin/soffice")) {
    console.log(`Files in ${out}; LibreOffice not installed, no PDF made.`);
    return;
  }
  for (const file of readdirSync(out).filter((f) => f.endsWith(".xlsx"))) {
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, join(out, file)], { stdio: "ignore" });
    const pdf = join(out, file.replace(/\.xlsx$/, ".pdf"));
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, pdf.replace(/\.pdf$/, "")]);
  }
  console.log(`PDF and PNG pages in ${out}:`);
  for (const f of readdirSync(out).filter((f) => f.endsWith(".png")).sort()) console.log(`  ${f}`);
}

void main();
