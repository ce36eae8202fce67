/**
 * Dutch texts of the partner copy's protection: the options' error messages (registered in the catalogue, index.ts),
 * the label policy's pane lines and the "Over deze kopie" sheet.
 */
import { MengError } from "../errors";

export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 50;

export const partnerCopyMessages = {
  badThreshold: (value: unknown) =>
    new MengError(
      "#VALUE!",
      `De drempel moet een geheel getal van ${MIN_THRESHOLD} tot en met ${MAX_THRESHOLD} zijn, niet '${String(value)}'. ` +
        `Een drempel van 0, 1 of 2 beschermt niet: een aantal van 1 of 2 wijst dan naar één of twee woningen of huishoudens.`,
    ),
  auditFailed: (failing: number) =>
    new MengError(
      "#VALUE!",
      `De partnerkopie is niet gemaakt: de controle vond ${failing} verborgen aantal(len) die uit de gepubliceerde cijfers toch nauwer te bepalen zijn dan '1 tot de drempel'. ` +
        `Kies 'alleen wijken' of een lagere drempel, of neem contact op met de beheerder.`,
    ),
  stockBelowThreshold: (total: number, k: number) =>
    new MengError(
      "#VALUE!",
      `De partnerkopie is niet gemaakt: de voorraad telt ${total} woning(en), minder dan de drempel ${k}. Het totaal staat toch in de kopie (gelezen rijen), dus er valt niets af te schermen. Kies een lagere drempel.`,
    ),
  buurtInTwoWijken: (buurt: string, a: string, b: string) =>
    new MengError("#VALUE!", `Buurt '${buurt}' ligt volgens de gegevens in twee wijken ('${a}' en '${b}'); een buurt hoort bij één wijk. Controleer de kolommen buurtcode en wijkcode.`),
  wijkInTwoGemeenten: (wijk: string, a: string, b: string) =>
    new MengError("#VALUE!", `Wijk '${wijk}' ligt volgens de gegevens in twee gemeenten ('${a}' en '${b}'); een wijk hoort bij één gemeente. Controleer de kolommen wijkcode en gemeente.`),
  noStockAreas: () =>
    new MengError("#VALUE!", "Er is geen woning met een buurt (of wijk) en een segment gevonden; de partnerkopie heeft dan geen gebiedstabellen."),
} as const;

export const partnerPolicyTexts = {
  neutral: (kind: "area" | "gemeente" | "segment", n: number) => `${kind === "area" ? "gebied" : kind} ${n}`,
  replaced: (label: string, field: string, published: string, reason: string) =>
    `Label '${label}' (${field}) staat in de kopie als '${published}': ${reason}`,
  statusLeftOut: (status: string, allowed: string) =>
    `Status '${status}' (vitaliteit) staat niet in de kopie: alleen '${allowed}' gaat mee; andere tekst kan opmerkingen over personen bevatten.`,
  reasonBsn: "het lijkt op een burgerservicenummer (9 cijfers die de elfproef doorstaan).",
  reasonPostcode: "er staat een postcode in.",
  reasonEmail: "het lijkt op een e-mailadres.",
  reasonNumber: "het is een lang nummer (bijvoorbeeld een klant-, VHE- of telefoonnummer).",
  reasonAddress: "het lijkt op een straat met huisnummer of een los huisnummer.",
  reasonFreeText: "het is vrije tekst, die opmerkingen over personen kan bevatten.",
  reasonName: "het lijkt op een persoonsnaam.",
  reasonUnknown: "het is geen CBS-code (GM/WK/BU met cijfers), geen vast segment en geen door u bevestigde gebiedsnaam. Bevestig de naam bij de opties als het een gebied is.",
} as const;
