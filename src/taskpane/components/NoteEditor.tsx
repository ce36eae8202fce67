import { Button, Caption1, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { NoteDrafts, useNoteDrafts } from "../noteDrafts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  textarea: { width: "100%" },
});

interface Props {
  area: string;
  itemId: string;
  /** The note as stored in the workbook. */
  stored: string;
  /** Resolves to true when stored. */
  onSave: (text: string) => Promise<boolean>;
}

/**
 * Toelichting: typed text is a local draft until saved (on blur or with the button). A new stored value from a
 * co-author only replaces the text when there is no unsaved draft; otherwise we say so and keep the user's text.
 */
export function NoteEditor({ area, itemId, stored, onSave }: Props) {
  const styles = useStyles();
  const drafts = useNoteDrafts();
  const key = NoteDrafts.key(area, itemId);
  const [text, setText] = useState(() => drafts.get(key) ?? stored);
  // The stored value the draft was based on; a different `stored` while dirty means someone else changed it.
  const [base, setBase] = useState(stored);
  const [state, setState] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const inFlight = useRef<string | null>(null);

  const dirty = text !== base;

  useEffect(() => {
    if (!dirty) {
      setText(stored);
      setBase(stored);
    }
    // Only react to a new stored value; a draft must never be overwritten.
  }, [stored]);

  const conflict = dirty && stored !== base && stored !== text;

  const save = async () => {
    if (text === stored) {
      // Nothing to write (e.g. the co-author typed the same); just mark clean.
      setBase(stored);
      drafts.delete(key);
      return;
    }
    if (inFlight.current === text) return;
    const saving = text;
    inFlight.current = saving;
    setState("saving");
    const ok = await onSave(saving);
    inFlight.current = null;
    if (ok) {
      setBase(saving);
      drafts.delete(key);
      setState("saved");
    } else {
      setState("failed");
    }
  };

  const status =
    state === "saving"
      ? "Opslaan…"
      : state === "failed"
        ? "Niet opgeslagen; uw tekst staat er nog."
        : dirty
          ? "Niet opgeslagen wijzigingen"
          : state === "saved"
            ? "Opgeslagen"
            : "";

  return (
    <div className={styles.root}>
      <Field
        label="Toelichting"
        hint="Wordt opgeslagen als u het veld verlaat."
        validationState={conflict ? "warning" : "none"}
        validationMessage={
          conflict ? "Iemand anders heeft deze toelichting intussen gewijzigd. Als u opslaat, vervangt uw tekst die van de ander." : undefined
        }
      >
        <Textarea
          className={styles.textarea}
          value={text}
          resize="vertical"
          onChange={(_, data) => {
            setText(data.value);
            setState("idle");
            if (data.value === base) drafts.delete(key);
            else drafts.set(key, data.value);
          }}
          onBlur={() => {
            if (dirty) void save();
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={!dirty || state === "saving"} onClick={() => void save()}>
          Toelichting opslaan
        </Button>
        <Caption1 aria-live="polite">{status}</Caption1>
      </div>
    </div>
  );
}
