import fc from "fast-check";
import { isMengError } from "../../src/core/errors";
import { affordablePurchase } from "../../src/core/rules/affordablePurchase";
import { classifySegment, roundPoints, type Segment } from "../../src/core/rules/segment";
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
    it("is sociale huur up to and at the liberalisatiegrens", () => {
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

  it("2023 (before the Wet betaalbare huur) splits only at the liberalisatiegrens", () => {
    expect(classifySegment({ rent: 808.06, year: 2023 })).toBe("sociale huur");
    expect(classifySegment({ rent: 808.07, year: 2023 })).toBe("vrije sector huur");
    expect(classifySegment({ rent: 1100, year: 2023 })).toBe("vrije sector huur");
  });
});

describe("classifySegment by WWS points", () => {
  it.each([2024, 2025, 2026])("%i: ≤ 143 sociale huur, 144–186 middenhuur, ≥ 187 vrije sector huur", (year) => {
    expect(classifySegment({ points: 0, year })).toBe("sociale huur");
    expect(classifySegment({ points: 143, year })).toBe("sociale huur");
    expect(classifySegment({ points: 144, year })).toBe("middenhuur");
    expect(classifySegment({ points: 186, year })).toBe("middenhuur");
    expect(classifySegment({ points: 187, year })).toBe("vrije sector huur");
  });

  it("rounds a fractional total to whole points, half up", () => {
    expect(classifySegment({ points: 143.49, year: 2025 })).toBe("sociale huur");
    expect(classifySegment({ points: 143.5, year: 2025 })).toBe("middenhuur");
    expect(classifySegment({ points: 186.49, year: 2025 })).toBe("middenhuur");
    expect(classifySegment({ points: 186.5, year: 2025 })).toBe("vrije sector huur");
    expect(roundPoints(142.5)).toBe(143);
  });

  it("lets the points decide when rent is given too", () => {
    expect(classifySegment({ points: 150, rent: 700, year: 2025 })).toBe("middenhuur");
    expect(classifySegment({ points: 120, rent: 2000, year: 2025 })).toBe("sociale huur");
  });

  it("in 2023 uses the rent instead, and refuses points alone", () => {
    expect(classifySegment({ points: 150, rent: 700, year: 2023 })).toBe("sociale huur");
    expect(code(() => classifySegment({ points: 150, year: 2023 }))).toBe("#VALUE!");
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
  it("uses an override for its own year only", () => {
    const overrides = [{ name: "liberalisatiegrens", year: 2025, value: 1000 }];
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
      { name: "liberalisatiegrens", year: 2027, value: 950 },
      { name: "middenhuur maximale huur", year: 2027, value: 1250 },
    ];
    expect(classifySegment({ rent: 1000, year: 2027, overrides })).toBe("middenhuur");
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
  it.each([[2023, 355000], [2024, 390000], [2025, 405000]])("%i: at the limit WAAR, one cent above ONWAAR", (year, limit) => {
    expect(affordablePurchase(limit, year).affordable).toBe(true);
    expect(affordablePurchase(limit + 0.01, year).affordable).toBe(false);
    expect(affordablePurchase(0, year).affordable).toBe(true);
    expect(affordablePurchase(limit, year).limit).toMatchObject({ name: "koopprijsgrens", value: limit, overridden: false });
  });
  it("2026 uses 420,000 (secondary source only), and a user's value wins", () => {
    expect(affordablePurchase(420000, 2026).affordable).toBe(true);
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
