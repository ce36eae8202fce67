import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import type { Area } from "../../core/checklist/types";
import { areaNameError, cbsCodeError, normaliseCbsCode } from "../cbsCode";

const useStyles = makeStyles({
  surface: { maxWidth: "min(480px, calc(100vw - 24px))" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

interface Props {
  existingNames: readonly string[];
  /** Resolves to null on success, else a Dutch message. */
  onAdd: (area: Area) => Promise<string | null>;
}

export function AddAreaDialog({ existingNames, onAdd }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  // Field errors appear after the first submit, then follow the typing.
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const nameError = submitted ? areaNameError(name, existingNames) : null;
  const codeError = submitted ? cbsCodeError(code) : null;

  const reset = () => {
    setName("");
    setCode("");
    setSubmitted(false);
    setFailure(null);
    setSaving(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (areaNameError(name, existingNames) || cbsCodeError(code)) return;
    setSaving(true);
    const cbsCode = normaliseCbsCode(code);
    let message: string | null;
    try {
      message = await onAdd({ name: name.trim(), ...(cbsCode ? { cbsCode } : {}) });
    } catch (error) {
      // onAdd reports failures as a message; should it reject anyway, the dialog says so instead of staying busy
      message = error instanceof Error && error.message ? error.message : "Het gebied is niet toegevoegd. Probeer het opnieuw.";
    } finally {
      setSaving(false);
    }
    if (message) {
      setFailure(message);
      return;
    }
    reset();
    setOpen(false);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (saving) return;
        setOpen(data.open);
        if (!data.open) reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<AddRegular />}>Gebied toevoegen</Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>Gebied toevoegen</DialogTitle>
            <DialogContent className={styles.form}>
              <Field
                label="Naam van het gebied"
                required
                validationState={nameError ? "error" : "none"}
                validationMessage={nameError ?? undefined}
              >
                <Input value={name} onChange={(_, data) => setName(data.value)} autoComplete="off" />
              </Field>
              <Field
                label="CBS-code (optioneel)"
                validationState={codeError ? "error" : "none"}
                validationMessage={codeError ?? undefined}
                hint="Buurt BU + 8 tekens, wijk WK + 6, gemeente GM + 4, bijvoorbeeld BU02680501."
              >
                <Input value={code} onChange={(_, data) => setCode(data.value)} autoComplete="off" />
              </Field>
              {failure && (
                <MessageBar intent="error" role="alert" layout="multiline">
                  <MessageBarBody>{failure}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button disabled={saving}>Annuleren</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
                {saving ? "Bezig met toevoegen…" : "Toevoegen"}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
