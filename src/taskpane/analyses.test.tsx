/**
 * The Analyses tab without a browser (jsdom is not installed): the pure helpers, the charts rendered to static markup,
 * and the tab's first render. Behaviour (clicks, progress, dialog, downloads) is covered by scripts/e2e.mjs.
 */
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { EditedSheetError } from "../analysis/AnalysisService";
import { CATALOGUE } from "../core/checklist/catalogue";
import { detectColumns } from "../core/mapping";
import { App } from "./App";
import {
  assignmentsOf,
  confidenceText,
  defaultNormYear,
  dutchList,
  editedSheetName,
  isAbortError,
  mappingCertainty,
  mappingChanged,
  sourceLabel,
} from "./analysisView";
import { BarChart } from "./components/charts/BarChart";
import { seriesColours } from "./components/charts/chartFormat";
import { sharesPerCategory, StackedBarChart } from "./components/charts/StackedBarChart";
import { FakeAnalysisService } from "../../test/taskpane/FakeAnalysisService";
import { InMemoryChecklistRepository } from "../../test/taskpane/InMemoryChecklistRepository";

describe("how sure a mapping is", () => {
  it("is sure when every found column is 'zeker' and the buurtcode is there; says which are not", () => {
    const sure = detectColumns(["Buurtcode", "Segment"], "stock");
    expect(mappingCertainty(sure, "stock")).toMatchObject({ sure: true, unsure: [], missing: [], found: 2 });
    const noArea = detectColumns(["Segment"], "stock");
    expect(mappingCertainty(noArea, "stock")).toMatchObject({ sure: false, missing: ["buurtCode"] });
    const guessed = detectColumns(["Buurtcode", "Segment"], "stock");
    guessed.roles = { ...guessed.roles, segment: { ...guessed.roles.segment!, confidence: 0.5, source: "tokens" } };
    expect(mappingCertainty(guessed, "stock")).toMatchObject({ sure: false, unsure: ["segment"] });
  });
});

describe("analysis view helpers", () => {
  it("picks the latest norms year that is not in the future", () => {
    expect(defaultNormYear(new Date(2026, 10, 23))).toBe(2026);
    expect(defaultNormYear(new Date(2025, 0, 1))).toBe(2025);
    expect(defaultNormYear(new Date(2040, 0, 1))).toBe(2026);
    expect(defaultNormYear(new Date(2000, 0, 1))).toBe(2023);
  });

  it("says how sure a match is in Dutch words", () => {
    const base = { columnIndex: 0, header: "x", reason: "", alternatives: [] };
    expect(confidenceText(undefined)).toBe("—");
    expect(confidenceText({ ...base, confidence: 1, source: "alias" })).toBe("zeker");
    expect(confidenceText({ ...base, confidence: 0.75, source: "tokens" })).toBe("waarschijnlijk");
    expect(confidenceText({ ...base, confidence: 0.45, source: "tokens" })).toBe("gok");
    expect(confidenceText({ ...base, confidence: 1, source: "user" })).toBe("door u gekozen");
    expect(confidenceText({ ...base, confidence: 1, source: "stored" })).toBe("bevestigd");
  });

  it("lists assignments for every role of the kind and sees a change", () => {
    const mapping = detectColumns(["Buurtcode", "Segment", "Straat"], "stock");
    const assignments = assignmentsOf(mapping, "stock");
    expect(assignments.buurtCode).toBe(0);
    expect(assignments.segment).toBe(1);
    expect(assignments.wozValue).toBeNull();
    expect(mappingChanged(mapping, mapping, "stock")).toBe(false);
    const other = detectColumns(["Buurtcode", "Segment", "Straat"], "stock");
    other.roles = { ...other.roles };
    delete other.roles.segment;
    expect(mappingChanged(mapping, other, "stock")).toBe(true);
  });

  it("names sources, lists and errors in Dutch", () => {
    expect(sourceLabel({ kind: "table", sheetName: "Voorraad", tableName: "Voorraad", address: "Voorraad!A1:V2001", rowCount: 2001, columnCount: 22 })).toBe(
      "Tabel Voorraad (blad Voorraad, 2.000 rijen)",
    );
    expect(sourceLabel({ kind: "range", sheetName: "Blad1", address: "Blad1!A1:C11", rowCount: 11, columnCount: 3 })).toBe("Bereik Blad1!A1:C11 (10 rijen)");
    expect(dutchList(["a"])).toBe("a");
    expect(dutchList(["a", "b", "c"])).toBe("a, b en c");
    expect(editedSheetName(new EditedSheetError("Mengwijzer_Wijkrapport"))).toBe("Mengwijzer_Wijkrapport");
    expect(editedSheetName(new Error("x"))).toBeNull();
    expect(isAbortError(Object.assign(new Error("x"), { name: "AbortError" }))).toBe(true);
  });
});

