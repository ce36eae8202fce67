import { isPriorityGround, normaliseGround, readGround } from "../../src/core/allocation/priorityGrounds";

describe("reading allocation grounds (Huisvestingswet art. 14 as amended 1-1-2024)", () => {
  it.each([
    "lokale binding", "Lokale Binding", "  LOKALE   BINDING ", "lokale-binding", "lokale_binding", "lok. binding", "Lokalebinding",
    "economische binding", "econ. binding", "Economisch gebonden", "maatschappelijke binding", "maatsch. binding",
    "sociale binding", "regionale binding", "binding", "voorrang lokale binding", "lokale band",
    "vitaal beroep", "Vitale beroepen", "vitaal-beroep", "vit. beroep", "cruciaal beroep", "cruciale beroepen",
    "essentieel beroep", "maatschappelijk vitaal beroep",
  ])("%p is a priority ground", (ground) => {
    expect(readGround(ground)).toBe("priority");
    expect(isPriorityGround(ground)).toBe(true);
  });

  it.each([
    "voorrang zorgmedewerker", "Voorrang zorg", "voorrang verpleegkundige", "voorrang leraar", "voorrang onderwijs",
    "voorrang leerkracht", "politie (voorrang)", "voorrang politieagent", "voorrang brandweer", "voorrang militair",
    "voorrang kinderopvang", "prio zorgpersoneel", "voorrangsregeling onderwijspersoneel", "voorrang cruciaal beroep",
  ])("%p (a crucial profession written as priority) is a priority ground", (ground) => {
    expect(readGround(ground)).toBe("priority");
  });

  it.each([
    "urgentie", "Medische urgentie", "sociale urgentie", "sloopurgentie", "statushouder", "Statushouders", "vergunninghouder",
    "mantelzorg", "voorrang mantelzorg", "uitstroom beschermd wonen", "uitstroom maatschappelijke opvang", "herhuisvesting",
    "voorrang urgentie",
  ])("%p falls under the separate urgency power, outside the 50%%", (ground) => {
    expect(readGround(ground)).toBe("separate");
    expect(isPriorityGround(ground)).toBe(false);
  });

  it.each([
    "regulier", "Reguliere toewijzing", "bemiddeling", "directe bemiddeling", "loting", "inschrijfduur", "zoekduur",
    "doorstroming", "maatwerk", "woningruil", "coöptatie", "zorg", "zorgwoning", "geen binding", "zonder lokale binding",
    "niet vitaal beroep", "geen voorrang",
  ])("%p is a regular ground", (ground) => {
    expect(readGround(ground)).toBe("regular");
  });

  it.each(["voorrang", "Voorrang", "voorrangsregeling", "prio", "voorrang overig"])("a bare %p is flagged as unclear, not guessed", (ground) => {
    expect(readGround(ground)).toBe("unclear");
    expect(isPriorityGround(ground)).toBe(false);
  });

  it.each(["xyz", "LB", "?", "-"])("%p is not recognised (counted as regular by the checks)", (ground) => {
    expect(readGround(ground)).toBe("unrecognised");
    expect(isPriorityGround(ground)).toBe(false);
  });

  it("normalises case, accents and separators", () => {
    expect(normaliseGround(" Coöptatie/Lokale_binding. ")).toBe("cooptatie lokale binding");
  });
});
