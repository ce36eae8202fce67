/**
 * One plural-aware helper for Dutch counts (src/core/countText.ts), and a scan of the sources so no text puts a
 * computed count straight before a plural noun again ("1 combinaties", "1 toetsen", "1 lege rijen").
 */
import * as fs from "fs";
import * as path from "path";
import { countText, pluralForm } from "../../src/core/countText";

describe("countText", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countText(1, "combinatie", "combinaties")).toBe("1 combinatie");
    expect(countText(2, "combinatie", "combinaties")).toBe("2 combinaties");
    expect(countText(0, "toets", "toetsen")).toBe("0 toetsen");
    expect(countText(1, "lege rij", "lege rijen")).toBe("1 lege rij");
    expect(pluralForm(1, "kan", "kunnen")).toBe("kan");
    expect(pluralForm(3, "kan", "kunnen")).toBe("kunnen");
  });

  it("writes thousands the Dutch way", () => {
    expect(countText(2006, "rij", "rijen")).toBe("2.006 rijen");
    expect(countText(100000, "woning", "woningen")).toBe("100.000 woningen");
  });
});

describe("no hand-made plurals in the sources", () => {
  const root = path.resolve(__dirname, "../../src");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(root);
  // A template slot holding a count (…length, …count, …Count, a number formatted for Dutch) right before a plural noun.
  const PLURALS = "rijen|combinaties|toetsen|buurten|wijken|bladen|gebieden|woningen|toewijzingen|bronnen|gegevensbronnen|gegevensrijen|problemen|items|punten|grafieken|cellen|kolommen|groepen|meldingen";
  const SLOT = new RegExp(`\\$\\{[^}]*(length|[cC]ount|toLocaleString\\([^)]*\\))\\s*\\}\\s+(lege\\s+)?(${PLURALS})\\b`);

  it("finds every count before a plural noun going through countText", () => {
    const offenders = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => SLOT.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("would catch the old texts (the scan itself works)", () => {
    expect(SLOT.test("`${groups.length} combinaties van jaar en gemeente`")).toBe(true);
    expect(SLOT.test("`${table.skippedRows.length} lege rijen overgeslagen.`")).toBe(true);
    expect(SLOT.test("`${countText(n, \"rij\", \"rijen\")}`")).toBe(false);
  });
});
