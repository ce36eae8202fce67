import { changeSentences, nl3 } from "../../src/core/report/changeSentences";
import type { ChangeTerms } from "../../src/core/indices/changeShapley";

const terms = (over: Partial<ChangeTerms>): ChangeTerms => ({
  first: 0.0932, second: 0.1586, difference: 0.0654, additions: 0.0997, removals: 0, categories: -0.0067, areas: 0.0029, structural: -0.0305, ...over,
});

describe("Dutch sentences per part of a change", () => {
  it("says what rose, what fell, and by how much, with a decimal comma", () => {
    const s = changeSentences(terms({}));
    expect(s.difference).toBe("De segregatie M steeg: van 0,093 naar 0,159 (+0,065).");
    expect(s.additions).toBe("Nieuwe buurten of segmenten verhoogden M met 0,100.");
    expect(s.removals).toBe("Er verdwenen geen buurten of segmenten.");
    expect(s.categories).toBe("De veranderde omvang van de segmenten in de hele voorraad verlaagde M met 0,007.");
    expect(s.areas).toBe("Dat buurten groter of kleiner werden, verhoogde M met 0,003.");
    expect(s.structural).toBe("De verdeling van de segmenten over de buurten zelf (structurele verandering) verlaagde M met 0,031.");
    expect(s.interaction).toBeUndefined();
  });
  it("a fall, a negligible part, and the interaction of Karmel–Maclachlan", () => {
    const s = changeSentences(terms({ first: 0.2, second: 0.15, difference: -0.05, areas: 0.0004, interaction: -0.002 }));
    expect(s.difference).toBe("De segregatie M daalde: van 0,200 naar 0,150 (−0,050).");
    expect(s.areas).toBe("Dat buurten groter of kleiner werden, had vrijwel geen effect op M.");
    expect(s.interaction).toBe("Het samenspel van die twee verlaagde M met 0,002.");
  });
  it("nl3 rounds to three decimals with a comma", () => {
    expect(nl3(1234.5678)).toBe("1.234,568");
  });
});
