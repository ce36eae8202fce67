/** Dutch error texts for the mix and segregation indices (and the shared input checks they use). */
import { MengError } from "../errors";

export const indexMessages = {
  sizeMismatch: (nameA: string, sizeA: number, nameB: string, sizeB: number) =>
    new MengError("#VALUE!", `De bereiken '${nameA}' (${sizeA} cellen) en '${nameB}' (${sizeB} cellen) moeten even groot zijn.`),
  notOneColumn: (name: string) =>
    new MengError("#VALUE!", `'${name}' moet één kolom of één rij zijn, geen blok van meerdere kolommen en rijen.`),
  badWeight: (row: number, value: unknown) =>
    new MengError("#VALUE!", `Gewicht in rij ${row} van het bereik is geen getal ≥ 0 ('${String(value)}'). Vul in elke gebruikte rij een aantal in (0 mag).`),
  weightTooLarge: (row: number, value: number, maximum: number) =>
    new MengError("#NUM!", `Gewicht in rij ${row} van het bereik is ${value.toExponential(2).replace(".", ",")}; Mengwijzer rekent met gewichten tot ${maximum.toExponential(0).replace("+", "")} (geen aantal woningen of personen is groter). Controleer of in die kolom wel aantallen staan.`),
  weightsTooFarApart: (row: number) =>
    new MengError("#NUM!", `Gewicht in rij ${row} van het bereik is meer dan 10^289 keer kleiner dan het totaal van de gewichten; zo'n verschil kan Excel niet nauwkeurig genoeg rekenen. Controleer de gewichtkolom (0 mag, als de rij niet mee moet tellen).`),
  quotientTooLarge: (area: string, group: string) =>
    new MengError("#NUM!", `Het locatiequotiënt van '${group}' in '${area}' is groter dan Excel kan weergeven: de gewichten verschillen onderling meer dan 10^300 keer. Controleer de gewichtkolom.`),
  noUsableRows: () =>
    new MengError("#DIV/0!", "Geen bruikbare rijen: elk gebied of elke categorie is leeg, of alle gewichten zijn 0."),
  groupAbsent: (group: string) =>
    new MengError("#N/A", `De groep '${group}' komt niet voor in de categorieën (groep komt niet voor). Controleer de spelling.`),
  areaAbsent: (area: string) =>
    new MengError("#N/A", `Het gebied '${area}' komt niet voor in de gebieden. Controleer de code of naam.`),
  missingArgument: (name: string) =>
    new MengError("#VALUE!", `Het argument '${name}' ontbreekt of is leeg.`),
  notANumber: (name: string, value: unknown) =>
    new MengError("#VALUE!", `'${name}' moet een getal zijn, niet '${String(value)}'.`),
  badCategoryCount: (value: unknown) =>
    new MengError("#VALUE!", `'aantal_categorieën' moet een geheel getal ≥ 1 zijn, niet '${String(value)}'.`),
  categoryCountTooSmall: (given: number, observed: number) =>
    new MengError("#VALUE!", `'aantal_categorieën' is ${given}, maar er komen ${observed} categorieën voor. Geef minstens ${observed}.`),
  targetSharesNotOne: (sum: number) =>
    new MengError("#VALUE!", `De doelaandelen tellen op tot ${sum}, niet tot 1. Pas ze aan zodat de som 1 (100%) is.`),
  badTargetShare: (row: number, value: unknown) =>
    new MengError("#VALUE!", `Doelaandeel in rij ${row} is geen getal tussen 0 en 1 ('${String(value)}').`),
  duplicateTarget: (category: string) =>
    new MengError("#VALUE!", `De doelcategorie '${category}' staat meer dan één keer in de doelen.`),
  brokenNesting: (fine: string, coarseA: string, coarseB: string) =>
    new MengError("#VALUE!", `Het fijne gebied '${fine}' ligt zowel in '${coarseA}' als in '${coarseB}'; een fijn gebied hoort in precies één grof gebied.`),
  sameGroups: (group: string) =>
    new MengError("#VALUE!", `'groep' en 'referentiegroep' zijn allebei '${group}'; kies twee verschillende groepen.`),
  singleCategory: () =>
    new MengError("#DIV/0!", "Er komt maar één categorie voor; met één groep is er geen segregatie te meten."),
  noSegregation: () =>
    new MengError("#DIV/0!", "M totaal is 0: alle fijne gebieden hebben dezelfde samenstelling, dus er is geen aandeel binnen of tussen de grove gebieden te berekenen."),
} as const;
