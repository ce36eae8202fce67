import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { readUserName, storeUserName } from "../userName";

interface Props {
  className?: string;
  /** Told about every change, so the current value can be read at the next write. */
  onChange?: (name: string) => void;
}

/** "Uw naam" for "gewijzigd door"; stored in this browser only. */
export function UserNameField({ className, onChange }: Props) {
  const [name, setName] = useState(readUserName);
  return (
    <Field label="Uw naam (voor 'gewijzigd door', alleen in deze browser bewaard)" className={className}>
      <Input
        value={name}
        autoComplete="name"
        onChange={(_, data) => {
          setName(data.value);
          storeUserName(data.value);
          onChange?.(data.value);
        }}
      />
    </Field>
  );
}