describe("charts", () => {
  const wrap = (node: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

  it("stacked bars: one row per area, in the order given, shares of the row", () => {
    const html = wrap(
      <StackedBarChart
        title="Segmenten per buurt"
        labels={["Lindenhof", "Parkzoom"]}
        series={[
          { name: "sociale huur", values: [0.8, 0.1] },
          { name: "koop", values: [0.2, 0.9] },
        ]}
      />,
    );
    expect(html).toContain('role="img"');
    expect(html.indexOf('data-label="Lindenhof"')).toBeLessThan(html.indexOf('data-label="Parkzoom"'));
    expect((html.match(/<rect/g) ?? []).length).toBe(4);
    expect(html).toContain("80%");
    expect(html).toContain("Tabel tonen");
    expect(html).toContain("Hoogste aandeel sociale huur: Lindenhof");
    expect(sharesPerCategory(["a"], [{ values: [30] }, { values: [10] }])).toEqual([[0.75, 0.25]]);
  });

  it("bar chart writes values in Dutch", () => {
    const html = wrap(<BarChart title="Schaal" labels={["Totaal", "Tussen wijken"]} series={[{ name: "M", values: [0.1825, 0.12] }]} />);
    expect(html).toContain("0,183");
    expect((html.match(/<rect/g) ?? []).length).toBe(2);
  });

  it("keeps a segment's colour whatever the order", () => {
    const a = seriesColours(["sociale huur", "koop"]);
    const b = seriesColours(["koop", "sociale huur"]);
    expect(a[0]).toEqual(b[1]);
    expect(new Set(seriesColours(["x", "y", "z"]).map((c) => c.fill)).size).toBe(3);
  });

  it("gives segments named like Object properties a colour of their own (issue 12)", () => {
    const colours = seriesColours(["constructor", "__proto__", "toString", "koop"]);
    for (const c of colours) expect(typeof c?.fill).toBe("string");
    expect(new Set(colours.map((c) => c.fill)).size).toBe(4);
  });
});

describe("App with analyses", () => {
  it("shows the Analyses tab only when a service is given", () => {
    const repository = new InMemoryChecklistRepository(CATALOGUE);
    expect(renderToString(<App repository={repository} />)).not.toContain("Analyses");
    expect(renderToString(<App repository={repository} analysis={new FakeAnalysisService()} />)).toContain("Analyses");
  });
});

describe("FakeAnalysisService", () => {
  it("asks before replacing an edited sheet and honours the signal", async () => {
    const service = new FakeAnalysisService({ editedSheets: ["Mengwijzer_Wijkrapport"], steps: 2 });
    const [stock] = await service.findSources();
    expect(stock.mapping.roles.buurtCode?.header).toBe("Buurtcode");
    await expect(service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2026 })).rejects.toBeInstanceOf(EditedSheetError);
    const report = await service.buildAreaReport(stock.source, { targetSocialShare: 0.3, year: 2026, replaceEdited: true });
    expect(report.charts).toHaveLength(2);
    const abort = new AbortController();
    abort.abort();
    await expect(service.buildAllocationReport(stock.source, { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
