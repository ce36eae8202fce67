/**
 * Published values: pysal/segregation's test suite on the Sacramento tracts (see fixtures/README.md). The counts are
 * passed as weights, one row per (tract, group) (the weights property in mixProperties.test.ts shows this equals one
 * row per person).
 *
 * What pysal computes, checked in its source (segregation/singlegroup/*.py, segregation/multigroup/*.py):
 * - Dissim(HISP, TOT_POP) = Σ_i t_i |p_i − P| / (2 T P (1 − P)), which is D of HISP against everyone else (our
 *   DISSIMILARITEIT without referentiegroep).
 * - Isolation(HISP, TOT_POP) = Σ_i (x_i / X)(x_i / t_i) = our xPx.
 * - Exposure(HISP, TOT_POP) = Σ_i (x_i / X)((t_i − x_i) / t_i): exposure of HISP to all non-HISP together, so it equals
 *   the sum of our xPy over the four other groups (and 1 − xPx).
 * - MultiDiversity / SimpsonsInteraction / MultiLocationQuotient use only WHITE, BLACK, ASIAN, HISP (no OTHER), so we
 *   blank the OTHER rows (blank categories are skipped).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { dissimilarity } from "../../src/core/indices/dissimilarity";
import { isolation } from "../../src/core/indices/isolation";
import { exposure } from "../../src/core/indices/exposure";
import { entropy, shannonEntropy } from "../../src/core/indices/entropy";
import { simpson } from "../../src/core/indices/simpson";
import { locationQuotient } from "../../src/core/indices/locationQuotient";
import { tabulate } from "../../src/core/indices/contingency";

const lines = readFileSync(join(__dirname, "fixtures", "sacramento_tracts_long.csv"), "utf8").trim().split(/\r?\n/).slice(1);
const rows = lines.map((line) => line.split(","));
const areas = rows.map((r) => r[0]);
const groups = rows.map((r) => r[1]);
const counts = rows.map((r) => Number(r[2]));
const withoutOther = groups.map((g) => (g === "OTHER" ? null : g));

describe("Sacramento tracts against pysal/segregation's published values", () => {
  it("has the expected shape: 403 tracts × 5 groups", () => {
    const table = tabulate(areas, groups, counts);
    expect(table.areas.length).toBe(403);
    expect(table.groups).toEqual(["WHITE", "BLACK", "ASIAN", "HISP", "OTHER"]);
  });

  it("D of HISP vs all others = 0.32184656076566864 (segregation/tests/test_dissim.py)", () => {
    expect(dissimilarity(areas, groups, "HISP", null, counts)).toBeCloseTo(0.32184656076566864, 12);
  });

  it("isolation of HISP = 0.2319615486459151 (segregation/tests/test_isolation.py)", () => {
    expect(isolation(areas, groups, "HISP", counts)).toBeCloseTo(0.2319615486459151, 12);
  });

  it("exposure of HISP to non-HISP = 0.7680384513540848 (segregation/tests/test_exposure.py)", () => {
    const toOthers = ["WHITE", "BLACK", "ASIAN", "OTHER"].reduce((sum, y) => sum + exposure(areas, groups, "HISP", y, counts), 0);
    expect(toOthers).toBeCloseTo(0.7680384513540848, 12);
  });

  it("entropy of the four groups = 0.9733112243997906 nats, normalised 0.7020956383415715 (segregation/tests/test_multi_diversity.py)", () => {
    const table = tabulate(null, withoutOther, counts);
    expect(shannonEntropy(table.groupTotals, table.total)).toBeCloseTo(0.9733112243997906, 12);
    expect(entropy(withoutOther, counts)).toBeCloseTo(0.7020956383415715, 12);
  });

  it("Gini–Simpson of the four groups = 0.508175868480421 (segregation/tests/test_multi_simpsons_interaction.py)", () => {
    expect(simpson(withoutOther, counts)).toBeCloseTo(0.508175868480421, 12);
  });

  it("location quotients of the first three tracts (segregation/tests/test_local_multi_location_quotient.py, 8 decimals)", () => {
    // pysal prints rows = tracts 06061022001, 06061020106, 06061020107; columns = WHITE, BLACK, ASIAN
    const published = [
      [1.36543221, 0.07478049, 0.16245651],
      [1.18002164, 0.0, 0.14836683],
      [0.68072696, 0.03534425, 0.0],
    ];
    const tracts = ["06061022001", "06061020106", "06061020107"];
    tracts.forEach((tract, i) =>
      ["WHITE", "BLACK", "ASIAN"].forEach((group, m) => {
        expect(locationQuotient(areas, withoutOther, tract, group, counts)).toBeCloseTo(published[i][m], 8);
      }),
    );
  });
});
