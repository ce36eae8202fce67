import { Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { OWNERS, STATUSES } from "../../core/checklist/types";
import type { AnswerPatch } from "../../core/checklist/ChecklistRepository";
import type { Answer, CatalogueItem, Owner, Status } from "../../core/checklist/types";
import { lastChangeText } from "../checklistView";
import { NoteEditor } from "./NoteEditor";
import { citeSource } from "../../core/checklist/sourceDocuments";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0 },
  meta: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  controls: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  changed: { color: tokens.colorNeutralForeground3 },
});

const NO_OWNER = "geen eigenaar";

interface Props {
  item: CatalogueItem;
  answer: Answer;
  onUpdate: (area: string, itemId: string, patch: AnswerPatch) => Promise<boolean>;
}

/** One checklist item: what it is, what to watch for, where it comes from, and the area's answer. */
export const ChecklistItemCard = memo(function ChecklistItemCard({ item, answer, onUpdate }: Props) {
  const styles = useStyles();
  const headingId = `item-${answer.area}-${item.id}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const update = (patch: AnswerPatch) => onUpdate(answer.area, item.id, patch);
  return (
    <article className={styles.root} aria-labelledby={headingId} data-item-id={item.id}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.title}>
        {item.step ? `Stap ${item.step}: ` : ""}
        {item.title}
      </Text>
      <Text as="p" size={300} style={{ margin: 0 }}>
        {item.explanation}
      </Text>
      {item.caution && (
        <MessageBar intent="warning" layout="multiline" aria-label="Let op">
          <MessageBarBody>
            <strong>Let op: </strong>
            {item.caution}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.meta}>
        <Caption1>Wie: {item.actors.length > 0 ? item.actors.join(", ") : "niet vastgelegd"}</Caption1>
        <Caption1>Bron: {citeSource(item.source)}</Caption1>
        {(item.alsoSources ?? []).map((ref) => (
          <Caption1 key={`${ref.file}|${ref.section}`}>Zie ook: {citeSource(ref)}</Caption1>
        ))}
      </div>
      <div className={styles.controls}>
        <Field label="Status">
          <Dropdown
            className={styles.control}
            value={answer.status}
            selectedOptions={[answer.status]}
            onOptionSelect={(_, d) => {
              if (d.optionValue && d.optionValue !== answer.status) void update({ status: d.optionValue as Status });
            }}
          >
            {STATUSES.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Eigenaar">
          <Dropdown
            className={styles.control}
            value={answer.owner ?? NO_OWNER}
            selectedOptions={[answer.owner ?? ""]}
            onOptionSelect={(_, d) => {
              const owner = d.optionValue ? (d.optionValue as Owner) : null;
              if (owner !== answer.owner) void update({ owner });
            }}
          >
            <Option value="" text={NO_OWNER}>
              {NO_OWNER}
            </Option>
            {OWNERS.map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <NoteEditor area={answer.area} itemId={item.id} stored={answer.note} onSave={(note) => update({ note })} />
      <Caption1 className={styles.changed}>{lastChangeText(answer)}</Caption1>
    </article>
  );
});
