import { Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { Area } from "../../core/checklist/types";
import { AddAreaDialog } from "./AddAreaDialog";

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
}

export function AreaPicker({ areas, selected, onSelect, onAdd }: Props) {
  const styles = useStyles();
  const current = areas.find((a) => a.name === selected);
  return (
    <div className={styles.root}>
      {areas.length > 0 && (
        <Field label="Gebied" className={styles.field}>
          <Dropdown
            className={styles.dropdown}
            value={current ? areaLabel(current) : ""}
            selectedOptions={current ? [current.name] : []}
            placeholder="Kies een gebied"
            onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
          >
            {areas.map((area) => (
              <Option key={area.name} value={area.name} text={areaLabel(area)}>
                {areaLabel(area)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <AddAreaDialog existingNames={areas.map((a) => a.name)} onAdd={onAdd} />
    </div>
  );
}
