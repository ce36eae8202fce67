/** Dutch error texts for the vitality score and its three point helpers (rules.md §7). */
import { MengError } from "../errors";

const shown = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

export const vitalityMessages = {
  missing: (name: string, allowed: string) =>
    new MengError("#VALUE!", `Het argument '${name}' ontbreekt of de cel is leeg. Toegestaan: ${allowed}.`),
  notOneCell: (name: string) =>
    new MengError("#VALUE!", `'${name}' moet één cel zijn, geen bereik. Vul de formule per gebied (per rij) door naar beneden.`),
  badPoints: (name: string, value: unknown) =>
    new MengError("#VALUE!", `'${name}' moet 1, 2 of 3 punten zijn (3 = meeste zorg), niet '${shown(value)}'.`),
  badScore: (value: unknown) =>
    new MengError("#VALUE!", `De vitaliteitsscore moet een geheel getal van 1 tot en met 27 zijn (uitkomst van MENG.VITALITEIT), niet '${shown(value)}'.`),
  badThreshold: (value: unknown) =>
    new MengError("#VALUE!", `De drempel moet een getal van 1 tot en met 27 zijn (standaard 9), niet '${shown(value)}'.`),
  badLivabilityClass: (value: unknown) =>
    new MengError("#VALUE!", `De Leefbaarometer-klasse moet een geheel getal van 1 (zeer onvoldoende) tot en met 9 (uitstekend) zijn, niet '${shown(value)}'.`),
  badPresence: (name: string, value: unknown) =>
    new MengError("#VALUE!", `'${name}' moet WAAR of ONWAAR zijn (ook goed: ja/nee, 1/0), niet '${shown(value)}'.`),
  badMeasure: (name: string, value: unknown) =>
    new MengError("#VALUE!", `'${name}' moet een getal zijn, niet '${shown(value)}'.`),
  thresholdsReversed: (low: number, high: number) =>
    new MengError("#VALUE!", `'grens_laag' (${low}) is groter dan 'grens_hoog' (${high}). Geef eerst de lage en dan de hoge grens.`),
  missingColumns: (headers: readonly string[]) =>
    new MengError("#VALUE!", `De tabel op het blad Mengwijzer_Vitaliteit mist ${headers.length === 1 ? "de kolom" : "de kolommen"} ${headers.map((h) => `'${h}'`).join(", ")}. Zet de kopregel terug (of maak het blad opnieuw onder een andere naam); Mengwijzer verandert niets tot dan.`),
  notOurSheet: () =>
    new MengError("#VALUE!", "Het blad Mengwijzer_Vitaliteit bestaat al, maar zonder de tabel MengwijzerVitaliteit (bijvoorbeeld een blad dat u met de hand maakte). Mengwijzer overschrijft het niet: geef het blad een andere naam en maak het invoerblad opnieuw; neem daarna uw invoer over."),
  noAreas: (level: string) =>
    new MengError("#VALUE!", `De voorraad heeft geen ${level === "wijk" ? "wijken" : "buurten"} om te scoren: kies bij Gegevens de kolom met de ${level === "wijk" ? "wijkcode" : "buurtcode"} en bevestig.`),
  badYear: (value: unknown) =>
    new MengError("#VALUE!", `Kies een jaar van 2000 tot en met 2100 voor de vitaliteit, niet '${shown(value)}'.`),
} as const;
