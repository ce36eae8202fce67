/**
 * An AnalysisService kept in memory, for component tests and UI work without a workbook: two sources shaped like the
 * sample workbook's tables, mappings from the real column detection, reports with made-up numbers. Progress is
 * reported in steps, the signal is honoured between steps, and `editedSheets` / `failAt` simulate a sheet the user
 * changed and a failure half-way. Not used by the add-in itself.
 */
import type {
  AllocationReportChoiceOptions,
  AnalysisService,
  AreaReportOptions,
  CallOptions,
  ChartData,
  PartnerCopyOptions,
  ReportResult,
  SourceProposal,
  ValueOverview,
} from "../../src/analysis/AnalysisService";
import { EditedSheetError, SkippedRowsError } from "../../src/analysis/AnalysisService";
import { assignRole, detectColumns, locateTable, rolesFor } from "../../src/core/mapping";
import { ValueLookup, normaliseValueMap, type ValueMap } from "../../src/core/readers/valueMap";
import { summariseValues } from "../../src/core/readers/valueSummary";
import { analyseAllocations } from "../../src/core/report/allocationReport";
import { stockColumns } from "../../src/core/report/stockColumns";
import type { CellValue, ColumnMapping, ColumnRole, SheetKind } from "../../src/core/mapping";
import type { DataSource } from "../../src/workbook/AnalysisWorkbook";
import { countText } from "../../src/core/countText";
import { parseAllocationChoice, serializeAllocationChoice, type AllocationChoice } from "../../src/core/allocation/allocationChoice";

export interface FakeAnalysisOptions {
  /** Pause per progress step (default 0). */
  delayMs?: number;
  /** Steps per report (default 5). */
  steps?: number;
  /** Report sheets the user has edited: building them throws EditedSheetError until replaceEdited is set. */
  editedSheets?: string[];
  /** Which call fails half-way with a Dutch error. */
  failAt?: "area" | "allocation" | "partner";
  /** The partner copy finds more than 5% of the stock skipped and asks first (SkippedRowsError). */
  heavySkips?: boolean;
  /** The allocation report's options as stored in the workbook before the pane opens (text, as the setting holds it). */
  storedAllocationChoice?: string | null;
}

const STOCK_HEADERS = ["VHE-nummer", "Complexnummer", "Straat", "Huisnummer", "Postcode", "Gemeentecode", "Wijkcode", "Buurtcode", "Segment", "Eigendom", "Kale huur"];
const STOCK_SAMPLE: CellValue[][] = [
  ["VHE100001", "C501", "Marktstraat", 12, "9991 AA", "GM9999", "WK999901", "BU99990101", "sociale huur", "corporatie", 612.5],
  ["VHE100002", "C501", "Marktstraat", 13, "9991 AA", "GM9999", "WK999901", "BU99990101", "koop", "eigenaar-bewoner", null],
  ["VHE100003", "C502", "Kerkpad", 2, "9991 AB", "GM9999", "WK999901", "BU99990102", "middenhuur", "corporatie", 950],
  ["VHE100004", "C502", "Kerkpad", 4, "9991 AB", "GM9999", "WK999901", "BU99990102", "DAEB", "Eigen bezit", "€ 702,10"],
  ["VHE100005", "C503", "Kerkpad", 6, "9991 AB", "GM9999", "WK999901", "BU99990102", "Sociaal (SH)", "EB", "€ 688,00"],
];
const ALLOCATION_HEADERS = ["Datum toewijzing", "VHE-nummer", "Gemeente", "Buurtcode", "Soort woning", "Kale huur", "Toewijzingsgrond", "Huishoudinkomen", "Huishoudgrootte", "Leeftijd", "Huurtoeslaggerechtigd"];
const ALLOCATION_SAMPLE: CellValue[][] = [
  [45300, "VHE100001", "Voorbeeldstad", "BU99990101", "sociale huur", 612.5, "regulier", 31000, 2, 44, "ja"],
  [45310, "VHE100003", "Voorbeeldstad", "BU99990102", "sociale huur", 700, "urgentie", 22000, 1, 67, "ja"],
  [45320, "VHE100004", "Voorbeeldstad", "BU99990201", "sociale huur", 650, "regulier", 54000, 3, 35, "nee"],
];

const AREAS = ["Lindenhof", "Vogelbuurt", "Schildersbuurt", "Kanaalstrook", "Dijkzicht", "Centrum-Oost", "Parkzoom", "Buitenhof"];
const SOCIAL = [0.82, 0.78, 0.65, 0.55, 0.45, 0.35, 0.1, 0.05];

function abortError(): Error {
  const error = new Error("De bewerking is geannuleerd.");
  error.name = "AbortError";
  return error;
}

function sourceKey(source: DataSource): string {
  return `${source.sheetName}|${source.tableName ?? ""}|${source.address}`;
}

