import { isPriorityGround, normaliseGround, readGround } from "../../src/core/allocation/priorityGrounds";

describe("reading allocation grounds", () => {
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
    "regulier", "Reguliere toewijzing", "urgentie", "Medische urgentie", "statushouder", "Statushouders", "vergunninghouder",
    "bemiddeling", "directe bemiddeling", "loting", "inschrijfduur", "zoekduur", "doorstroming", "herhuisvesting",
    "maatwerk", "uitstroom beschermd wonen", "mantelzorg", "sloopurgentie", "woningruil", "coöptatie",
    "geen binding", "zonder lokale binding", "niet vitaal beroep",
  ])("%p is a regular ground", (ground) => {
    expect(readGround(ground)).toBe("regular");
  });

  it.each(["xyz", "LB", "voorrang", "?", "-"])("%p is not recognised (counted as regular by the checks)", (ground) => {
    expect(readGround(ground)).toBe("unrecognised");
    expect(isPriorityGround(ground)).toBe(false);
  });

  it("normalises case, accents and separators", () => {
    expect(normaliseGround(" Coöptatie/Lokale_binding. ")).toBe("cooptatie lokale binding");
  });
});
