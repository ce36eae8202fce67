/**
 * The running job: step, progress bar and "Annuleren". It appears right under the button that started it, is scrolled
 * into view and takes the focus (its heading), so a screen reader and a sighted user both notice that work started.
 */
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { JobProgress } from "../useAnalyses";

const useStyles = makeStyles({
  progress: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    scrollMarginTop: tokens.spacingVerticalL,
    scrollMarginBottom: tokens.spacingVerticalL,
  },
  heading: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", justifyContent: "space-between" },
});

export function ProgressPanel({ job, onCancel }: { job: JobProgress; onCancel: () => void }) {
  const styles = useStyles();
  const panel = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Once, when the panel appears.
    panel.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const { stepIndex, stepCount, progress } = job;
  const overall = progress.fraction === null ? undefined : Math.min(1, (stepIndex + progress.fraction) / stepCount);
  const percent = overall === undefined ? null : Math.round(overall * 100);
  return (
    <div ref={panel} className={styles.progress} data-testid="voortgang">
      <div className={styles.row}>
        <Text as="h3" ref={heading} tabIndex={-1} weight="semibold" size={300} className={styles.heading} id="rapporten-voortgang-kop">
          Bezig met de rapporten{percent === null ? "…" : ` (${percent}%)`}
        </Text>
        <Button size="small" icon={<DismissRegular />} onClick={onCancel}>
          Annuleren
        </Button>
      </div>
      <div role="status" aria-live="polite">
        <Field
          label={stepCount > 1 ? `Stap ${stepIndex + 1} van ${stepCount}: ${job.label}` : job.label}
          validationState="none"
          validationMessage={progress.step}
        >
          <ProgressBar value={overall} max={1} thickness="large" aria-valuetext={percent === null ? progress.step : `${percent}%: ${progress.step}`} />
        </Field>
      </div>
    </div>
  );
}
