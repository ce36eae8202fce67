/**
 * The decomposition of a change in M and H (issue 14) against the R package `segregation` (Elbers) on its own school
 * data, computed at IPF precision 1e-12 (fixtures/schools-change-reference.json, made with the package's current
 * source: mutual_difference(schools00, schools05, "race", "school", weight = "n", method = "shapley" / "km") and
 * mutual_local(schools00, "race", "school", weight = "n", wide = TRUE) for its first five schools), and against
 * hand-worked cases where the answer is known without IPF.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { segregationChange, type Snapshot } from "../../src/core/indices/segregationChange";
import { localSegregation } from "../../src/core/indices/localSegregation";
import { mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";
import type { ChangeTerms } from "../../src/core/indices/changeShapley";

const dataDir = join(__dirname, "fixtures");

function snapshot(file: string): Snapshot {
  const rows = readFileSync(join(dataDir, file), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
  return { areas: rows.map((r) => r[2]), categories: rows.map((r) => r[3]), weights: Float64Array.from(rows, (r) => Number(r[4])) };
}

function expanded(rows: [string, string, number][]): Snapshot {
  const areas: string[] = [];
  const categories: string[] = [];
  for (const [a, c, n] of rows) for (let k = 0; k < n; k++) { areas.push(a); categories.push(c); }
  return { areas, categories, weights: null };
}

const sumOfParts = (t: ChangeTerms) => t.additions + t.removals + t.categories + t.areas + (t.interaction ?? 0) + t.structural;

describe("schools00 → schools05 (R package segregation, IPF precision 1e-12)", () => {
  const reference = JSON.parse(readFileSync(join(dataDir, "schools-change-reference.json"), "utf8"));
  const s00 = snapshot("schools00_long.csv");
  const s05 = snapshot("schools05_long.csv");

  it.each([["shapley"], ["km"]] as const)("%s: every term of ΔM within 1e-9", (method) => {
    const d = segregationChange(s00, s05, method).m;
    const r = reference[method];
    expect(Math.abs(d.first - r.M1)).toBeLessThan(1e-9);
    expect(Math.abs(d.second - r.M2)).toBeLessThan(1e-9);
    expect(Math.abs(d.difference - r.diff)).toBeLessThan(1e-9);
    expect(Math.abs(d.additions - r.additions)).toBeLessThan(1e-9);
    expect(Math.abs(d.removals - r.removals)).toBeLessThan(1e-9);
    expect(Math.abs(d.categories - r.group_marginal)).toBeLessThan(1e-9);
    expect(Math.abs(d.areas - r.unit_marginal)).toBeLessThan(1e-9);
    expect(Math.abs(d.structural - r.structural)).toBeLessThan(1e-9);
    if (method === "km") expect(Math.abs((d.interaction as number) - r.interaction)).toBeLessThan(1e-9);
    else expect(d.interaction).toBeUndefined();
  });

  it("the parts add up to the difference, for M and for H, with both methods", () => {
    for (const method of ["shapley", "km"] as const) {
      const d = segregationChange(s00, s05, method);
      expect(Math.abs(sumOfParts(d.m) - d.m.difference)).toBeLessThan(1e-12);
      expect(Math.abs(sumOfParts(d.h) - d.h.difference)).toBeLessThan(1e-12);
      // the snapshots' own values are the plain indices
      expect(d.m.first).toBeCloseTo(mutualInformation(s00.areas, s00.categories, s00.weights), 14);
      expect(d.h.second).toBeCloseTo(theil(s05.areas, s05.categories, s05.weights), 14);
    }
  });

  it("Shapley is symmetric: swapping the snapshots flips every sign", () => {
    const ab = segregationChange(s00, s05).m;
    const ba = segregationChange(s05, s00).m;
    expect(ba.additions).toBeCloseTo(-ab.removals, 12);
    expect(ba.removals).toBeCloseTo(-ab.additions, 12);
    expect(ba.categories).toBeCloseTo(-ab.categories, 12);
    expect(ba.areas).toBeCloseTo(-ab.areas, 12);
    expect(ba.structural).toBeCloseTo(-ab.structural, 12);
  });

  it("local scores of the first five schools of 2000 within 1e-9", () => {
    const rows = localSegregation(s00.areas, s00.categories, s00.weights);
    const bySchool = new Map(rows.map((r) => [r.area, r]));
    for (const [school, want] of Object.entries(reference.local_first_5_schools_2000) as [string, { ls: number; p: number }][]) {
      const got = bySchool.get(school);
      expect(got).toBeDefined();
      expect(Math.abs((got?.score ?? NaN) - want.ls)).toBeLessThan(1e-9);
      expect(Math.abs((got?.share ?? NaN) - want.p)).toBeLessThan(1e-12);
    }
    // the contributions add up to M
    const M = mutualInformation(s00.areas, s00.categories, s00.weights);
    expect(rows.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(M, 12);
  });
});

describe("hand-worked changes (no IPF needed to know the answer)", () => {
  // The Voorraad of docs/functies.md: BU01 = 4 soc, 1 mid, 1 koop; BU02 = 1 soc, 1 mid, 2 koop.
  const y2020: [string, string, number][] = [["BU01", "soc", 4], ["BU01", "mid", 1], ["BU01", "koop", 1], ["BU02", "soc", 1], ["BU02", "mid", 1], ["BU02", "koop", 2]];

  it("same margins, other mix: the whole change is structural", () => {
    // 2025: one soc of BU01 and one koop of BU02 trade places; area sizes (6, 4) and totals (5, 2, 3) stay.
    const y2025: [string, string, number][] = [["BU01", "soc", 3], ["BU01", "mid", 1], ["BU01", "koop", 2], ["BU02", "soc", 2], ["BU02", "mid", 1], ["BU02", "koop", 1]];
    for (const method of ["shapley", "km"] as const) {
      const d = segregationChange(expanded(y2020), expanded(y2025), method);
      for (const t of [d.m, d.h]) {
        expect(t.additions).toBe(0);
        expect(t.removals).toBe(0);
        expect(Math.abs(t.categories)).toBeLessThan(1e-14);
        expect(Math.abs(t.areas)).toBeLessThan(1e-14);
        expect(Math.abs(t.interaction ?? 0)).toBeLessThan(1e-14);
        expect(t.structural).toBeCloseTo(t.difference, 14);
      }
    }
  });

  it("only a new buurt: the whole change is 'additions'", () => {
    const y2025: [string, string, number][] = [...y2020, ["BU03", "koop", 3], ["BU03", "mid", 1]];
    const d = segregationChange(expanded(y2020), expanded(y2025));
    expect(d.m.additions).toBeCloseTo(d.m.difference, 14);
    expect(Math.abs(d.m.categories) + Math.abs(d.m.areas) + Math.abs(d.m.structural) + Math.abs(d.m.removals)).toBeLessThan(1e-14);
  });

  it("a scaled copy (every count × 3) changes nothing", () => {
    const y2025 = y2020.map(([a, c, n]) => [a, c, 3 * n] as [string, string, number]);
    const d = segregationChange(expanded(y2020), expanded(y2025));
    for (const v of [d.m.difference, d.m.categories, d.m.areas, d.m.structural]) expect(Math.abs(v)).toBeLessThan(1e-14);
  });

  it("labels match without case and surrounding spaces; weights equal expanded rows", () => {
    const weighted: Snapshot = { areas: y2020.map((r) => ` ${r[0].toLowerCase()} `), categories: y2020.map((r) => r[1].toUpperCase()), weights: Float64Array.from(y2020, (r) => r[2]) };
    const y2025: [string, string, number][] = [["BU01", "soc", 3], ["BU01", "mid", 2], ["BU01", "koop", 1], ["BU02", "soc", 1], ["BU02", "koop", 4], ["BU03", "soc", 2]];
    const a = segregationChange(expanded(y2020), expanded(y2025));
    const b = segregationChange(weighted, expanded(y2025));
    expect(b.m.structural).toBeCloseTo(a.m.structural, 13);
    expect(b.m.categories).toBeCloseTo(a.m.categories, 13);
    expect(b.m.additions).toBeCloseTo(a.m.additions, 13);
  });

  it("no area or no category in common is a #VALUE! that says so", () => {
    const other: [string, string, number][] = [["BU09", "soc", 2], ["BU09", "koop", 1]];
    expect(() => segregationChange(expanded(y2020), expanded(other))).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("geen enkel gebied gemeen") }));
    const otherCats: [string, string, number][] = [["BU01", "a", 2], ["BU02", "b", 1]];
    expect(() => segregationChange(expanded(y2020), expanded(otherCats))).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("geen enkele categorie gemeen") }));
  });
});
