/**
 * The allocation report's options in the pane (AllocationOptions), rendered to static markup (no jsdom here; clicking,
 * typing, keyboard use and the choice kept in the workbook are checked in the browser preview by scripts/e2e.mjs).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_ALLOCATION_CHOICE } from "../../src/core/allocation/allocationChoice";
import { DWELLING_KINDS } from "../../src/core/allocation/dwellingKind";
import { AllocationOptions } from "../../src/taskpane/components/AllocationOptions";

describe("the pane's controls", () => {
  const render = (year: number, choice = DEFAULT_ALLOCATION_CHOICE) =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <AllocationOptions state={{ choice, loaded: true, problem: null, saving: false, saved: false, saveError: null, change: () => undefined }} year={year} disabled={false} />
      </FluentProvider>,
    );

  test("label every control in Dutch and show the source and year each rests on", () => {
    const html = render(2025);
    expect(html).toContain("Voorrangspercentage uit de huisvestingsverordening (%)");
    expect(html).toContain("Vrije toewijzingsruimte verruimd naar 15% (prestatieafspraken)");
    for (const kind of DWELLING_KINDS) expect(html).toContain(`>${kind}<`);
    expect(html).toContain("Wettelijk maximum voorrang 2025: 50%. Bron: Huisvestingswet 2014, art. 14");
    expect(html).toContain("Toewijzingsnorm bij verruimde vrije ruimte (15%) 2025: 85%");
    expect(html).toMatch(/<legend[^>]*>Toewijzingsrapport: regels van uw gemeente<\/legend>/);
  });

  test("show a stored choice as chosen", () => {
    const html = render(2025, { priorityPercent: 40, designated: ["sociale huur"], widenedFreeRoom: true });
    expect(html).toMatch(/value="40"/);
    expect((html.match(/checked=""/g) ?? []).length).toBe(2);
  });
});
