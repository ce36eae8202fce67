import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from "@fluentui/react-components";
import { PARTS } from "../../core/checklist/types";
import type { Part } from "../../core/checklist/types";
import type { AnswerPatch } from "../../core/checklist/ChecklistRepository";
import type { ItemView } from "../checklistView";
import { ChecklistItemCard } from "./ChecklistItemCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  empty: { padding: tokens.spacingVerticalM },
});

interface Props {
  views: readonly ItemView[];
  openParts: Part[];
  onToggle: (parts: Part[]) => void;
  onUpdate: (area: string, itemId: string, patch: AnswerPatch) => Promise<boolean>;
}

/** The items grouped by part; every part opens and closes on its own. */
export function ItemList({ views, openParts, onToggle, onUpdate }: Props) {
  const styles = useStyles();
  const groups = PARTS.map((p) => ({ ...p, views: views.filter((v) => v.item.part === p.id) })).filter((g) => g.views.length > 0);
  if (groups.length === 0) {
    return <Text className={styles.empty}>Geen punten gevonden. Pas de filters of de zoekterm aan.</Text>;
  }
  return (
    <Accordion
      multiple
      collapsible
      openItems={openParts}
      onToggle={(_, data) => onToggle(data.openItems as Part[])}
    >
      {groups.map((g) => (
        <AccordionItem key={g.id} value={g.id}>
          <AccordionHeader as="h2" size="medium">
            {g.title} ({g.views.length})
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {g.views.map((v) => (
              <ChecklistItemCard key={`${v.answer.area}:${v.item.id}`} item={v.item} answer={v.answer} onUpdate={onUpdate} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
