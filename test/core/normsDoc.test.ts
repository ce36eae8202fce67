import { readFileSync } from "node:fs";
import path from "node:path";
import { formatNormValue, renderNormsDoc } from "../../src/core/norms/renderNormsDoc";
import { normsTable } from "../../src/core/norms/table";

describe("docs/normen.md", () => {
  it("is exactly what the norms table renders (run npx tsx scripts/generateNormsDoc.ts)", () => {
    const committed = readFileSync(path.resolve(__dirname, "../../docs/normen.md"), "utf8");
    const fresh = renderNormsDoc();
    if (committed !== fresh) {
      throw new Error("docs/normen.md is out of date with src/core/norms/table.ts: run npx tsx scripts/generateNormsDoc.ts");
    }
  });

  it("lists every norm, every value with its source, and every omitted year", () => {
    const doc = renderNormsDoc();
    for (const entry of normsTable) {
      expect(doc).toContain(`### ${entry.name}`);
      for (const v of entry.values) expect(doc).toContain(`| ${v.year} | ${formatNormValue(v.value, entry.unit)} |`);
      for (const o of entry.omitted ?? []) expect(doc).toContain(`Niet opgenomen, ${o.year}: ${o.reason}`);
    }
  });

  it("formats values the Dutch way", () => {
    expect(formatNormValue(1157.95, "euro")).toBe("€ 1.157,95");
    expect(formatNormValue(390000, "euro")).toBe("€ 390.000");
    expect(formatNormValue(452.2, "euro")).toBe("€ 452,20");
    expect(formatNormValue(0.925, "fraction")).toBe("0,925 (92,5%)");
    expect(formatNormValue(143, "points")).toBe("143 punten");
  });
});

describe("docs/functies.md, rules section", () => {
  const text = readFileSync(path.resolve(__dirname, "../../docs/functies.md"), "utf8");
  it("lists every MENG.NORM name", () => {
    for (const entry of normsTable) expect(text).toContain(`\`${entry.name}\``);
  });
  it("points to docs/waarden.md for the recognised spellings of eigendom", () => {
    expect(text).toContain("waarden.md");
  });
});

describe("docs/waarden.md", () => {
  const text = readFileSync(path.resolve(__dirname, "../../docs/waarden.md"), "utf8");
  it("lists every built-in word of eigendom and segment", async () => {
    const { OWNER_OCCUPIED_WORDS, RENTED_WORDS, SEGMENT_WORDS } = await import("../../src/core/readers/vocabulary");
    const words = [...OWNER_OCCUPIED_WORDS, ...RENTED_WORDS, ...Object.values(SEGMENT_WORDS).flat()];
    for (const word of words) expect(text).toContain(`\`${word}\``);
  });
});
