import { Button, Divider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { PARTS } from "../../core/checklist/types";
import type { Area, Part } from "../../core/checklist/types";
import { filterItems, itemsForArea, NO_FILTER, progressByPart } from "../checklistView";
import type { ItemFilter } from "../checklistView";
import { useNoteDrafts } from "../noteDrafts";
import type { ChecklistState } from "../useChecklist";
import { AreaPicker } from "./AreaPicker";
import { ItemFilters } from "./ItemFilters";
import { ItemList } from "./ItemList";
import { ProblemsPanel } from "./ProblemsPanel";
import { ProgressOverview } from "./ProgressOverview";
import { StatusArea } from "./StatusArea";
import { UserNameField } from "./UserNameField";
import type { AreaVitality } from "../../core/vitality/vitalitySummary";
import { vitalityMarkerText, vitalityOfArea } from "../../core/vitality/areaVitality";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export function ChecklistTab({ state, askUserName = false, vitality = null }: { state: ChecklistState; askUserName?: boolean; vitality?: readonly AreaVitality[] | null }) {
  const styles = useStyles();
  const { snapshot, busyLabel, errors, loadFailed, dismissError, reload, addArea, updateAnswer, repairTable } = state;
  const drafts = useNoteDrafts();
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState<ItemFilter>(NO_FILTER);
  const [openParts, setOpenParts] = useState<Part[]>(PARTS.map((p) => p.id));

  const areas = snapshot?.areas ?? [];
  // A deleted or renamed area (by a co-author) falls back to the first one rather than an empty pane.
  const area = areas.find((a) => a.name === selected)?.name ?? areas[0]?.name ?? null;

  const onAdd = useCallback(
    async (newArea: Area) => {
      const message = await addArea(newArea);
      if (message === null) setSelected(newArea.name);
      return message;
    },
    [addArea],
  );

  const areaVitality = useMemo(() => {
    const current = areas.find((a) => a.name === area);
    return current && vitality ? vitalityOfArea(current, vitality) : null;
  }, [areas, area, vitality]);

  const views = useMemo(() => (snapshot && area ? itemsForArea(snapshot, area) : []), [snapshot, area]);
  const progress = useMemo(() => (snapshot && area ? progressByPart(snapshot, area) : []), [snapshot, area]);
  const shown = area ? filterItems(views, filter, drafts.itemsWithDrafts(area)) : [];

  const onFilter = (next: ItemFilter) => {
    setFilter(next);
    // Searching or choosing a part opens what matches, so results are never hidden in a closed part.
    if (next.part !== "alle") setOpenParts((open) => (open.includes(next.part as Part) ? open : [...open, next.part as Part]));
    else if (next.query.trim() !== "" && filter.query.trim() === "") setOpenParts(PARTS.map((p) => p.id));
  };

  if (snapshot === null) {
    return (
      <div className={styles.root}>
        <StatusArea busyLabel={null} errors={errors} onDismissError={dismissError} />
        {loadFailed ? (
          <Button appearance="primary" onClick={() => void reload()}>
            Opnieuw proberen
          </Button>
        ) : (
          <Spinner label="Checklist laden…" />
        )}
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <StatusArea busyLabel={busyLabel} errors={errors} onDismissError={dismissError} />
      <AreaPicker areas={areas} selected={area} onSelect={setSelected} onAdd={onAdd} vitality={vitality} />
      {areaVitality && (
        <MessageBar intent={areaVitality.signals ? "warning" : "info"} layout="multiline" data-testid="vitaliteit-marker">
          <MessageBarBody>{vitalityMarkerText(areaVitality)}</MessageBarBody>
        </MessageBar>
      )}
      {askUserName && <UserNameField />}
      {snapshot.repair && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{snapshot.repair.message}</MessageBarBody>
          {repairTable && (
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void repairTable()} disabled={busyLabel !== null}>
                Tabel herstellen
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <ProblemsPanel unreadable={snapshot.unreadable} notices={snapshot.notices} />
      {area === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Nog geen gebieden. Voeg een gebied toe (bijvoorbeeld een buurt of wijk) om per instrument bij te houden wat u
            overweegt, wie het oppakt en waarom. De checklist komt op het blad Mengwijzer_Checklist.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ProgressOverview progress={progress} />
          <Divider />
          <ItemFilters filter={filter} onChange={onFilter} shown={shown.length} total={views.length} />
          <ItemList views={shown} openParts={openParts} onToggle={setOpenParts} onUpdate={updateAnswer} />
          <Text size={200}>Catalogusversie {snapshot.catalogue.version}</Text>
        </>
      )}
    </div>
  );
}