export class FakeAnalysisService implements AnalysisService {
  private readonly stored = new Map<string, ColumnMapping>();
  private readonly storedValues = new Map<string, ValueMap>();
  private readonly edited: Set<string>;
  readonly partnerCopies: { fileName: string; threshold: number; allocation?: AllocationChoice }[] = [];
  /** The allocation report's options of every buildAllocationReport call. */
  readonly allocationReports: (AllocationChoice | undefined)[] = [];
  /** The stored allocation options (the workbook setting's text). */
  allocationChoiceText: string | null;

  readonly stock: DataSource = { kind: "table", sheetName: "Voorraad", tableName: "Voorraad", address: "Voorraad!A1:K2001", rowCount: 2001, columnCount: 11 };
  readonly allocations: DataSource = { kind: "table", sheetName: "Toewijzingen", tableName: "Toewijzingen", address: "Toewijzingen!A1:K401", rowCount: 401, columnCount: 11 };

  constructor(private readonly options: FakeAnalysisOptions = {}) {
    this.edited = new Set(options.editedSheets ?? []);
    this.allocationChoiceText = options.storedAllocationChoice ?? null;
  }

  async readAllocationChoice(): Promise<{ choice: AllocationChoice; problem: string | null }> {
    return parseAllocationChoice(this.allocationChoiceText);
  }

