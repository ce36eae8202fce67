import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ChangeEvent } from "react";
import type { AnalysisService } from "../analysis/AnalysisService";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { App } from "../taskpane/App";
import { UserNameField } from "../taskpane/components/UserNameField";
import { errorText } from "../taskpane/useChecklist";
import { readUserName } from "../taskpane/userName";

/** An opened workbook: the checklist and the analyses over it, and a way to write it back to .xlsx bytes. */
export interface OpenedWorkbook {
  repository: ChecklistRepository;
  /** Reports on the workbook's own sheets (downloaded with it) and the partner copy (a separate download). */
  analysis?: AnalysisService;
  toBuffer: () => Promise<ArrayBuffer>;
  /** Dutch notices about the opened file (e.g. parts the preview keeps but cannot show). */
  notices?: string[];
  /** Frees what the workbook holds (its worker) once another one is opened. */
  close?: () => void;
}

/** Progress and cancel while a workbook opens. */
export interface OpenControl {
  onProgress?: (progress: { step: string; fraction: number | null }) => void;
  signal?: AbortSignal;
}

export interface PreviewShellProps {
  /** URL of the sample workbook shipped with the preview. */
  sampleUrl: string;
  sampleFileName: string;
  /** `userName` is read at every write, so a name typed later still counts; `fileName` names downloads made from it. */
  open: (buffer: ArrayBuffer, userName: () => string | null, fileName: string, control?: OpenControl) => Promise<OpenedWorkbook>;
}


const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  top: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  name: { maxWidth: "320px" },
  pane: { flex: "1 1 auto", maxWidth: "640px", width: "100%" },
  wait: { padding: tokens.spacingHorizontalL, display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

/** "wijk-noord.xlsx" → "wijk-noord-mengwijzer.xlsx"; keeps an existing suffix from piling up. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "").replace(/-mengwijzer$/i, "");
  return `${base || "werkmap"}-mengwijzer.xlsx`;
}

/** "wijk-noord.xlsx" → "wijk-noord-partnerkopie.xlsx". */
export function partnerCopyName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "").replace(/-mengwijzer$/i, "").replace(/-partnerkopie$/i, "");
  return `${base || "werkmap"}-partnerkopie.xlsx`;
}

