import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { AnalysisService } from "../analysis/AnalysisService";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { AboutTab } from "./components/AboutTab";
import { AnalysesTab } from "./components/AnalysesTab";
import { AppHeader } from "./components/AppHeader";
import { ChecklistTab } from "./components/ChecklistTab";
import { NoteDrafts, NoteDraftsContext } from "./noteDrafts";
import { useChecklist } from "./useChecklist";
import { useVitalityOverview } from "./useVitalityOverview";

const useStyles = makeStyles({
  root: { minHeight: "100%", minWidth: "280px", backgroundColor: tokens.colorNeutralBackground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

type TabId = "checklist" | "analyses" | "over";

export interface AppProps {
  repository: ChecklistRepository;
  /** Show "Uw naam" in the checklist (Excel, where the host does not tell the user's name). */
  askUserName?: boolean;
  /** The analyses (reports, partner copy); the "Analyses" tab shows only when given. */
  analysis?: AnalysisService;
}

/** The task pane; the same component runs in Excel and in the browser preview (only the repository differs). */
export function App({ repository, askUserName = false, analysis }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="nl">
      <AppBody repository={repository} askUserName={askUserName} analysis={analysis} />
    </FluentProvider>
  );
}

function AppBody({ repository, askUserName, analysis }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("checklist");
  // The Analyses tab reads the workbook when it mounts: only once it is first opened, then it stays mounted.
  const [analysesOpened, setAnalysesOpened] = useState(false);
  const state = useChecklist(repository);
  const drafts = useMemo(() => new NoteDrafts(), []);
  // Read again each time the checklist is shown, so a score typed meanwhile shows its marker.
  const vitality = useVitalityOverview(analysis, tab === "checklist" ? tab : null);
  return (
    <NoteDraftsContext.Provider value={drafts}>
      <div className={styles.root}>
        <AppHeader>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => {
              setTab(d.value as TabId);
              if (d.value === "analyses") setAnalysesOpened(true);
            }} aria-label="Onderdelen van Mengwijzer">
            <Tab value="checklist">Checklist</Tab>
            {analysis && <Tab value="analyses">Analyses</Tab>}
            <Tab value="over">Over</Tab>
          </TabList>
        </AppHeader>
        {/* The tabs stay mounted so the chosen area, filters and report results survive a look at another tab. */}
        <main>
          <div hidden={tab !== "checklist"}>
            <ChecklistTab state={state} askUserName={askUserName} vitality={vitality} />
          </div>
          {analysis && analysesOpened && (
            <div hidden={tab !== "analyses"}>
              <AnalysesTab service={analysis} />
            </div>
          )}
          <div hidden={tab !== "over"}>
            <AboutTab />
          </div>
        </main>
      </div>
    </NoteDraftsContext.Provider>
  );
}
