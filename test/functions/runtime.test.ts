/**
 * The runtime registers exactly the registry with CustomFunctions.associate, and inside Excel a failure leaves as a
 * CustomFunctions.Error carrying the Excel code and (for #VALUE! and #N/A only) the Dutch message.
 */
import { MengError } from "../../src/core/errors";

class FakeCustomFunctionsError extends Error {
  constructor(public code: string, message?: string) {
    super(message);
  }
}

const associate = jest.fn();
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate,
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe("runtime registration", () => {
  it("associates every registry id with its function, once", async () => {
    const { customFunctions } = await import("../../src/functions/registry");
    await import("../../src/functions/runtime");
    const ids = associate.mock.calls.map((c) => c[0]);
    expect(ids.sort()).toEqual(Object.keys(customFunctions).sort());
    for (const [id, fn] of associate.mock.calls) expect(fn).toBe(customFunctions[id as keyof typeof customFunctions]);
  });
});

describe("errors inside Excel", () => {
  it("turns a MengError into CustomFunctions.Error with code and Dutch message", async () => {
    const { toExcelError } = await import("../../src/functions/excelErrors");
    const e = toExcelError(new MengError("#N/A", "groep komt niet voor")) as FakeCustomFunctionsError;
    expect(e).toBeInstanceOf(FakeCustomFunctionsError);
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("groep komt niet voor");
  });
  it("drops the message for codes Excel shows bare", async () => {
    const { toExcelError } = await import("../../src/functions/excelErrors");
    const e = toExcelError(new MengError("#DIV/0!", "geen rijen")) as FakeCustomFunctionsError;
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBe("");
  });
  it("never lets an unexpected exception through as a crash", async () => {
    const { excelFunction } = await import("../../src/functions/excelErrors");
    const broken = excelFunction([], () => {
      throw new TypeError("x is undefined");
    });
    expect(() => broken()).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("Onverwachte fout") }));
  });
});
