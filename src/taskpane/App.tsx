import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ChecklistRepository } from "../core/checklist/ChecklistRepository";
import { AboutTab } from "./components/AboutTab";
import { AppHeader } from "./components/AppHeader";
import { ChecklistTab } from "./components/ChecklistTab";
import { NoteDrafts, NoteDraftsContext } from "./noteDrafts";
import { useChecklist } from "./useChecklist";

const useStyles = makeStyles({
  root: { minHeight: "100%", minWidth: "280px", backgroundColor: tokens.colorNeutralBackground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

type TabId = "checklist" | "over";

export interface AppProps {
  repository: ChecklistRepository;
  /** Show "Uw naam" in the checklist (Excel, where the host does not tell the user's name). */
  askUserName?: boolean;
}

/** The task pane; the same component runs in Excel and in the browser preview (only the repository differs). */
export function App({ repository, askUserName = false }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="nl">
      <AppBody repository={repository} askUserName={askUserName} />
    </FluentProvider>
  );
}

function AppBody({ repository, askUserName }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("checklist");
  const state = useChecklist(repository);
  const drafts = useMemo(() => new NoteDrafts(), []);
  return (
    <NoteDraftsContext.Provider value={drafts}>
      <div className={styles.root}>
        <AppHeader>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Onderdelen van Mengwijzer">
            <Tab value="checklist">Checklist</Tab>
            <Tab value="over">Over</Tab>
          </TabList>
        </AppHeader>
        {/* Both tabs stay mounted so the chosen area and filters survive a look at "Over". */}
        <main>
          <div hidden={tab !== "checklist"}>
            <ChecklistTab state={state} askUserName={askUserName} />
          </div>
          <div hidden={tab !== "over"}>
            <AboutTab />
          </div>
        </main>
      </div>
    </NoteDraftsContext.Provider>
  );
}
