import fc from "fast-check";
import { isMengError } from "../../src/core/errors";
import { describeCertainty } from "../../src/core/norms/resolveNorm";
import { affordablePurchase } from "../../src/core/rules/affordablePurchase";
import { classifySegment, readSegment, roundPoints, type Segment, type SegmentSignal } from "../../src/core/rules/segment";
import { OWNER_OCCUPIED_WORDS, RENTED_WORDS, parseTenure } from "../../src/core/rules/tenure";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isMengError(error)) return error.code;
    throw error;
  }
  return "no error";
}

const LIMITS: Record<number, { lib: number; mid: number; buy?: number }> = {
  2024: { lib: 879.66, mid: 1157.95, buy: 390000 },
  2025: { lib: 900.07, mid: 1184.82, buy: 405000 },
  2026: { lib: 932.93, mid: 1228.07 },
};

describe("classifySegment by rent (no WWS points)", () => {
  describe.each(Object.entries(LIMITS).map(([y, l]) => [Number(y), l] as const))("%i", (year, l) => {
    it("is sociale huur up to and at the huurgrens", () => {
      expect(classifySegment({ rent: 0, year })).toBe("sociale huur");
      expect(classifySegment({ rent: l.lib - 0.01, year })).toBe("sociale huur");
      expect(classifySegment({ rent: l.lib, year })).toBe("sociale huur");
    });
    it("is middenhuur one cent above it, up to and at the middenhuur maximum", () => {
      expect(classifySegment({ rent: l.lib + 0.01, year })).toBe("middenhuur");
      expect(classifySegment({ rent: l.mid, year })).toBe("middenhuur");
    });
    it("is vrije sector huur one cent above the middenhuur maximum", () => {
      expect(classifySegment({ rent: l.mid + 0.01, year })).toBe("vrije sector huur");
      expect(classifySegment({ rent: 5000, year })).toBe("vrije sector huur");
    });
  });

  it("takes amounts in whole cents, so spreadsheet rounding noise does not cross a limit", () => {
    expect(classifySegment({ rent: 900.0700000001, year: 2025 })).toBe("sociale huur");
    expect(classifySegment({ rent: 900.0749, year: 2025 })).toBe("sociale huur");
    expect(classifySegment({ rent: 900.076, year: 2025 })).toBe("middenhuur");
  });

  it("2023 (before the Wet betaalbare huur) splits only at the huurgrens", () => {
    expect(classifySegment({ rent: 808.06, year: 2023 })).toBe("sociale huur");
    expect(classifySegment({ rent: 808.07, year: 2023 })).toBe("vrije sector huur");
    expect(classifySegment({ rent: 1100, year: 2023 })).toBe("vrije sector huur");
  });
});

/**
 * Rent × points × year → segment, worked out by hand from the Wet betaalbare huur as Rijksoverheid describes it: a rent
 * at or below the huurgrens (2024 € 879,66 · 2025 € 900,07 · 2026 € 932,93) is social rent whatever the points; above
 * it, 144–186 points is middenhuur up to the middenhuur maximum (2024 € 1.157,95 · 2025 € 1.184,82 · 2026 € 1.228,07)
 * and 187+ points or a rent above that maximum is free sector; ≤ 143 points above the huurgrens is classified by rent
 * and flagged. 2023 has no points system: the rent alone, split at € 808,06.
 */
const HAND_WORKED: [number, number | undefined, number, Segment, SegmentSignal | null][] = [
  // rent, points, year, segment, signal
  [750, 160, 2025, "sociale huur", null], // the issue's own case: social rent today, not middenhuur
  [750, 190, 2025, "sociale huur", null], // ... and not vrije sector
  [900.07, 250, 2025, "sociale huur", null], // at the huurgrens, any points
  [905, 141, 2025, "middenhuur", "punten bij sociale huur"], // the old docs example: not social rent, flagged
  [905, 150, 2025, "middenhuur", null],
  [905, 190, 2025, "vrije sector huur", null],
  [1184.82, 186, 2025, "middenhuur", null],
  [1184.83, 186, 2025, "vrije sector huur", "huur boven maximum bij punten"],
  [1300, 120, 2025, "vrije sector huur", "punten bij sociale huur"],
  [1000, undefined, 2025, "middenhuur", null],
  [879.66, 180, 2024, "sociale huur", null],
  [879.67, 143, 2024, "middenhuur", "punten bij sociale huur"],
  [879.67, 144, 2024, "middenhuur", null],
  [1157.95, 186, 2024, "middenhuur", null],
  [1157.96, 187, 2024, "vrije sector huur", null],
  [932.93, 200, 2026, "sociale huur", null],
  [932.94, 143.49, 2026, "middenhuur", "punten bij sociale huur"], // 143,49 rounds to 143
  [932.94, 143.5, 2026, "middenhuur", null], // 143,5 rounds to 144
  [1228.07, 186.49, 2026, "middenhuur", null],
  [1228.07, 186.5, 2026, "vrije sector huur", null], // 186,5 rounds to 187
  [808.06, 170, 2023, "sociale huur", null],
  [808.07, 150, 2023, "vrije sector huur", null], // no points system in 2023: rent only
  [1500, 100, 2023, "vrije sector huur", null],
];

