/** The checklist tab tells what it found outside the table and offers the repair (server-side render; clicks in e2e). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { CATALOGUE } from "../../core/checklist/catalogue";
import type { ChecklistState } from "../useChecklist";
import { ChecklistTab } from "./ChecklistTab";

function state(repairTable: ChecklistState["repairTable"]): ChecklistState {
  return {
    snapshot: {
      catalogue: CATALOGUE,
      areas: [{ name: "Noord" }],
      answers: [],
      unreadable: [],
      notices: [],
      repair: { kind: "noTable", rows: 55, message: "De checklist op het blad 'Mengwijzer_Checklist' staat niet meer in een Excel-tabel." },
    },
    busyLabel: null,
    errors: [],
    loadFailed: false,
    dismissError: () => undefined,
    reload: async () => undefined,
    addArea: async () => null,
    updateAnswer: async () => true,
    repairTable,
  };
}

describe("ChecklistTab with a damaged checklist", () => {
  it("shows what was found and a 'Tabel herstellen' button", () => {
    const html = renderToString(<FluentProvider theme={webLightTheme}><ChecklistTab state={state(async () => true)} /></FluentProvider>);
    expect(html).toContain("staat niet meer in een Excel-tabel");
    expect(html).toContain("Tabel herstellen");
    expect(html).not.toMatch(/verwijder/i);
  });

  it("shows the message without a button when the repository cannot repair", () => {
    const html = renderToString(<FluentProvider theme={webLightTheme}><ChecklistTab state={state(null)} /></FluentProvider>);
    expect(html).toContain("staat niet meer in een Excel-tabel");
    expect(html).not.toContain("Tabel herstellen");
  });
});
