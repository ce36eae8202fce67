/**
 * The Analyses tab's "Vitaliteit" block (issue 16): choose buurt or wijk and the year, then make the input sheet
 * Mengwijzer_Vitaliteit from the stock, or update it (new areas and years are added, removed areas marked; what the
 * user typed stays). Talks to the workbook only through the AnalysisService.
 */
import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, SpinButton, Spinner, Text, tokens } from "@fluentui/react-components";
import { HeartPulseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { AnalysisService } from "../../analysis/AnalysisService";
import type { AreaLevel } from "../../core/vitality/vitalitySheet";
import type { DataSource } from "../../workbook/AnalysisWorkbook";
import { analysisErrorText } from "../analysisView";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  settings: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  full: { minWidth: 0, width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  service: AnalysisService;
  stock: DataSource | null;
  /** The norms year of the reports (classifies dwellings when the stock has no segment column). */
  normYear: number;
  disabled: boolean;
}

interface Outcome {
  intent: "success" | "error";
  title: string;
  lines: string[];
}

export function VitalityPanel({ service, stock, normYear, disabled }: Props) {
  const styles = useStyles();
  const [level, setLevel] = useState<AreaLevel>("buurt");
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!service.prepareVitalitySheet) return null;
  const prepare = async () => {
    if (!stock || !service.prepareVitalitySheet) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await service.prepareVitalitySheet(stock, { level, year, normYear });
      setOutcome({ intent: "success", title: result.summary, lines: result.warnings });
    } catch (e) {
      setOutcome({ intent: "error", title: "Het invoerblad is niet gemaakt of bijgewerkt", lines: [analysisErrorText(e)] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="analyses-vitaliteit">
      <Text as="h2" id="analyses-vitaliteit" weight="semibold" size={400} className={styles.heading}>
        Vitaliteit
      </Text>
      <Text size={200}>
        Mengwijzer maakt het invoerblad Mengwijzer_Vitaliteit met één rij per gebied uit de voorraad. Vul daar per gebied de
        Leefbaarometer-klasse, wijkraad, wijkregisseur en overlast in; de punten, de score en het oordeel rekenen mee. Opnieuw
        bijwerken voegt nieuwe gebieden en jaren toe en markeert verdwenen gebieden; wat u typte, blijft staan.
      </Text>
      <div className={styles.settings}>
        <Field label="Gebieden">
          <Dropdown
            className={styles.full}
            disabled={disabled || busy}
            value={level}
            selectedOptions={[level]}
            onOptionSelect={(_, d) => d.optionValue && setLevel(d.optionValue as AreaLevel)}
          >
            <Option value="buurt">buurt</Option>
            <Option value="wijk">wijk</Option>
          </Dropdown>
        </Field>
        <Field label="Jaar van de score">
          <SpinButton
            className={styles.full}
            disabled={disabled || busy}
            min={2000}
            max={2100}
            value={year}
            onChange={(_, d) => {
              const v = d.value ?? Number(d.displayValue);
              if (Number.isInteger(v) && v >= 2000 && v <= 2100) setYear(v as number);
            }}
          />
        </Field>
      </div>
      <Button icon={busy ? <Spinner size="tiny" /> : <HeartPulseRegular />} disabled={disabled || busy || !stock} onClick={() => void prepare()} style={{ alignSelf: "flex-start" }}>
        Invoerblad maken of bijwerken
      </Button>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === "error" ? "alert" : undefined} data-testid="vitaliteit-resultaat">
          <MessageBarBody>
            <MessageBarTitle>{outcome.intent === "success" ? "Klaar" : "Mislukt"}</MessageBarTitle>
            <span>{outcome.title}</span>
            {outcome.lines.length > 0 && (
              <ul className={styles.list}>
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
