import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
});

/** Title, one line on what Mengwijzer does, and (as children) the tabs, so they sit inside the banner landmark. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        Mengwijzer
      </Text>
      <Text size={200}>Meet de menging per buurt en wijk en houd bij welke instrumenten u met uw partners inzet.</Text>
      {children}
    </header>
  );
}
