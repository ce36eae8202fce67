/** The bordered panel every block of the Analyses tab sits in (mapping, value mapping, charts): one look, one place. */
import { tokens } from "@fluentui/react-components";

export const panelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalS,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  minWidth: 0,
} as const;
