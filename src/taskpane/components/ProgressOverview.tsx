import { Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { PartProgress } from "../checklistView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** Per part: how many items have been looked at ("bekeken") and how many are done ("afgerond" or "bewust niet"). */
export function ProgressOverview({ progress }: { progress: readonly PartProgress[] }) {
  const styles = useStyles();
  const total = progress.reduce((s, p) => s + p.total, 0);
  const reviewed = progress.reduce((s, p) => s + p.reviewed, 0);
  const done = progress.reduce((s, p) => s + p.done, 0);
  return (
    <section className={styles.root} aria-labelledby="voortgang-kop">
      <Text as="h2" id="voortgang-kop" size={400} weight="semibold" className={styles.heading}>
        Voortgang: {reviewed} van {total} bekeken, {done} afgehandeld
      </Text>
      {progress.map((p) => (
        <Field
          key={p.part}
          label={p.title}
          hint={`${p.reviewed} van ${p.total} bekeken · ${p.done} afgehandeld`}
        >
          <ProgressBar value={p.shareReviewed} thickness="large" aria-valuetext={`${p.reviewed} van ${p.total} bekeken`} />
        </Field>
      ))}
    </section>
  );
}
