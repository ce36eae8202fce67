/**
 * The instrument catalogue (src/core/checklist/catalogue.ts): shape, ids, coverage of the parts and steps, sources,
 * and that no text is copied from the source documents (no run of eight words shared with any seed).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { citeSource, sourceDocument } from "../../src/core/checklist/sourceDocuments";
import { CATALOGUE } from "../../src/core/checklist/catalogue";
import { OWNERS, PARTS } from "../../src/core/checklist/types";
import { sharedPath } from "../sharedFolder";

const ID_PATTERN = /^[a-z]+(\.[a-z0-9-]+)+$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const RUN = 8;

/** Lowercase words, punctuation stripped (letters with diacritics and digits kept). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function runs(ws: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(" "));
  return out;
}

// The seed documents (../shared/seeds): under CI their absence fails this file; locally the two checks are skipped.
const SEEDS = sharedPath("seeds", "catalogue.test: the source-file and copy checks against the seed documents");

describe("CATALOGUE", () => {
  const items = CATALOGUE.items;

  it("has a semantic version", () => {
    expect(CATALOGUE.version).toMatch(SEMVER);
  });

  it("bumps the version whenever the content changes (each released content has its own version)", () => {
    // Rows in a workbook record the catalogue version they were written with (Catalogusversie); a wording change
    // without a new version would make two different texts share one version. Add a line here with every bump.
    const released: Record<string, string> = {
      "1.0.0": "80ac83871aeddac96136de93ec951ced58bb6b9bb6fb5cd7bf1c843c24878d4a",
      // 1.0.1: the reader is addressed as "u" everywhere, as in the rest of the pane (wording only).
      "1.0.1": "54be001e992cf8c1cad6084dbd38c79188c96dcca327a600c4c2ea5b16828a17",
      // 1.0.2: citations (examples and the RIGO claim cited where they are), the counter-evidence beside the RIGO claim.
      "1.0.2": "8975f41fc4dec4851619e6cfee398e35f27c5d72605413de88f266f204c85dd2",
    };
    const hash = createHash("sha256").update(JSON.stringify(items)).digest("hex");
    expect(released[CATALOGUE.version]).toBe(hash);
  });

  it("addresses the reader as 'u', never as 'je', 'jij' or 'jouw'", () => {
    for (const item of items) {
      for (const text of [item.title, item.explanation, item.caution ?? ""]) {
        expect(text).not.toMatch(/(^|[^\p{L}])(je|jij|jou|jouw|jezelf|jullie)(?=$|[^\p{L}])/iu);
      }
    }
  });

  it("has at least 38 items", () => {
    expect(items.length).toBeGreaterThanOrEqual(38);
  });

  it("has unique ids of the form part.name (lowercase, dots and hyphens)", () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it("starts every id with its part", () => {
    for (const item of items) expect(item.id.startsWith(`${item.part}.`)).toBe(true);
  });

  it("covers every part", () => {
    for (const part of PARTS) {
      expect(items.some((i) => i.part === part.id)).toBe(true);
    }
  });

  it("gives every precision item a step, covers steps 1..4, and puts steps on precision items only", () => {
    const precision = items.filter((i) => i.part === "precisie");
    for (const item of precision) expect([1, 2, 3, 4]).toContain(item.step);
    expect(new Set(precision.map((i) => i.step))).toEqual(new Set([1, 2, 3, 4]));
    for (const item of items.filter((i) => i.part !== "precisie")) expect(item.step).toBeUndefined();
  });

  it("has the seven questions of step 1 as items of their own", () => {
    const questions = items.filter((i) => i.step === 1 && /^Vraag [1-7]:/.test(i.title));
    expect(questions.map((q) => q.title.slice(0, 7)).sort()).toEqual(
      ["Vraag 1", "Vraag 2", "Vraag 3", "Vraag 4", "Vraag 5", "Vraag 6", "Vraag 7"],
    );
  });

  it("keeps texts task-pane sized and complete", () => {
    for (const item of items) {
      expect(item.title.trim().length).toBeGreaterThan(0);
      expect(item.title.length).toBeLessThanOrEqual(70);
      expect(item.explanation.trim().length).toBeGreaterThan(0);
      expect(item.explanation.length).toBeLessThanOrEqual(300);
      if (item.caution !== undefined) {
        expect(item.caution.trim().length).toBeGreaterThan(0);
        expect(item.caution.length).toBeLessThanOrEqual(300);
      }
      for (const text of [item.title, item.explanation, item.caution ?? ""]) {
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/ {2}/);
      }
    }
  });

  it("names at least one known actor per item, without duplicates", () => {
    for (const item of items) {
      expect(item.actors.length).toBeGreaterThan(0);
      expect(new Set(item.actors).size).toBe(item.actors.length);
      for (const actor of item.actors) expect(OWNERS).toContain(actor);
    }
  });

  it("cites a seed file name and a section for every item", () => {
    for (const item of items) {
      expect(item.source.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(item.source.section.trim().length).toBeGreaterThan(0);
    }
  });

  it("shows users a citation (author or organisation, year, title), never a file name", () => {
    for (const item of items) {
      for (const ref of [item.source, ...(item.alsoSources ?? [])]) {
        expect(sourceDocument(ref.file)).toBeDefined();
        const shown = citeSource(ref);
        expect(shown).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt|bron 00/);
        expect(shown).toMatch(/\((19|20)\d{2}[^)]*\)|Seminars op Maat/);
      }
    }
  });

  it("cites the corporation examples and the RIGO claim where they are, with the counter-evidence beside the claim", () => {
    const byId = (id: string) => items.find((i) => i.id === id)!;
    const seminar = (id: string) => (byId(id).alsoSources ?? []).some((r) => citeSource(r).startsWith("Seminars op Maat"));
    expect(seminar("precisie.4.bewoners-en-woningmix")).toBe(true); // Woonwaarts, Malvert
    expect(seminar("precisie.4.woonvormen")).toBe(true); // Portaal, Place2BU
    expect(seminar("precisie.2.stedelijke-regie")).toBe(true); // RIGO 'Veerkracht' at the seminar
    const rigo = byId("precisie.2.stedelijke-regie");
    expect((rigo.alsoSources ?? []).map(citeSource).join(" ")).toMatch(/§2\.2/);
    expect((rigo.alsoSources ?? []).map(citeSource).join(" ")).toContain("Custers, Bolt");
    expect(rigo.caution).toMatch(/weinig bewijs/);
  });

  it("mentions the custom functions that measure scale and check the priority cap", () => {
    expect(items.find((i) => i.id === "fysiek.schaal-korrelgrootte")?.explanation).toContain("MENG.SCHAAL");
    expect(items.find((i) => i.id === "fysiek.huisvestingswet-voorrang")?.explanation).toContain("MENG.VOORRANG.TOETS");
  });

  (SEEDS === null ? describe.skip : describe)("against the source documents", () => {
    const seedDirPath = SEEDS ?? "";
    const seedFiles = SEEDS === null ? [] : fs.readdirSync(seedDirPath).filter((f) => f.endsWith(".txt"));

    it("cites only files that exist in the seed folder", () => {
      for (const item of items) expect(seedFiles).toContain(item.source.file);
    });

    it(`shares no run of ${RUN} words with any seed document`, () => {
      const seedRuns = new Set<string>();
      for (const file of seedFiles) {
        const raw = fs.readFileSync(path.join(seedDirPath, file), "utf8");
        // Words broken across lines ("segre- gatie") are checked both as printed and joined again.
        const joined = raw.replace(/(\p{L})-\s+(\p{Ll})/gu, "$1$2");
        for (const text of [raw, joined]) for (const r of runs(words(text), RUN)) seedRuns.add(r);
      }
      expect(seedRuns.size).toBeGreaterThan(1000);
      const copied: string[] = [];
      for (const item of items) {
        for (const [field, text] of [["title", item.title], ["explanation", item.explanation], ["caution", item.caution ?? ""]]) {
          for (const r of runs(words(text), RUN)) if (seedRuns.has(r)) copied.push(`${item.id} ${field}: "${r}"`);
        }
      }
      expect(copied).toEqual([]);
    });
  });
});
