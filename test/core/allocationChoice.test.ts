/**
 * The allocation report's legal options as the pane keeps them (src/core/allocation/allocationChoice.ts): what they
 * become for the report, how they are stored and read back, what a typed percentage may be, and which legal source
 * each control cites for the year.
 */
import {
  DEFAULT_ALLOCATION_CHOICE,
  allocationChoiceCitations,
  allocationOptionsOf,
  parseAllocationChoice,
  priorityPercentProblem,
  serializeAllocationChoice,
  type AllocationChoice,
} from "../../src/core/allocation/allocationChoice";

describe("allocation choice", () => {
  test("becomes the report's options: percent as a fraction, no categories = all allocations", () => {
    expect(allocationOptionsOf(DEFAULT_ALLOCATION_CHOICE)).toEqual({ widenedFreeRoom: false });
    expect(allocationOptionsOf({ priorityPercent: 40, designated: ["sociale huur"], widenedFreeRoom: true })).toEqual({
      priorityMaximum: 0.4, designated: ["sociale huur"], widenedFreeRoom: true,
    });
  });

  test("round-trips through its stored text; nothing stored is the default", () => {
    const choice: AllocationChoice = { priorityPercent: 12.5, designated: ["koop", "middenhuur"], widenedFreeRoom: true };
    const back = parseAllocationChoice(serializeAllocationChoice(choice));
    expect(back.problem).toBeNull();
    expect(back.choice).toEqual({ ...choice, designated: ["middenhuur", "koop"] }); // in the order of the kinds
    expect(parseAllocationChoice(null)).toEqual({ choice: DEFAULT_ALLOCATION_CHOICE, problem: null });
  });

  test.each([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ versie: 2, voorrangspercentage: null, aangewezen: [], verruimd: false })],
    ["a percentage above 100", JSON.stringify({ versie: 1, voorrangspercentage: 120, aangewezen: [], verruimd: false })],
    ["an unknown category", JSON.stringify({ versie: 1, voorrangspercentage: null, aangewezen: ["villa"], verruimd: false })],
    ["no yes/no for the free room", JSON.stringify({ versie: 1, voorrangspercentage: null, aangewezen: [], verruimd: "ja" })],
  ])("a stored value with %s gives the default and says so", (_why, text) => {
    const read = parseAllocationChoice(text);
    expect(read.choice).toEqual(DEFAULT_ALLOCATION_CHOICE);
    expect(read.problem).toMatch(/niet te lezen/);
  });

  test("a verordening may not reserve more than the legal maximum (Huisvestingswet 2014, art. 14)", () => {
    expect(priorityPercentProblem(40, 50)).toBeNull();
    expect(priorityPercentProblem(50, 50)).toBeNull();
    expect(priorityPercentProblem(0, 50)).toBeNull();
    expect(priorityPercentProblem(55, 50)).toMatch(/wettelijk maximum van 50%.*Huisvestingswet 2014, art\. 14/);
    expect(priorityPercentProblem(-1, 50)).toMatch(/0 tot en met 100/);
    expect(priorityPercentProblem(Number.NaN, 50)).toMatch(/0 tot en met 100/);
  });

  test("cites the law, value, year and certainty of each norm; says so for a year without a value", () => {
    const c2025 = allocationChoiceCitations(2025);
    expect(c2025.priority).toMatchObject({ value: "50%", year: 2025, certainty: "bevestigd in een officiële bron" });
    expect(c2025.priority.source).toMatch(/Huisvestingswet 2014, art\. 14/);
    expect(c2025.income).toMatchObject({ value: "92,5%", year: 2025 });
    expect(c2025.income.source).toMatch(/BTIV/);
    expect(c2025.incomeWidened.value).toBe("85%");
    expect(allocationChoiceCitations(2024).incomeWidened).toMatchObject({ value: "85%", certainty: "bevestigd in een officiële bron" });
    expect(allocationChoiceCitations(2023).priority).toMatchObject({ value: null, source: null });
  });
});