describe("segment: rent first, then points (hand-worked table)", () => {
  it.each(HAND_WORKED)("rent %p, points %p, %i → %s (signal %p)", (rent, points, year, segment, signal) => {
    expect(readSegment({ rent, points, year })).toEqual({ segment, signal });
    expect(classifySegment({ rent, points, year })).toBe(segment);
  });

  it("without a rent: ≤ 143 points is sociale huur (its maximum rent is at most the huurgrens); more points need the rent", () => {
    expect(classifySegment({ points: 0, year: 2025 })).toBe("sociale huur");
    expect(classifySegment({ points: 143, year: 2025 })).toBe("sociale huur");
    expect(classifySegment({ points: 143.49, year: 2026 })).toBe("sociale huur");
    expect(code(() => classifySegment({ points: 144, year: 2025 }))).toBe("#VALUE!");
    expect(code(() => classifySegment({ points: 190, year: 2024 }))).toBe("#VALUE!");
    expect(roundPoints(142.5)).toBe(143);
  });

  it("in 2023 refuses points alone", () => {
    expect(code(() => classifySegment({ points: 150, year: 2023 }))).toBe("#VALUE!");
  });

  it("never calls a rent at or below the huurgrens anything but sociale huur (property)", () => {
    const huurgrens: Record<number, number> = { 2023: 808.06, 2024: 879.66, 2025: 900.07, 2026: 932.93 };
    fc.assert(
      fc.property(fc.constantFrom(2023, 2024, 2025, 2026), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 400 }), (year, pct, points) => {
        const rent = Math.round(huurgrens[year] * pct) / 100;
        return classifySegment({ rent, points, year }) === "sociale huur";
      }),
    );
  });
});

describe("classifySegment: owner-occupied, year and bad input", () => {
  it("is koop for owner-occupied dwellings, without rent, points or year", () => {
    expect(classifySegment({ tenure: "koop" })).toBe("koop");
    expect(classifySegment({ tenure: "koop", rent: 2000, year: 2030 })).toBe("koop");
  });
  it("needs a year for rented dwellings (the current year is never assumed)", () => {
    expect(code(() => classifySegment({ rent: 800 }))).toBe("#VALUE!");
    expect(code(() => classifySegment({ rent: 800, tenure: "huur" }))).toBe("#VALUE!");
  });
  it("gives #N/A for a year without norms", () => {
    expect(code(() => classifySegment({ rent: 800, year: 2027 }))).toBe("#N/A");
    expect(code(() => classifySegment({ points: 150, year: 2022 }))).toBe("#N/A");
  });
  it("gives #VALUE! for a negative rent or points, and when neither rent nor points is given", () => {
    expect(code(() => classifySegment({ rent: -1, year: 2025 }))).toBe("#VALUE!");
    expect(code(() => classifySegment({ points: -1, year: 2025 }))).toBe("#VALUE!");
    expect(code(() => classifySegment({ year: 2025 }))).toBe("#VALUE!");
  });
});

