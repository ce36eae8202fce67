/**
 * The checklist's vitality marker (issue 16): an area whose latest score signals gets a marker in the area list and a
 * warning with its three factors; an area below the threshold gets an informative line; no input table, no marker.
 * The overview is made by the core from table rows, as the service makes it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { CATALOGUE } from "../../core/checklist/catalogue";
import type { CellValue } from "../../core/mapping/cells";
import { vitalityColumns } from "../../core/vitality/vitalitySheet";
import { readVitalityTable, vitalityOutcome } from "../../core/vitality/vitalityTable";
import { summariseVitality, type AreaVitality } from "../../core/vitality/vitalitySummary";
import { vitalityOfArea } from "../../core/vitality/areaVitality";
import type { ChecklistState } from "../useChecklist";
import { markedLabel } from "./AreaPicker";
import { ChecklistTab } from "./ChecklistTab";

function overview(rows: Record<string, CellValue>[]): AreaVitality[] {
  const headers = vitalityColumns().map((c) => c.header);
  const read = readVitalityTable({ headers, rows: rows.map((r) => headers.map((h) => r[h] ?? null)), firstSheetRow: 12 });
  return summariseVitality({ threshold: 9, rows: read.records.map((record) => ({ record, outcome: vitalityOutcome(record.cells, 9) })) });
}

const OVERVIEW = overview([
  // Centrum (by its CBS code): 2024 3·2·1 = 6, 2025 3·3·2 = 18 → signals, +12
  { gebied: "BU03630101", niveau: "buurt", jaar: 2024, "leefbaarometer klasse": 3, wijkraad: "ja", wijkregisseur: "nee", overlastmaat: 1, "grens laag": 2, "grens hoog": 5 },
  { gebied: "BU03630101", niveau: "buurt", jaar: 2025, "leefbaarometer klasse": 4, wijkraad: "nee", wijkregisseur: "nee", overlastmaat: 3, "grens laag": 2, "grens hoog": 5 },
  // Noord (by name, other spelling): 1·1·1
  { gebied: " noord ", niveau: "wijk", jaar: 2025, "eigen punten leefbaarheid": 1, wijkraad: "ja", wijkregisseur: "ja", overlastmaat: 0, "grens laag": 2, "grens hoog": 5 },
]);

function state(): ChecklistState {
  return {
    snapshot: { catalogue: CATALOGUE, areas: [{ name: "Centrum", cbsCode: "BU03630101" }, { name: "Noord" }, { name: "Zuid" }], answers: [], unreadable: [], notices: [] },
    busyLabel: null,
    errors: [],
    loadFailed: false,
    dismissError: () => undefined,
    reload: async () => undefined,
    addArea: async () => null,
    updateAnswer: async () => true,
    repairTable: null,
  };
}

describe("vitality marker in the checklist", () => {
  test("areas are matched by CBS code or name; only a signalling area is marked in the list", () => {
    expect(vitalityOfArea({ name: "Centrum", cbsCode: "bu 03630101" }, OVERVIEW)?.latest.outcome.score).toBe(18);
    expect(vitalityOfArea({ name: "NOORD" }, OVERVIEW)?.latest.outcome.score).toBe(1);
    expect(vitalityOfArea({ name: "Zuid" }, OVERVIEW)).toBeNull();
    expect(markedLabel({ name: "Centrum", cbsCode: "BU03630101" }, OVERVIEW)).toBe("Centrum (BU03630101) ⚠ vitaliteit 18");
    expect(markedLabel({ name: "Noord" }, OVERVIEW)).toBe("Noord");
    expect(markedLabel({ name: "Centrum", cbsCode: "BU03630101" }, null)).toBe("Centrum (BU03630101)");
  });

  test("the selected signalling area shows its score, factors and change", () => {
    const html = renderToString(<FluentProvider theme={webLightTheme}><ChecklistTab state={state()} vitality={OVERVIEW} /></FluentProvider>);
    expect(html).toContain("Centrum (BU03630101) ⚠ vitaliteit 18");
    expect(html).toContain("Vitaliteit 18 in 2025: nader bekijken (leefbaarheid 3, organisatiekracht 3, veerkracht 2, +12 sinds 2024).");
  });

  test("without an input table there is no marker", () => {
    const html = renderToString(<FluentProvider theme={webLightTheme}><ChecklistTab state={state()} vitality={null} /></FluentProvider>);
    expect(html.includes("⚠ vitaliteit")).toBe(false);
    expect(html.includes("vitaliteit-marker")).toBe(false);
  });
});
