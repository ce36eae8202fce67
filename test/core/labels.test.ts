/** CBS area codes are shown in their canonical form (upper case, no spaces), in every spelling one area. */
import { byArea } from "../../src/core/indices/byArea";
import { displayLabel, labelKey } from "../../src/core/labels";

describe("area codes in their canonical form", () => {
  it("upper-cases and trims GM/WK/BU codes, leaves other labels as written", () => {
    expect(displayLabel(" bu03630001 ")).toBe("BU03630001");
    expect(displayLabel("wk 036301")).toBe("WK036301");
    expect(displayLabel("Gm0363")).toBe("GM0363");
    expect(displayLabel(" Lindenhof ")).toBe("Lindenhof");
    expect(displayLabel("bus 12")).toBe("bus 12");
    expect(labelKey("BU 03630001")).toBe(labelKey("bu03630001"));
  });

  it("groups every spelling of a code as one area, shown canonically", () => {
    const t = byArea([" bu03630001", "BU03630001 ", "bu 03630001", "Bu03630002"], ["soc", "koop", "soc", "soc"], null);
    expect(t.rows.map((r) => [r.area, r.count])).toEqual([["BU03630001", 3], ["BU03630002", 1]]);
  });
});
