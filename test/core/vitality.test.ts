import fc from "fast-check";
import { livabilityPoints } from "../../src/core/vitality/livabilityPoints";
import { organisationPoints } from "../../src/core/vitality/organisationPoints";
import { resiliencePoints } from "../../src/core/vitality/resiliencePoints";
import { DEFAULT_THRESHOLD, vitalityFlag } from "../../src/core/vitality/vitalityFlag";
import { vitalityScore } from "../../src/core/vitality/vitalityScore";

const valueError = expect.objectContaining({ code: "#VALUE!" });

describe("vitality score (rules.md §7)", () => {
  it("multiplies the three points", () => {
    expect(vitalityScore(1, 1, 1)).toBe(1);
    expect(vitalityScore(3, 3, 1)).toBe(9);
    expect(vitalityScore(3, 2, 2)).toBe(12);
    expect(vitalityScore(2, 2, 2)).toBe(8);
    expect(vitalityScore(3, 3, 3)).toBe(27);
  });
  it.each([0, 4, -1, 1.5, 2.0001, NaN, Infinity])("refuses %p points with a message naming what is allowed", (bad) => {
    expect(() => vitalityScore(bad, 1, 1)).toThrow(valueError);
    expect(() => vitalityScore(1, bad, 1)).toThrow(expect.objectContaining({ message: expect.stringMatching(/organisatiekracht.*1, 2 of 3/) }));
    expect(() => vitalityScore(1, 1, bad)).toThrow(expect.objectContaining({ message: expect.stringContaining("veerkracht") }));
  });
  it("stays within 1..27 and takes only the ten possible products", () => {
    const products = new Set([1, 2, 3, 4, 6, 8, 9, 12, 18, 27]);
    const point = fc.constantFrom(1, 2, 3);
    fc.assert(fc.property(point, point, point, (a, b, c) => products.has(vitalityScore(a, b, c))));
  });
});

describe("vitality verdict", () => {
  it("signals from 9 by default: 8 no, 9 yes", () => {
    expect(DEFAULT_THRESHOLD).toBe(9);
    expect(vitalityFlag(8)).toBe("geen signaal");
    expect(vitalityFlag(9)).toBe("nader bekijken");
    expect(vitalityFlag(27)).toBe("nader bekijken");
    expect(vitalityFlag(1)).toBe("geen signaal");
  });
  it("takes another threshold", () => {
    expect(vitalityFlag(8, 8)).toBe("nader bekijken");
    expect(vitalityFlag(11, 12)).toBe("geen signaal");
    expect(vitalityFlag(12, 12)).toBe("nader bekijken");
    expect(vitalityFlag(6, 6.5)).toBe("geen signaal");
  });
  it.each([0, 28, 8.5, NaN])("refuses score %p", (bad) => {
    expect(() => vitalityFlag(bad)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("1 tot en met 27") }));
  });
  it.each([0, 28, NaN])("refuses threshold %p", (bad) => {
    expect(() => vitalityFlag(9, bad)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("drempel") }));
  });
  it("is monotone: a higher score never loses the signal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 27 }), (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return !(vitalityFlag(lo, t) === "nader bekijken" && vitalityFlag(hi, t) === "geen signaal");
      }),
    );
  });
});

describe("leefbaarheid points from the Leefbaarometer class", () => {
  it.each([
    [1, 3], [2, 3], [3, 3], [4, 3],
    [5, 2], [6, 2],
    [7, 1], [8, 1], [9, 1],
  ])("class %i → %i points", (cls, points) => {
    expect(livabilityPoints(cls)).toBe(points);
  });
  it.each([0, 10, -1, 4.5, NaN])("refuses class %p and says 1 to 9", (bad) => {
    expect(() => livabilityPoints(bad)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/1 \(zeer onvoldoende\).*9 \(uitstekend\)/) }));
  });
});

describe("organisatiekracht points", () => {
  it("both → 1, one → 2, neither → 3", () => {
    expect(organisationPoints(true, true)).toBe(1);
    expect(organisationPoints(true, false)).toBe(2);
    expect(organisationPoints(false, true)).toBe(2);
    expect(organisationPoints(false, false)).toBe(3);
  });
});

describe("veerkracht points", () => {
  it("≤ low → 1, ≤ high → 2, above → 3, at and around both limits", () => {
    expect(resiliencePoints(9.99, 10, 20)).toBe(1);
    expect(resiliencePoints(10, 10, 20)).toBe(1);
    expect(resiliencePoints(10.01, 10, 20)).toBe(2);
    expect(resiliencePoints(20, 10, 20)).toBe(2);
    expect(resiliencePoints(20.01, 10, 20)).toBe(3);
    expect(resiliencePoints(-5, 10, 20)).toBe(1);
  });
  it("allows equal limits (then never 2)", () => {
    expect(resiliencePoints(10, 10, 10)).toBe(1);
    expect(resiliencePoints(10.5, 10, 10)).toBe(3);
  });
  it("refuses a low limit above the high one", () => {
    expect(() => resiliencePoints(5, 20, 10)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("grens_laag") }));
  });
  it("never decreases as the nuisance grows", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return resiliencePoints(lo, 0, 100) <= resiliencePoints(hi, 0, 100);
      }),
    );
  });
});
