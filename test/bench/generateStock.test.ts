import { column, generateStock, mulberry32 } from "../../bench/generateStock";

describe("benchmark stock generator", () => {
  it("mulberry32 is deterministic and in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let k = 0; k < 1000; k++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
  it("makes the same 100,000 dwellings in 300 buurten and 40 wijken every time, with buurten nested in wijken", () => {
    const stock = generateStock();
    expect(stock).toHaveLength(100_000);
    expect(new Set(stock.map((d) => d.buurtcode)).size).toBe(300);
    expect(new Set(stock.map((d) => d.wijkcode)).size).toBe(40);
    const wijkOf = new Map<string, string>();
    for (const d of stock) expect(wijkOf.get(d.buurtcode) ?? (wijkOf.set(d.buurtcode, d.wijkcode), d.wijkcode)).toBe(d.wijkcode);
    expect(generateStock().slice(0, 50)).toEqual(stock.slice(0, 50));
    expect(column(stock, "segment")[0]).toEqual([stock[0].segment]);
  });
  it("is skewed: some buurten mostly social rent, others mostly koop", () => {
    const social = new Map<string, [number, number]>();
    for (const d of generateStock()) {
      const e = social.get(d.buurtcode) ?? [0, 0];
      e[0]++;
      if (d.segment.trim().toLowerCase() === "sociale huur") e[1]++;
      social.set(d.buurtcode, e);
    }
    const shares = [...social.values()].map(([n, s]) => s / n);
    expect(shares.filter((s) => s >= 0.7).length).toBeGreaterThan(20);
    expect(shares.filter((s) => s <= 0.1).length).toBeGreaterThan(20);
  });
});