describe("classifySegment with overrides", () => {
  it("uses an override for its own year only, under the new name or the old alias", () => {
    const overrides = [{ name: "huurgrens", year: 2025, value: 1000 }];
    expect(classifySegment({ rent: 950, year: 2025, overrides: [{ name: "liberalisatiegrens", year: 2025, value: 1000 }] })).toBe("sociale huur");
    expect(classifySegment({ rent: 950, year: 2025, overrides })).toBe("sociale huur");
    expect(classifySegment({ rent: 950, year: 2026, overrides })).toBe("middenhuur");
  });
  it("can reproduce the first half of 2024 (no regulated middenhuur) as docs/normen.md describes", () => {
    const overrides = [{ name: "middenhuur maximale huur", year: 2024, value: 879.66 }];
    expect(classifySegment({ rent: 879.66, year: 2024, overrides })).toBe("sociale huur");
    expect(classifySegment({ rent: 879.67, year: 2024, overrides })).toBe("vrije sector huur");
  });
  it("can supply a year outside the table", () => {
    const overrides = [
      { name: "huurgrens", year: 2027, value: 950 },
      { name: "middenhuur maximale huur", year: 2027, value: 1250 },
      { name: "wws sociaal max punten", year: 2027, value: 143 },
      { name: "wws midden max punten", year: 2027, value: 186 },
    ];
    expect(classifySegment({ rent: 1000, year: 2027, overrides })).toBe("middenhuur");
    expect(classifySegment({ rent: 1000, points: 190, year: 2027, overrides })).toBe("vrije sector huur");
  });
});

describe("segment order follows the rent", () => {
  const rank: Record<Segment, number> = { "sociale huur": 0, middenhuur: 1, "vrije sector huur": 2, koop: 3 };
  it("never goes down when the rent goes up (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 300_000 }), fc.constantFrom(2023, 2024, 2025, 2026), (a, b, year) => {
        const [lo, hi] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100];
        return rank[classifySegment({ rent: lo, year })] <= rank[classifySegment({ rent: hi, year })];
      }),
    );
  });
});

describe("parseTenure", () => {
  it.each([...OWNER_OCCUPIED_WORDS, "KOOP", " Verkocht ", "Particulier_Eigendom", "Koop / Verkocht", "eigenaar bewoner"])("reads '%s' as koop", (word) => {
    expect(parseTenure(word)).toBe("koop");
  });
  it.each([...RENTED_WORDS, "Sociale Huur", "vrije-sector-huur"])("reads '%s' as huur", (word) => {
    expect(parseTenure(word)).toBe("huur");
  });
  it("reads WAAR as koop, ONWAAR as huur, blank as not given", () => {
    expect(parseTenure(true)).toBe("koop");
    expect(parseTenure(false)).toBe("huur");
    expect(parseTenure(null)).toBeNull();
    expect(parseTenure("  ")).toBeNull();
  });
  it.each(["particulier", "erfpacht", "7"])("refuses '%s' with #VALUE!", (word) => {
    expect(code(() => parseTenure(word))).toBe("#VALUE!");
  });
});

describe("affordablePurchase", () => {
  it.each([[2024, 390000], [2025, 405000]])("%i: at the limit WAAR, one cent above ONWAAR", (year, limit) => {
    expect(affordablePurchase(limit, year).affordable).toBe(true);
    expect(affordablePurchase(limit + 0.01, year).affordable).toBe(false);
    expect(affordablePurchase(0, year).affordable).toBe(true);
    expect(affordablePurchase(limit, year).limit).toMatchObject({ name: "koopprijsgrens", value: limit, overridden: false });
  });
  it("has no limit for 2023 (no legal role before 2024)", () => {
    expect(code(() => affordablePurchase(300000, 2023))).toBe("#N/A");
  });
  it("2026 uses 420,000, marked unconfirmed, and a user's value wins", () => {
    expect(affordablePurchase(420000, 2026).affordable).toBe(true);
    expect(affordablePurchase(420000, 2026).limit.confidence).toBe("unconfirmed");
    expect(describeCertainty(affordablePurchase(420000, 2026).limit)).toMatch(/^ONBEVESTIGD/);
    expect(describeCertainty(affordablePurchase(390000, 2024).limit)).toMatch(/^bevestigd/);
    expect(affordablePurchase(420000.01, 2026).affordable).toBe(false);
    expect(affordablePurchase(420000, 2026).limit.overridden).toBe(false);
    const r = affordablePurchase(415000, 2026, [{ name: "koopprijsgrens", year: 2026, value: 410000 }]);
    expect(r.affordable).toBe(false);
    expect(r.limit.overridden).toBe(true);
  });
  it("gives #N/A for an unknown year and #VALUE! for a negative price", () => {
    expect(code(() => affordablePurchase(300000, 2030))).toBe("#N/A");
    expect(code(() => affordablePurchase(-1, 2025))).toBe("#VALUE!");
  });
});
