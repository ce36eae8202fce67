import { Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { Area } from "../../core/checklist/types";
import { AddAreaDialog } from "./AddAreaDialog";
import type { AreaVitality } from "../../core/vitality/vitalitySummary";
import { vitalityOfArea } from "../../core/vitality/areaVitality";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flex: "1 1 180px", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

export function areaLabel(area: Area): string {
  return area.cbsCode ? `${area.name} (${area.cbsCode})` : area.name;
}

interface Props {
  areas: readonly Area[];
  selected: string | null;
  onSelect: (name: string) => void;
  onAdd: (area: Area) => Promise<string | null>;
  /** Vitality per area (issue 16): an area whose latest score signals gets a marker in the list. */
  vitality?: readonly AreaVitality[] | null;
}

/** The area's label with the vitality marker when its latest score is at or above the threshold. */
export function markedLabel(area: Area, vitality: readonly AreaVitality[] | null | undefined): string {
  const v = vitality ? vitalityOfArea(area, vitality) : null;
  return v?.signals ? `${areaLabel(area)} ⚠ vitaliteit ${v.latest.outcome.score}` : areaLabel(area);
}

export function AreaPicker({ areas, selected, onSelect, onAdd, vitality }: Props) {
  const styles = useStyles();
  const current = areas.find((a) => a.name === selected);
  return (
    <div className={styles.root}>
      {areas.length > 0 && (
        <Field label="Gebied" className={styles.field}>
          <Dropdown
            className={styles.dropdown}
            value={current ? markedLabel(current, vitality) : ""}
            selectedOptions={current ? [current.name] : []}
            placeholder="Kies een gebied"
            onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
          >
            {areas.map((area) => (
              <Option key={area.name} value={area.name} text={markedLabel(area, vitality)}>
                {markedLabel(area, vitality)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <AddAreaDialog existingNames={areas.map((a) => a.name)} onAdd={onAdd} />
    </div>
  );
}
