import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { UnreadableRow } from "../../core/checklist/ChecklistRepository";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  unreadable: readonly UnreadableRow[];
  notices: readonly string[];
}

/** Rows of the checklist table Mengwijzer could not read (kept as they are) and notices from reading it. */
export function ProblemsPanel({ unreadable, notices }: Props) {
  const styles = useStyles();
  if (unreadable.length === 0 && notices.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Meldingen bij de checklist">
      {notices.map((notice, i) => (
        <MessageBar key={`notice-${i}`} intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      {unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Niet alle rijen gelezen</MessageBarTitle>
            Deze rijen kon Mengwijzer niet lezen; ze blijven ongewijzigd staan:
            <ul className={styles.list}>
              {unreadable.map((row) => (
                <li key={row.sheetRow}>
                  rij {row.sheetRow} — {row.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
