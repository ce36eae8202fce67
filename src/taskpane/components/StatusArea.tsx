import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  spinner: { justifyContent: "flex-start" },
});

interface Props {
  busyLabel: string | null;
  errors: readonly string[];
  onDismissError: () => void;
}

/** Busy label and error of repository calls; live regions so screen readers hear both. */
export function StatusArea({ busyLabel, errors, onDismissError }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div aria-live="polite">{busyLabel && <Spinner size="tiny" labelPosition="after" label={busyLabel} className={styles.spinner} />}</div>
      {errors.length > 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Er ging iets mis</MessageBarTitle>
            {errors.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label="Foutmelding sluiten" icon={<DismissRegular />} onClick={onDismissError} />}
          />
        </MessageBar>
      )}
    </div>
  );
}
