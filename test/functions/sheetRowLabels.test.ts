import { sheetRowLabels } from "../../src/functions/coerce";

describe("sheet row labels from parameter addresses", () => {
  it("reads a column's rows, with or without sheet and dollars", () => {
    expect(sheetRowLabels("Toewijzingen!$D$5:$D$8", 4)).toEqual(["5", "6", "7", "8"]);
    expect(sheetRowLabels("'Blad 1 (2025)'!D5:D7", 3)).toEqual(["5", "6", "7"]);
    expect(sheetRowLabels("D12", 1)).toEqual(["12"]);
    expect(sheetRowLabels("Blad1!D:D", 1_048_576)?.slice(0, 2)).toEqual(["1", "2"]);
  });
  it("names cells of a single row by reference", () => {
    expect(sheetRowLabels("Blad1!B3:D3", 3)).toEqual(["B3", "C3", "D3"]);
    expect(sheetRowLabels("Z1:AB1", 3)).toEqual(["Z1", "AA1", "AB1"]);
  });
  it("gives null when there is nothing usable", () => {
    expect(sheetRowLabels(undefined, 3)).toBeNull();
    expect(sheetRowLabels("", 3)).toBeNull();
    expect(sheetRowLabels("Blad1!D5:D8", 3)).toBeNull();
    expect(sheetRowLabels("Blad1!A1:B4", 8)).toBeNull();
    expect(sheetRowLabels("{1;2;3}", 3)).toBeNull();
  });
});
