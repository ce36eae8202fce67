import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    "& h2": { margin: `${tokens.spacingVerticalS} 0 0` },
    "& p, & ul": { margin: 0 },
    "& ul": { paddingLeft: tokens.spacingHorizontalL },
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export function AboutTab() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Over Mengwijzer">
      <Text as="h2" size={400} weight="semibold">
        Wat doet Mengwijzer?
      </Text>
      <Text as="p">
        Mengwijzer helpt woningcorporaties en gemeenten bij gemengde wijken, rechtstreeks in de werkmap met uw
        woningvoorraad en toewijzingen. U ziet hoe gemengd elke buurt en wijk is, waar sociale huur zich concentreert en of
        de toewijzingen van dit jaar binnen de regels blijven.
      </Text>
      <Text as="h2" size={400} weight="semibold">
        Functies in Excel
      </Text>
      <Text as="p">
        Typ in een cel <span className={styles.code}>=MENG.</span> om de functies te zien, bijvoorbeeld:
      </Text>
      <ul>
        <li>
          <span className={styles.code}>MENG.AANDEEL</span>, <span className={styles.code}>MENG.ENTROPIE</span> en{" "}
          <span className={styles.code}>MENG.PERGEBIED</span>: menging per gebied;
        </li>
        <li>
          <span className={styles.code}>MENG.DISSIMILARITEIT</span> en <span className={styles.code}>MENG.SCHAAL</span>:
          segregatie en de schaal waarop die speelt;
        </li>
        <li>
          <span className={styles.code}>MENG.VITALITEIT</span>: welke gebieden een nadere blik verdienen;
        </li>
        <li>
          <span className={styles.code}>MENG.VOORRANG.TOETS</span>, <span className={styles.code}>MENG.TOEWIJZING.INKOMEN</span>{" "}
          en <span className={styles.code}>MENG.TOEWIJZING.PASSEND</span>: toetsing van toewijzingen aan de wettelijke normen.
        </li>
      </ul>
      <Text as="p">In Engelstalig Excel hebben de functies Engelse namen onder dezelfde naamruimte, bijvoorbeeld MENG.SHARE voor MENG.AANDEEL.</Text>
      <Text as="h2" size={400} weight="semibold">
        Checklist
      </Text>
      <Text as="p">
        Per gebied houdt u bij welke instrumenten u hebt overwogen, wie ze in handen heeft en wat het onderzoek erover zegt.
        De checklist staat op het blad Mengwijzer_Checklist en reist mee met de werkmap, zodat u hem met partners kunt delen.
      </Text>
      <Text as="h2" size={400} weight="semibold">
        Privacy
      </Text>
      <Text as="p">
        Alles gebeurt in de werkmap zelf. Mengwijzer stuurt geen huurdersgegevens of andere gegevens naar een server; er
        verlaat niets de werkmap.
      </Text>
    </section>
  );
}
