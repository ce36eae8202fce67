/**
 * Golden values on real public data, against the values the reference packages publish. The data files (copies of the
 * project's shared public data, described in fixtures/README.md) carry counts, passed as weights.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { dissimilarityMulti } from "../../src/core/indices/dissimilarityMulti";
import { mutualInformation } from "../../src/core/indices/mutualInformation";
import { theil } from "../../src/core/indices/theil";
import { scaleDecomposition } from "../../src/core/indices/scaleDecomposition";
import { byArea } from "../../src/core/indices/byArea";

const dataDir = join(__dirname, "fixtures");

function readCsv(file: string): string[][] {
  return readFileSync(`${dataDir}/${file}`, "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(","));
}

/** Passes when |actual − published| is within half a unit of the last published digit. */
function expectPublished(actual: number, published: string): void {
  const decimals = published.split(".")[1].length;
  expect(Math.abs(actual - Number(published))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-15);
}

describe("schools00 (R package segregation, Elbers): state, district, school, race, n", () => {
  const rows = readCsv("schools00_long.csv");
  const state = rows.map((r) => r[0]);
  const district = rows.map((r) => r[1]);
  const school = rows.map((r) => r[2]);
  const race = rows.map((r) => r[3]);
  const n = Float64Array.from(rows, (r) => Number(r[4]));

  it("has the size the package documents: 877,739 students in 2,045 schools", () => {
    expect(n.reduce((s, x) => s + x, 0)).toBe(877739);
    expect(new Set(school).size).toBe(2045);
  });

  it("M and H of race over schools", () => {
    // elbersb/segregation, reference/mutual_total.md (pkgdown output of the @examples in R/mutual.R):
    //   mutual_total(schools00, "school", "race", weight = "n")  →  M 0.42553898
    //   mutual_total(schools00, "race", "school", weight = "n")  →  M 0.4255390, H 0.4188083
    expectPublished(mutualInformation(school, race, n), "0.42553898");
    expectPublished(theil(school, race, n), "0.4188083");
  });

  it("nested decomposition state / district / school", () => {
    // elbersb/segregation, reference/mutual_total_nested.md:
    //   mutual_total_nested(schools00, "race", c("state", "district", "school"), weight = "n")
    //   state M 0.09924370 H 0.09767398; district within state M 0.23870880; school within state, district M 0.08758648
    expectPublished(mutualInformation(state, race, n), "0.09924370");
    expectPublished(theil(state, race, n), "0.09767398");
    const districtsInStates = scaleDecomposition(district, state, race, n);
    expectPublished(districtsInStates.between, "0.09924370");
    expectPublished(districtsInStates.within, "0.23870880");
    const schoolsInDistricts = scaleDecomposition(school, district, race, n);
    expectPublished(schoolsInDistricts.within, "0.08758648");
    // total = sum of the three published terms: 0.09924370 + 0.23870880 + 0.08758648 = 0.42553898
    expectPublished(schoolsInDistricts.total, "0.42553898");
    expectPublished(schoolsInDistricts.between, "0.33795250"); // 0.09924370 + 0.23870880
    // R/mutual.R @examples: mutual_total(schools00, "race", "district", weight = "n") # M => .338
    // (the same file's "within district # M => .087" is the 0.08758648 above cut off, not rounded)
    expectPublished(schoolsInDistricts.between, "0.338");
  });

  it("schools within states: between 0.0992, within 0.326 (≈ 75% within)", () => {
    // elbersb/segregation README.Rmd / vignette "segregation": between states M 0.0992 H 0.0977, within states
    // mutual_total(schools00, "race", "school", within = "state", weight = "n") → M 0.326, H 0.321;
    // "about 75% of the segregation is within states".
    const d = scaleDecomposition(school, state, race, n);
    expectPublished(d.between, "0.0992");
    expectPublished(d.within, "0.326");
    expect(d.withinShare).toBeGreaterThan(0.75);
    expect(d.withinShare).toBeLessThan(0.78);
  });

  it("M of state A alone", () => {
    // elbersb/segregation, reference/mutual_within.md: 'the M for state "A" is .409'
    const a = rows.filter((r) => r[0] === "A");
    expectPublished(mutualInformation(a.map((r) => r[2]), a.map((r) => r[3]), a.map((r) => Number(r[4]))), "0.409");
  });
});

describe("Sacramento tracts (pysal/segregation tests): groups WHITE, BLACK, ASIAN, HISP", () => {
  // pysal's tests pass groups_list = ['WHITE', 'BLACK', 'ASIAN', 'HISP'], i.e. without OTHER; so do we.
  const rows = readCsv("sacramento_tracts_long.csv").filter((r) => r[1] !== "OTHER");
  const tract = rows.map((r) => r[0]);
  const group = rows.map((r) => r[1]);
  const count = Float64Array.from(rows, (r) => Number(r[2]));

  it("multigroup dissimilarity", () => {
    // pysal/segregation, segregation/tests/test_multi_dissim.py: MultiDissim(...).statistic == 0.41340872573177806
    expect(dissimilarityMulti(tract, group, count)).toBeCloseTo(0.41340872573177806, 12);
  });

  it("multigroup information theory index H", () => {
    // pysal/segregation, segregation/tests/test_multi_information_theory.py: 0.1710160297858887
    expect(theil(tract, group, count)).toBeCloseTo(0.1710160297858887, 12);
  });

  const table = byArea(tract, group, count);
  const rowOf = (id: string) => table.rows.find((r) => r.area === id)!;
  const col = (g: string) => table.groups.indexOf(g);
  // The first tracts in pysal's data order (the order of the CSV).
  const firstTracts = [...new Set(tract)].slice(0, 10);

  it("location quotients of the first three tracts", () => {
    // pysal/segregation, segregation/tests/test_local_multi_location_quotient.py: statistics[0:3, 0:3]
    // (rows = first three tracts, columns = WHITE, BLACK, ASIAN), printed to 8 decimals.
    const published = [
      [1.36543221, 0.07478049, 0.16245651],
      [1.18002164, 0.0, 0.14836683],
      [0.68072696, 0.03534425, 0.0],
    ];
    published.forEach((values, i) => {
      const r = rowOf(firstTracts[i]);
      ["WHITE", "BLACK", "ASIAN"].forEach((g, m) => expect(r.lq[col(g)]).toBeCloseTo(values[m], 7));
    });
  });

  it("local entropy of the first ten tracts (K = 4 from the whole range)", () => {
    // pysal/segregation, segregation/tests/test_local_multi_local_entropy.py: statistics[0:10]
    const published = [0.24765538, 0.40474253, 0.50900607, 0.21433739, 0.16148146, 0.21454691, 0.08889013, 0.08132889, 0.06782401, 0.18127186];
    published.forEach((value, i) => expect(rowOf(firstTracts[i]).entropy).toBeCloseTo(value, 7));
  });
});
