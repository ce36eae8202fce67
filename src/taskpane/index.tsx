/**
 * Excel entry (dist/taskpane.html, shared runtime with the custom functions): waits for Office.js, then shows the task
 * pane over the open workbook. If Office never becomes ready (page opened outside Excel), says so in Dutch.
 */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WorkbookAnalysisService } from "../analysis/WorkbookAnalysisService";
import { CATALOGUE } from "../core/checklist/catalogue";
import { OfficeWorkbookAdapter } from "../workbook/OfficeWorkbookAdapter";
import { WorkbookChecklistRepository } from "../workbook/WorkbookChecklistRepository";
import { App } from "./App";
import { readUserName } from "./userName";

const container = document.getElementById("root");

function showMessage(text: string): void {
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="nl">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

if (container) {
  if (typeof Office === "undefined") {
    showMessage("Office.js is niet geladen. Open Mengwijzer vanuit Excel, of gebruik het browservoorbeeld (preview.html).");
  } else {
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        showMessage("Mengwijzer werkt alleen in Excel. Open de invoegtoepassing vanuit een Excel-werkmap.");
        return;
      }
      // Excel does not tell who is editing; the name typed in the pane (kept in this browser only) is used instead.
      const adapter = new OfficeWorkbookAdapter({ userName: async () => readUserName().trim() || null });
      const repository = new WorkbookChecklistRepository(adapter, CATALOGUE);
      // The analyses write their report sheets (with native charts) into this workbook; the partner copy is a new one.
      const analysis = new WorkbookAnalysisService(adapter, { checklist: repository });
      createRoot(container).render(<App repository={repository} analysis={analysis} askUserName />);
    }).catch((error: unknown) => {
      // Office could not start the add-in (or rendering failed): say so in the pane instead of leaving it blank.
      showMessage(`Mengwijzer kon niet starten: ${error instanceof Error ? error.message : String(error)}. Sluit het taakvenster en open het opnieuw.`);
    });
  }
}