/** Offers bytes as a file download (an <a download> click; nothing leaves the browser). */
export function downloadBytes(bytes: ArrayBuffer, fileName: string): void {
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Marks the workbook unsaved after each report written to it; the partner copy is a separate file, downloaded under
 * the name `partnerFileName` (the pane shows that name).
 */
function trackAnalysis(analysis: AnalysisService, onChange: () => void, partnerFileName: string): AnalysisService {
  return {
    findSources: (options) => analysis.findSources(options),
    confirmMapping: async (source, kind, assignments, values) => {
      const result = await analysis.confirmMapping(source, kind, assignments, values);
      onChange();
      return result;
    },
    inspectValues: (source, kind, options) => analysis.inspectValues(source, kind, options),
    saveValueMapping: async (source, kind, values, options) => {
      const result = await analysis.saveValueMapping(source, kind, values, options);
      onChange();
      return result;
    },
    buildAreaReport: async (source, options) => {
      const result = await analysis.buildAreaReport(source, options);
      onChange();
      return result;
    },
    buildAllocationReport: async (source, options) => {
      const result = await analysis.buildAllocationReport(source, options);
      onChange();
      return result;
    },
    makePartnerCopy: async (options) => ({ ...(await analysis.makePartnerCopy(options)), fileName: partnerFileName }),
    ...(analysis.prepareVitalitySheet
      ? {
          prepareVitalitySheet: async (source: Parameters<NonNullable<AnalysisService["prepareVitalitySheet"]>>[0], options: Parameters<NonNullable<AnalysisService["prepareVitalitySheet"]>>[1]) => {
            const result = await analysis.prepareVitalitySheet!(source, options);
            onChange();
            return result;
          },
        }
      : {}),
    ...(analysis.vitalityOverview ? { vitalityOverview: () => analysis.vitalityOverview!() } : {}),
    showSheet: async (sheetName) => {
      const result = await analysis.showSheet(sheetName);
      onChange(); // the download now opens on that sheet
      return result;
    },
    readAllocationChoice: () => analysis.readAllocationChoice(),
    saveAllocationChoice: async (choice) => {
      await analysis.saveAllocationChoice(choice);
      onChange();
    },
  };
}

/** Counts writes so the page can warn before unsaved changes are lost. */
function trackChanges(repository: ChecklistRepository, onChange: () => void): ChecklistRepository {
  return {
    load: () => repository.load(),
    subscribe: (listener) => repository.subscribe(listener),
    addArea: async (area) => {
      const result = await repository.addArea(area);
      onChange();
      return result;
    },
    updateAnswer: async (area, itemId, patch) => {
      const result = await repository.updateAnswer(area, itemId, patch);
      onChange();
      return result;
    },
    ...(repository.repairTable
      ? {
          repairTable: async () => {
            const result = await repository.repairTable!();
            onChange();
            return result;
          },
        }
      : {}),
  };
}

/** The browser preview: a toolbar to open and download a workbook, a banner, and the same task pane as in Excel. */
export function PreviewShell({ sampleUrl, sampleFileName, open }: PreviewShellProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<{ opened: OpenedWorkbook; fileName: string; generation: number } | null>(null);
  const [loading, setLoading] = useState<string | null>("Voorbeeldwerkmap openen…");
  const [error, setError] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const generation = useRef(0);
  const nameRef = useRef(readUserName());
  const current = useRef<OpenedWorkbook | null>(null);
  const opening = useRef<AbortController | null>(null);

  const openBuffer = useCallback(
    async (buffer: ArrayBuffer, fileName: string, control?: OpenControl) => {
      const opened = await open(buffer, () => nameRef.current.trim() || null, fileName, control);
      current.current?.close?.();
      current.current = opened;
      generation.current += 1;
      const repository = trackChanges(opened.repository, () => setUnsaved(true));
      const analysis = opened.analysis && trackAnalysis(opened.analysis, () => setUnsaved(true), partnerCopyName(fileName));
      setWorkbook({ opened: { ...opened, repository, analysis }, fileName, generation: generation.current });
      setUnsaved(false);
    },
    [open],
  );

  useEffect(() => {
    let cancelled = false;
    // Handles its own failure (the catch below shows it), so the promise is dropped on purpose.
    void (async () => {
      try {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
        const buffer = await response.arrayBuffer();
        if (!cancelled) await openBuffer(buffer, sampleFileName);
      } catch (e) {
        if (!cancelled) setError(errorText(e, "De voorbeeldwerkmap kon niet worden geopend"));
      } finally {
        if (!cancelled) setLoading(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [sampleUrl, sampleFileName, openBuffer]);

  // The browser asks before leaving the page while changes have not been downloaded.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again must fire change again
    if (!file) return;
    if (unsaved && !window.confirm("U hebt wijzigingen die nog niet zijn gedownload. Toch een andere werkmap openen?")) return;
    setError(null);
    setLoading(`'${file.name}' openen…`);
    const controller = new AbortController();
    opening.current = controller;
    const onProgress = ({ step, fraction }: { step: string; fraction: number | null }) =>
      setLoading(`'${file.name}' openen: ${step}${fraction === null ? "" : ` ${Math.round(fraction * 100)}%`}`);
    try {
      await openBuffer(await file.arrayBuffer(), file.name, { onProgress, signal: controller.signal });
    } catch (e) {
      // The workbook that was open stays open and usable.
      if ((e as Error)?.name === "AbortError") setError(null);
      else setError(errorText(e, `'${file.name}' kon niet worden geopend als .xlsx-werkmap`));
    } finally {
      opening.current = null;
      setLoading(null);
    }
  };

  const onDownload = async () => {
    if (!workbook) return;
    setDownloading(true);
    setError(null);
    try {
      downloadBytes(await workbook.opened.toBuffer(), downloadName(workbook.fileName));
      setUnsaved(false);
    } catch (e) {
      setError(errorText(e, "De werkmap kon niet worden gedownload"));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang="nl">
      <div className={styles.page}>
        <div className={styles.top} role="region" aria-label="Browservoorbeeld">
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Browservoorbeeld</MessageBarTitle>
              De werkmap blijft in uw browser: er gaat niets naar een server. Download haar om uw wijzigingen te bewaren.
            </MessageBarBody>
          </MessageBar>
          <div className={styles.toolbar}>
            <input
              ref={fileInput}
              id="open-xlsx"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={styles.hiddenInput}
              aria-label="Eigen .xlsx-bestand kiezen"
              tabIndex={-1}
              onChange={(e) => void onFile(e)}
            />
            <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()} disabled={loading !== null}>
              Open eigen .xlsx
            </Button>
            <Button
              appearance="primary"
              icon={downloading ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
              onClick={() => void onDownload()}
              disabled={!workbook || downloading || loading !== null}
            >
              Download .xlsx
            </Button>
          </div>
          <UserNameField className={styles.name} onChange={(value) => (nameRef.current = value)} />
          <Text size={200} aria-live="polite">
            {workbook ? `Geopend: ${workbook.fileName}${unsaved ? " (wijzigingen nog niet gedownload)" : ""}` : ""}
          </Text>
          {error && (
            <MessageBar intent="error" role="alert" layout="multiline">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={styles.pane}>
          {loading && (
            <div className={styles.wait}>
              <Spinner label={loading} />
              {opening.current && (
                <Button onClick={() => opening.current?.abort()} aria-label="Openen annuleren">
                  Annuleren
                </Button>
              )}
            </div>
          )}
          {workbook?.opened.notices?.map((notice) => (
            <MessageBar key={notice} intent="info" layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ))}
          {/* A new key per opened file: the pane starts fresh with the new workbook's checklist. */}
          {workbook && <App key={workbook.generation} repository={workbook.opened.repository} analysis={workbook.opened.analysis} />}
        </div>
      </div>
    </FluentProvider>
  );
}
