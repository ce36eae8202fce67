/**
 * The scenario section's first render (no jsdom here: static markup). It appears only when the service can make
 * scenarios, with the three actions and the two optional settings; clicks are covered by the browser run (e2e).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AnalysisService } from "../../analysis/AnalysisService";
import { ScenarioPanel } from "./ScenarioPanel";

const stock = { kind: "table" as const, sheetName: "Voorraad", tableName: "Voorraad", address: "A1:B3", rowCount: 3, columnCount: 2 };

function render(service: Partial<AnalysisService>): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ScenarioPanel service={service as AnalysisService} stock={stock} allocations={null} targetSocialShare={0.3} year={2025} threshold={5} disabled={false} />
    </FluentProvider>,
  );
}

describe("ScenarioPanel", () => {
  it("shows the scenario actions and settings when the service can make scenarios", () => {
    const html = render({
      createScenarioSheet: async () => ({ created: true, summary: "" }),
      checkScenario: async () => ({ exists: true, rowsRead: 0, problems: [], valid: true, summary: "" }),
      buildScenarioReport: async () => ({ sheetName: "", summary: "", charts: [], warnings: [], paragraphs: [] }),
    });
    for (const text of ["Scenario", "Scenariotabel maken", "Scenario controleren", "Scenariorapport maken", "Mutatiegraad sociale huur (%)", "Aandeel lage inkomens (%)", "Leeg: uit uw toewijzingen, anders 7%."]) {
      expect(html).toContain(text);
    }
  });

  it("is left out when the service cannot make scenarios", () => {
    expect(render({})).not.toContain("Scenariotabel maken");
  });
});