  async saveAllocationChoice(choice: AllocationChoice): Promise<void> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    this.allocationChoiceText = serializeAllocationChoice(choice);
  }

  private async steps(label: string, options: CallOptions, failAt?: number): Promise<void> {
    const count = this.options.steps ?? 5;
    for (let i = 0; i < count; i++) {
      if (options.signal?.aborted) throw abortError();
      options.onProgress?.({ step: `${label}: stap ${i + 1} van ${count}`, fraction: i / count });
      if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
      if (failAt !== undefined && i === failAt) throw new Error(`${label} mislukt bij stap ${i + 1}: de kolom Buurtcode is leeg in rij 1.204.`);
    }
    if (options.signal?.aborted) throw abortError();
    options.onProgress?.({ step: `${label}: klaar`, fraction: 1 });
  }

  private proposal(source: DataSource, kind: SheetKind): SourceProposal {
    const headers = kind === "stock" ? STOCK_HEADERS : ALLOCATION_HEADERS;
    const stored = this.stored.get(`${kind}|${sourceKey(source)}`);
    const mapping = stored ?? detectColumns(headers, kind, kind === "stock" ? STOCK_SAMPLE : ALLOCATION_SAMPLE);
    return {
      source,
      kind,
      headers,
      mapping,
      fromStorage: stored !== undefined,
      remarks: [`Koprij gevonden in rij 1 van '${source.sheetName}'.`, ...(kind === "stock" ? [`${countText(2, "lege rij", "lege rijen")} overgeslagen.`] : [])],
      values: this.storedValues.get(`${kind}|${sourceKey(source)}`) ?? {},
    };
  }

  /** The value overview of the sample rows, computed by the real core readers. */
  async inspectValues(source: DataSource, kind: SheetKind, options: CallOptions & { values?: ValueMap; year?: number } = {}): Promise<ValueOverview> {
    await this.steps("Waarden tellen", options);
    const proposal = this.proposal(source, kind);
    const table = locateTable([proposal.headers, ...(kind === "stock" ? STOCK_SAMPLE : ALLOCATION_SAMPLE)], "A1");
    const values = options.values ? normaliseValueMap(options.values) : proposal.values;
    const account =
      kind === "stock"
        ? stockColumns(table, proposal.mapping, { year: options.year ?? 2025, place: { sheetName: source.sheetName }, values }).account
        : analyseAllocations(table, proposal.mapping, { values }).account;
    return { fields: summariseValues(table, proposal.mapping, new ValueLookup(values)), rows: account.summary(), values };
  }

  async saveValueMapping(source: DataSource, kind: SheetKind, values: ValueMap, options: { replaceEdited?: boolean } = {}): Promise<SourceProposal> {
    this.checkEdited("Mengwijzer_Waarden", options.replaceEdited);
    if (!this.stored.has(`${kind}|${sourceKey(source)}`)) await this.confirmMapping(source, kind, {});
    this.storedValues.set(`${kind}|${sourceKey(source)}`, normaliseValueMap(values));
    return this.proposal(source, kind);
  }

  async findSources(options: CallOptions = {}): Promise<SourceProposal[]> {
    await this.steps("Gegevens zoeken", options);
    return [this.proposal(this.stock, "stock"), this.proposal(this.allocations, "allocations")];
  }

  async confirmMapping(source: DataSource, kind: SheetKind, assignments: Partial<Record<ColumnRole, number | null>>): Promise<SourceProposal> {
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    let mapping = this.proposal(source, kind).mapping;
    for (const role of rolesFor(kind)) {
      if (role in assignments) mapping = assignRole(mapping, role, assignments[role] ?? null);
    }
    const confirmed: ColumnMapping = {
      ...mapping,
      roles: Object.fromEntries(Object.entries(mapping.roles).map(([role, a]) => [role, { ...a, source: "stored", reason: "Uit de opgeslagen kolomindeling." }])),
    };
    this.stored.set(`${kind}|${sourceKey(source)}`, confirmed);
    return this.proposal(source, kind);
  }

  private checkEdited(sheetName: string, replaceEdited: boolean | undefined): void {
    if (this.edited.has(sheetName) && !replaceEdited) throw new EditedSheetError(sheetName);
    this.edited.delete(sheetName);
  }

  async buildAreaReport(source: DataSource, options: AreaReportOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult> {
    this.checkEdited("Mengwijzer_Wijkrapport", options.replaceEdited);
    await this.steps(`Wijkrapport (${source.sheetName})`, options, this.options.failAt === "area" ? 2 : undefined);
    const segments: ChartData = {
      title: "Segmenten per buurt (aandeel)",
      labels: AREAS,
      series: [
        { name: "sociale huur", values: SOCIAL },
        { name: "middenhuur", values: SOCIAL.map((s) => (1 - s) * 0.3) },
        { name: "vrije sector huur", values: SOCIAL.map((s) => (1 - s) * 0.2) },
        { name: "koop", values: SOCIAL.map((s) => (1 - s) * 0.5) },
      ],
      stacked: true,
    };
    const scale: ChartData = {
      title: "Schaal van de verschillen (M, in nats)",
      labels: ["Totaal (buurten)", "Tussen wijken", "Binnen wijken"],
      series: [{ name: "M", values: [0.182, 0.121, 0.061] }],
      stacked: false,
    };
    const below = AREAS.filter((_, i) => SOCIAL[i] < options.targetSocialShare).length;
    return {
      sheetName: "Mengwijzer_Wijkrapport",
      summary: `Wijkrapport gemaakt: ${countText(AREAS.length, "buurt", "buurten")}, 4 wijken; ${countText(below, "buurt", "buurten")} onder het doel van ${Math.round(options.targetSocialShare * 100)}% sociale huur (normen ${options.year}).`,
      charts: [segments, scale],
      warnings: ["3 rijen zonder buurtcode overgeslagen."],
      figures: [
        { label: "D sociale huur", value: 0.413, format: "index" },
        { label: "Theil H", value: 0.171, format: "index" },
        { label: "Aandeel sociale huur", value: 0.342, format: "share" },
        { label: `Buurten onder ${Math.round(options.targetSocialShare * 100)}%`, value: below, format: "count", note: `van ${AREAS.length}` },
      ],
    };
  }

  async buildAllocationReport(source: DataSource, options: AllocationReportChoiceOptions & CallOptions & { replaceEdited?: boolean }): Promise<ReportResult> {
    this.checkEdited("Mengwijzer_Toewijzing", options.replaceEdited);
    this.allocationReports.push(options.allocation);
    await this.steps(`Toewijzingsrapport (${source.sheetName})`, options, this.options.failAt === "allocation" ? 2 : undefined);
    return {
      sheetName: "Mengwijzer_Toewijzing",
      summary: "Toewijzingsrapport gemaakt: 400 toewijzingen in 2024–2025.",
      charts: [],
      warnings: [],
      figures: [
        { label: "Voorrang 2025", value: "binnen norm", tone: "good" },
        { label: "Inkomen (toewijzingsnorm) 2025", value: "onder norm", tone: "bad" },
      ],
    };
  }

  async makePartnerCopy(
    options: CallOptions & PartnerCopyOptions & { acceptSkipped?: boolean },
  ): Promise<{ fileName: string; summary: string; warnings: string[] }> {
    if (this.options.heavySkips && !options.acceptSkipped) {
      const overview = await this.inspectValues(this.stock, "stock");
      throw new SkippedRowsError([{ source: "Voorraad", rows: overview.rows }]);
    }
    await this.steps("Partnerkopie", options, this.options.failAt === "partner" ? 1 : undefined);
    const fileName = "voorbeeld-woningvoorraad-partnerkopie.xlsx";
    this.partnerCopies.push({ fileName, threshold: options.threshold, allocation: options.allocation });
    return { fileName, summary: `Partnerkopie gemaakt: aantallen onder ${options.threshold} zijn afgeschermd.`, warnings: [] };
  }

  /** Sheets the pane asked to show. */
  readonly shownSheets: string[] = [];

  async showSheet(sheetName: string): Promise<{ shown: boolean }> {
    this.shownSheets.push(sheetName);
    return { shown: true };
  }
}
