/** Dutch error texts for the change decomposition, the local scores, the random baseline and the bootstrap intervals. */
import { MengError } from "../errors";

export const changeMessages = {
  noConvergence: () =>
    new MengError("#NUM!", "De aanpassing van de randtotalen (IPF) kwam niet tot rust; de tabel is te dun bezet. Voeg kleine gebieden samen of kies een grover niveau."),
  noCommonGroups: () =>
    new MengError("#VALUE!", "De twee peilingen hebben geen enkele categorie gemeen (met gewicht > 0). Controleer of beide categoriekolommen dezelfde indeling gebruiken."),
  noCommonAreas: () =>
    new MengError("#VALUE!", "De twee peilingen hebben geen enkel gebied gemeen (met gewicht > 0). Controleer of beide gebiedskolommen dezelfde codes gebruiken."),
  unknownMethod: (value: unknown) =>
    new MengError("#VALUE!", `Onbekende methode '${String(value)}'. Kies "shapley" (standaard) of "km" (Karmel-Maclachlan).`),
  notWholeCounts: (area: string, group: string, count: number) =>
    new MengError(
      "#VALUE!",
      `Voor toeval en intervallen moeten de aantallen hele getallen zijn, maar gebied '${area}' heeft ${String(count).replace(".", ",")} bij '${group}'. Geef gewichten als hele aantallen woningen.`,
    ),
  badDraws: (value: unknown, max: number) =>
    new MengError("#VALUE!", `'trekkingen' moet een geheel getal van 10 tot en met ${max} zijn, niet '${String(value)}'.`),
  badLevel: (value: unknown) =>
    new MengError("#VALUE!", `'betrouwbaarheid' moet een getal tussen 0,5 en 1 zijn (bijvoorbeeld 0,95), niet '${String(value)}'.`),
  badSeed: (value: unknown) =>
    new MengError("#VALUE!", `'startwaarde' moet een geheel getal van 0 tot en met 4294967295 zijn, niet '${String(value)}'.`),
  zeroM: () =>
    new MengError("#DIV/0!", "M is 0: geen enkel gebied wijkt af van het geheel, dus er is geen aandeel in M te berekenen."),
} as const;
