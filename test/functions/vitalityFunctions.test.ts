import { customFunctions } from "../../src/functions/registry";

const valueError = (pattern: RegExp) => expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(pattern) });

describe("vitality functions as Excel calls them", () => {
  it("VITALITEIT multiplies points, also given as text or 1×1 ranges", () => {
    expect(customFunctions.VITALITY(3, "3", [[1]])).toBe(9);
  });
  it("VITALITEIT refuses blank, text, 4 and 1.5 with what is allowed", () => {
    expect(() => customFunctions.VITALITY("", 1, 1)).toThrow(valueError(/leefbaarheid.*1, 2 of 3/));
    expect(() => customFunctions.VITALITY(1, "hoog", 1)).toThrow(valueError(/organisatiekracht.*1, 2 of 3/));
    expect(() => customFunctions.VITALITY(1, 1, 4)).toThrow(valueError(/veerkracht/));
    expect(() => customFunctions.VITALITY(1.5, 1, 1)).toThrow(valueError(/1, 2 of 3/));
    expect(() => customFunctions.VITALITY(true, 1, 1)).toThrow(valueError(/leefbaarheid/));
  });
  it("VITALITEIT refuses a range and says to fill down", () => {
    expect(() => customFunctions.VITALITY([[1], [2]], 1, 1)).toThrow(valueError(/door naar beneden/));
  });
  it("VITALITEIT.OORDEEL uses 9 by default and takes another threshold", () => {
    expect(customFunctions.VITALITY_FLAG(8, null)).toBe("geen signaal");
    expect(customFunctions.VITALITY_FLAG(9, null)).toBe("nader bekijken");
    expect(customFunctions.VITALITY_FLAG(9, 12)).toBe("geen signaal");
    expect(customFunctions.VITALITY_FLAG("12", "12")).toBe("nader bekijken");
    expect(() => customFunctions.VITALITY_FLAG("veel", null)).toThrow(valueError(/1 tot en met 27/));
    expect(() => customFunctions.VITALITY_FLAG(9, "hoog")).toThrow(valueError(/drempel/));
  });
  it("PUNTEN.LEEFBAARHEID maps classes, refuses 0, 10 and text", () => {
    expect(customFunctions.LIVABILITY_POINTS(4)).toBe(3);
    expect(customFunctions.LIVABILITY_POINTS(5)).toBe(2);
    expect(customFunctions.LIVABILITY_POINTS("7")).toBe(1);
    expect(() => customFunctions.LIVABILITY_POINTS(10)).toThrow(valueError(/1 \(zeer onvoldoende\)/));
    expect(() => customFunctions.LIVABILITY_POINTS("goed")).toThrow(valueError(/9 \(uitstekend\)/));
  });
  it("PUNTEN.ORGANISATIEKRACHT reads WAAR/ONWAAR, ja/nee, 1 and \"0\"; the number 0 is an empty cell", () => {
    expect(customFunctions.ORGANISATION_POINTS(true, "ja")).toBe(1);
    expect(customFunctions.ORGANISATION_POINTS("ONWAAR", 1)).toBe(2);
    expect(customFunctions.ORGANISATION_POINTS("nee", "0")).toBe(3);
    expect(() => customFunctions.ORGANISATION_POINTS("nee", 0)).toThrow(valueError(/wijkregisseur.*leeg/));
    expect(() => customFunctions.ORGANISATION_POINTS("soms", true)).toThrow(valueError(/wijkraad.*WAAR of ONWAAR/));
    expect(() => customFunctions.ORGANISATION_POINTS(true, "")).toThrow(valueError(/wijkregisseur/));
  });
  it("PUNTEN.VEERKRACHT at and around the limits; reversed limits are #VALUE!", () => {
    expect(customFunctions.RESILIENCE_POINTS(10, 10, 20)).toBe(1);
    expect(customFunctions.RESILIENCE_POINTS("10,5", 10, 20)).toBe(2);
    expect(customFunctions.RESILIENCE_POINTS(20.01, 10, 20)).toBe(3);
    expect(() => customFunctions.RESILIENCE_POINTS(5, 20, 10)).toThrow(valueError(/grens_laag/));
    expect(() => customFunctions.RESILIENCE_POINTS("veel", 10, 20)).toThrow(valueError(/overlastmaat.*getal/));
  });
});
