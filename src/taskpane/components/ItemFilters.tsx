import { Button, Dropdown, Field, makeStyles, Option, SearchBox, Text, tokens } from "@fluentui/react-components";
import { countText } from "../../core/countText";
import { OWNERS, PARTS, STATUSES } from "../../core/checklist/types";
import type { Owner, Part, Status } from "../../core/checklist/types";
import type { ItemFilter } from "../checklistView";
import { isFilterActive, NO_FILTER } from "../checklistView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  footer: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

const ALL_STATUSES = "Alle statussen";
const ALL_OWNERS = "Alle eigenaren";
const NO_OWNER = "Geen eigenaar";
const ALL_PARTS = "Alle onderdelen";

interface Props {
  filter: ItemFilter;
  onChange: (filter: ItemFilter) => void;
  shown: number;
  total: number;
}

export function ItemFilters({ filter, onChange, shown, total }: Props) {
  const styles = useStyles();
  const statusText = filter.status === "alle" ? ALL_STATUSES : filter.status;
  const ownerText = filter.owner === "alle" ? ALL_OWNERS : filter.owner === "geen" ? NO_OWNER : filter.owner;
  const partText = filter.part === "alle" ? ALL_PARTS : (PARTS.find((p) => p.id === filter.part)?.title ?? ALL_PARTS);
  return (
    <section className={styles.root} aria-label="Filter en zoeken">
      <Field label="Zoeken in de checklist">
        <SearchBox
          className={styles.control}
          value={filter.query}
          placeholder="bijv. grondbeleid"
          onChange={(_, data) => onChange({ ...filter, query: data.value })}
        />
      </Field>
      <div className={styles.grid}>
        <Field label="Status">
          <Dropdown
            className={styles.control}
            value={statusText}
            selectedOptions={[filter.status]}
            onOptionSelect={(_, d) => onChange({ ...filter, status: (d.optionValue ?? "alle") as Status | "alle" })}
          >
            <Option value="alle">{ALL_STATUSES}</Option>
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
            value={ownerText}
            selectedOptions={[filter.owner]}
            onOptionSelect={(_, d) => onChange({ ...filter, owner: (d.optionValue ?? "alle") as Owner | "geen" | "alle" })}
          >
            <Option value="alle">{ALL_OWNERS}</Option>
            <Option value="geen">{NO_OWNER}</Option>
            {OWNERS.map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Onderdeel">
          <Dropdown
            className={styles.control}
            value={partText}
            selectedOptions={[filter.part]}
            onOptionSelect={(_, d) => onChange({ ...filter, part: (d.optionValue ?? "alle") as Part | "alle" })}
          >
            <Option value="alle">{ALL_PARTS}</Option>
            {PARTS.map((p) => (
              <Option key={p.id} value={p.id} text={p.title}>
                {p.title}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={styles.footer}>
        <Text size={200} aria-live="polite">
          {shown === total ? `${countText(total, "punt", "punten")} op de checklist` : `${shown} van ${countText(total, "punt", "punten")} getoond`}
        </Text>
        {isFilterActive(filter) && (
          <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTER)}>
            Filters wissen
          </Button>
        )}
      </div>
    </section>
  );
}
