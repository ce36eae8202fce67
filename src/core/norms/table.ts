/**
 * The built-in norms: every legal or policy parameter the rule functions use, per calendar year, with its source, the
 * date it applies from and how sure we are of it (see types.ts). docs/normen.md is generated from this table
 * (scripts/generateNormsDoc.ts); a test fails when the two differ.
 *
 * Rules for editing: never guess a value. A value found only in rules.md and nowhere else stays out of the table (the
 * functions then say #N/A for that year) unless it is flagged "unconfirmed" with that stated in `source`; the choice per
 * value is recorded in `omitted` or in the value's note. Canonical names follow rules.md §9.
 */
import { legalBasis as law, sources as src } from "./sources";
import type { NormConfidence, NormDefinition, NormYearValue } from "./types";

function at(
  year: number,
  value: number,
  source: string,
  confidence: NormConfidence,
  note: string,
  appliesFrom = `${year}-01-01`,
): NormYearValue {
  return { year, value, source, appliesFrom, confidence, note };
}

const UNCONFIRMED = "ONBEVESTIGD: niet in een officiële bron teruggevonden";
const UNCONFIRMED_2526 = "ONBEVESTIGD: geen publicatie voor dit jaar teruggevonden, regel ongewijzigd aangenomen";

export interface OmittedValue { year: number; reason: string }

/** An older or other name users may type for a norm; matched like the canonical name, explained in docs/normen.md. */
export interface NormAlias { name: string; note: string }

export interface NormTableEntry extends NormDefinition {
  /** Years deliberately left out of the table, with the reason (shown in docs/normen.md). */
  omitted?: readonly OmittedValue[];
  /** Other names accepted for this norm (e.g. the name it had before a change in the law). */
  aliases?: readonly NormAlias[];
}

export const normsTable: readonly NormTableEntry[] = [
  {
    name: "voorrang maximum",
    unit: "fraction",
    description:
      "Hoogste aandeel van de beschikbare woningen (aangewezen categorieën) dat een gemeente met voorrang mag toewijzen op economische of maatschappelijke binding (incl. lokale binding) en aan aangewezen cruciale beroepen.",
    values: [
      at(2024, 0.5, `${law.huisvestingswet}; ${src.ro2023hvw}`, "confirmed", "Officieel bericht noemt 'de helft' van de beschikbare huur- en nieuwbouwkoopwoningen, vanaf 1-1-2024."),
      at(2025, 0.5, law.huisvestingswet, "confirmed", "Wettelijk percentage zonder jaarlijkse aanpassing; geen wijziging gevonden."),
      at(2026, 0.5, law.huisvestingswet, "confirmed", "Wettelijk percentage; geen wijziging gevonden. Let op: de Wet versterking regie volkshuisvesting (mogelijk per 1-7-2026) kan de Huisvestingswet wijzigen."),
    ],
    omitted: [{ year: 2023, reason: "Vóór 2024 gold een andere regel (50% regionale binding, waarvan ten hoogste 25% lokaal); één getal geeft die niet juist weer." }],
  },
  {
    name: "koopprijsgrens",
    unit: "euro",
    description: "Betaalbaarheidsgrens voor nieuwbouwkoopwoningen (koopprijs tot en met deze grens telt als betaalbaar).",
    values: [
      at(2024, 390000, `${law.betaalbaarheidsgrens}; ${src.ro2023hvw}`, "confirmed", "Rijksoverheidsbericht noemt 'in 2024: 390.000 euro'."),
      at(2025, 405000, law.betaalbaarheidsgrens, "secondary", "Alleen via ANP-bericht (mei 2025) gevonden; geen officiële publicatie teruggevonden."),
      at(2026, 420000, `${law.betaalbaarheidsgrens}; ONBEVESTIGD: alleen een blog (Stadsfilosofie, 'Betaalbaarheid als terugkerend vraagstuk', 10-11-2025)`, "unconfirmed", "Alleen in één secundaire bron gevonden ('voor 2026 ... €420.000 v.o.n.'), die zich ook vergist in het bedrag van 2024; geen officiële publicatie teruggevonden. Controleer dit en vervang het zo nodig via 'normen'."),
    ],
    omitted: [
      { year: 2023, reason: "Vóór 2024 had de betaalbaarheidsgrens geen rol in de Huisvestingswet (voorrang bij nieuwbouwkoop bestaat pas sinds 1-1-2024); het bedrag van 2023 (€ 355.000) was alleen een beleidsafspraak voor de woningbouwprogrammering." },
    ],
  },
  {
    name: "toewijzingsnorm",
    unit: "fraction",
    description: "Minimumaandeel van de toewijzingen van DAEB-woningen dat naar huishoudens onder de DAEB-inkomensgrens moet gaan.",
    values: [
      at(2023, 0.925, `${law.daeb}; ${src.aedes2024}`, "secondary", "Sinds de wijziging van de Woningwet per 1-1-2022 is de vrije ruimte landelijk 7,5% (zie 'vrije toewijzingsruimte' 2023, officieel); de toewijzingsnorm is dan 92,5%. De officiële pagina met bedragen 2023 noemt 'ten minste 85%': dat is de norm bij verruimde vrije ruimte (15%), zie 'toewijzingsnorm verruimd'. 92,5% voor 2022 ook in het jaarverslag van Pré Wonen."),
      at(2024, 0.925, `${law.daeb}; ${src.ilt2024}`, "confirmed", "ILT: ten minste 92,5%; 85% als de vrije ruimte in prestatieafspraken naar 15% is verruimd (overschrijf dan met 0,85)."),
      at(2025, 0.925, `${law.daeb}; ${UNCONFIRMED}`, "unconfirmed", "Voor 2025 geen bron gevonden; de regel staat in het BTIV en er is geen wijziging gevonden."),
      at(2026, 0.925, `${law.daeb}; ${UNCONFIRMED}`, "unconfirmed", "Voor 2026 geen bron gevonden; de regel staat in het BTIV en er is geen wijziging gevonden."),
    ],
  },
  {
    name: "toewijzingsnorm verruimd",
    unit: "fraction",
    description:
      "Minimumaandeel naar de doelgroep als de vrije toewijzingsruimte lokaal is verruimd naar 15% (alleen met prestatieafspraken tussen gemeente, corporatie en huurdersorganisatie).",
    values: [
      at(2023, 0.85, `${law.daeb}; ${src.vhn2023}`, "confirmed", "Officiële pagina (prijspeil 2023): 'ten minste 85%' en verruiming tot 15% via prestatieafspraken."),
      at(2024, 0.85, `${law.daeb}; ${src.ilt2024}`, "confirmed", "ILT: bij verruiming naar 15% ten minste 85% naar de doelgroep."),
      at(2025, 0.85, `${law.daeb}; ${UNCONFIRMED_2526}`, "unconfirmed", "Voor 2025 geen bron gevonden; geen wijziging van de regel gevonden."),
      at(2026, 0.85, `${law.daeb}; ${UNCONFIRMED_2526}`, "unconfirmed", "Voor 2026 geen bron gevonden; geen wijziging van de regel gevonden."),
    ],
  },
  {
    name: "vrije toewijzingsruimte",
    unit: "fraction",
    description: "Aandeel van de DAEB-toewijzingen dat vrij (ook boven de inkomensgrens) mag; lokaal tot 15% bij prestatieafspraken.",
    values: [
      at(2023, 0.075, `${law.daeb}; ${src.vhn2023}`, "confirmed", "Officiële pagina (prijspeil 2023): 7,5% vrij; landelijk 7,5% sinds 2022."),
      at(2024, 0.075, `${law.daeb}; ${src.ilt2024}`, "confirmed", "ILT: 7,5%, lokaal te verruimen tot 15% via prestatieafspraken."),
      at(2025, 0.075, `${law.daeb}; ${UNCONFIRMED}`, "unconfirmed", "Voor 2025 geen bron gevonden; geen wijziging gevonden."),
      at(2026, 0.075, `${law.daeb}; ${UNCONFIRMED}`, "unconfirmed", "Voor 2026 geen bron gevonden; geen wijziging gevonden."),
    ],
  },
  {
    name: "inkomensgrens eenpersoons",
    unit: "euro",
    description: "DAEB-inkomensgrens (huishoudinkomen per jaar) voor eenpersoonshuishoudens.",
    values: [
      at(2023, 44035, `${law.daeb}; ${src.vhn2023}`, "confirmed", "Officiële pagina, prijspeil 2023."),
      at(2024, 47699, `${law.daeb}; ${src.ilt2024}`, "confirmed", "ILT, prijspeil 2024."),
      at(2025, 49669, `${law.daeb}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht 18-11-2024."),
      at(2026, 51537, `${law.daeb}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "inkomensgrens meerpersoons",
    unit: "euro",
    description: "DAEB-inkomensgrens (huishoudinkomen per jaar) voor huishoudens van twee of meer personen.",
    values: [
      at(2023, 48625, `${law.daeb}; ${src.vhn2023}`, "confirmed", "Officiële pagina, prijspeil 2023."),
      at(2024, 52671, `${law.daeb}; ${src.ilt2024}`, "confirmed", "ILT, prijspeil 2024."),
      at(2025, 54847, `${law.daeb}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht 18-11-2024."),
      at(2026, 56910, `${law.daeb}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "passend norm",
    unit: "fraction",
    description:
      "Minimumaandeel van de huishoudens met een inkomen tot de inkomensgrens passend toewijzen (naar huishoudgrootte en AOW-leeftijd) dat een woning met een kale huur tot hun aftoppingsgrens moet krijgen.",
    values: [
      at(2024, 0.95, `${law.passend}; ${src.vhnFaq}`, "confirmed", "Officiële veelgestelde vragen (ongedateerd) noemen 95%; de norm geldt sinds 2016 ongewijzigd."),
      at(2025, 0.95, `${law.passend}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht 18-11-2024 noemt 95% (gelezen via een kopie op openrijk.nl)."),
      at(2026, 0.95, `${law.passend}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025 noemt 95%."),
    ],
  },
  {
    name: "passend inkomensgrens eenpersoons",
    unit: "euro",
    description: "Inkomensgrens passend toewijzen, eenpersoonshuishouden onder de AOW-leeftijd.",
    values: [
      at(2024, 27725, law.passend, "secondary", "Alleen bij corporaties gevonden (Intermaris, Mijande Wonen; prijspeil 2024)."),
      at(2025, 28375, `${law.passend}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 29400, `${law.passend}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "passend inkomensgrens meerpersoons",
    unit: "euro",
    description: "Inkomensgrens passend toewijzen, meerpersoonshuishouden onder de AOW-leeftijd.",
    values: [
      at(2024, 37625, law.passend, "secondary", "Alleen bij corporaties gevonden (Intermaris, Mijande Wonen; prijspeil 2024)."),
      at(2025, 38500, `${law.passend}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 39925, `${law.passend}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "passend inkomensgrens eenpersoons aow",
    unit: "euro",
    description: "Inkomensgrens passend toewijzen, eenpersoonshuishouden vanaf de AOW-leeftijd.",
    values: [
      at(2024, 27225, law.passend, "secondary", "Alleen bij een corporatie gevonden (Intermaris; prijspeil 2024)."),
      at(2025, 27775, `${law.passend}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 28775, `${law.passend}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "passend inkomensgrens meerpersoons aow",
    unit: "euro",
    description: "Inkomensgrens passend toewijzen, meerpersoonshuishouden vanaf de AOW-leeftijd.",
    values: [
      at(2024, 36675, `${law.passend}; ${UNCONFIRMED}`, "unconfirmed", "Niet teruggevonden (volgens de projectdocumentatie secundair); de bedragen 2024 van de andere huishoudtypen staan wel bij corporaties."),
      at(2025, 37350, `${law.passend}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 38650, `${law.passend}; ${src.ro2026}`, "confirmed", "Rijksoverheidsbericht 25-11-2025."),
    ],
  },
  {
    name: "aow leeftijd",
    unit: "years",
    description:
      "AOW-leeftijd in hele jaren: vanaf deze leeftijd gelden bij passend toewijzen de inkomensgrenzen 'aow' (de toets neemt de leeftijd van de aanvrager bij toewijzing).",
    values: [
      at(2024, 67, `${law.aow}; ${src.svbAow}`, "secondary", "67 jaar van 2024 tot en met 2027; gevonden bij pensioenadviseurs en in de pers (SPIN, HLS Pensioen), de officiële pagina niet zelf gelezen."),
      at(2025, 67, `${law.aow}; ${src.svbAow}`, "secondary", "Zie 2024."),
      at(2026, 67, `${law.aow}; ${src.svbAow}`, "secondary", "Zie 2024. In 2028 wordt het 67 jaar en 3 maanden."),
    ],
    omitted: [{ year: 2023, reason: "In 2023 was de AOW-leeftijd 66 jaar en 10 maanden: niet in hele jaren te geven, en passend-inkomensgrenzen voor 2023 staan niet in de tabel." }],
  },
  {
    name: "kwaliteitskortingsgrens",
    unit: "euro",
    description: "Huurtoeslag: grens tot waar de huur boven de basishuur volledig wordt vergoed; voor huurders onder 23 jaar de huurgrens.",
    values: [
      at(2023, 452.2, law.huurtoeslag, "secondary", "Alleen bij Woonbond en Corporatiestrateeg gevonden."),
      at(2024, 454.47, law.huurtoeslag, "secondary", "Alleen bij Woonbond gevonden (de projectdocumentatie noemt een officiële bron, die hier niet is teruggevonden)."),
      at(2025, 477.2, `${law.huurtoeslag}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht: huurtoeslaggrens onder 23 jaar € 477,20."),
      at(2026, 498.2, `${law.huurtoeslag}; ${UNCONFIRMED}`, "unconfirmed", "Niet in een bron gevonden. Per 2026 is de huurtoeslag vereenvoudigd; controleer de rol van deze grens."),
    ],
  },
  {
    name: "aftoppingsgrens laag",
    unit: "euro",
    description: "Aftoppingsgrens huurtoeslag voor een- en tweepersoonshuishoudens; huurgrens bij passend toewijzen.",
    values: [
      at(2023, 647.19, law.huurtoeslag, "secondary", "Alleen bij Woonbond en een corporatie gevonden."),
      at(2024, 650.43, law.huurtoeslag, "secondary", "Woonbond en corporaties (prijspeil 2024); de projectdocumentatie noemt een officiële bron, die hier niet is teruggevonden."),
      at(2025, 682.96, `${law.huurtoeslag}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 713.02, `${law.huurtoeslag}; ${src.ro2026} (alleen '€ 713' gezien); ONBEVESTIGD: de centen komen alleen uit de projectdocumentatie`, "unconfirmed", "Het rijksoverheidsbericht toont '€ 713' maar de tekst was afgekapt; de centen komen uit de projectdocumentatie (secundair)."),
    ],
  },
  {
    name: "aftoppingsgrens hoog",
    unit: "euro",
    description: "Aftoppingsgrens huurtoeslag voor huishoudens van drie of meer personen; huurgrens bij passend toewijzen.",
    values: [
      at(2023, 693.6, law.huurtoeslag, "secondary", "Alleen bij Woonbond en een corporatie gevonden."),
      at(2024, 697.07, law.huurtoeslag, "secondary", "Woonbond en corporaties (prijspeil 2024); de projectdocumentatie noemt een officiële bron, die hier niet is teruggevonden."),
      at(2025, 731.93, `${law.huurtoeslag}; ${src.ro2025}`, "confirmed", "Gelezen in de kopie van het rijksoverheidsbericht op openrijk.nl."),
      at(2026, 764.14, `Regeling huurtoeslaggrenzen 2026, Stcrt. 2025, 39783 (volgens de projectdocumentatie); ${UNCONFIRMED}`, "unconfirmed", "Niet teruggevonden; het rijksoverheidsbericht van 25-11-2025 was op dit punt afgekapt."),
    ],
  },
  {
    name: "huurgrens",
    unit: "euro",
    description:
      "Huurgrens (DAEB-huurgrens, huurtoeslaggrens): hoogste kale huur van een sociale huurwoning, gelijk aan de maximale huur bij 143 WWS-punten; daarboven middenhuur of vrije sector.",
    aliases: [
      {
        name: "liberalisatiegrens",
        note: "Oude naam, nog aanvaard. Sinds de Wet betaalbare huur (1-7-2024) gebruikt de Rijksoverheid 'liberalisatiegrens' voor de bovengrens van de middenhuur; die heet hier 'middenhuur maximale huur'.",
      },
    ],
    values: [
      at(2023, 808.06, `${law.huurgrens}; ${src.vhn2023}`, "confirmed", "Officiële pagina, prijspeil 2023."),
      at(2024, 879.66, `${law.huurgrens}; ${src.ilt2024}`, "confirmed", "ILT, prijspeil 2024; bevestigd in het VHN-bericht van 26-11-2024."),
      at(2025, 900.07, `${law.huurgrens}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht en VHN-bericht 26-11-2024."),
      at(2026, 932.93, `${law.huurgrens}; ${src.ro2026}`, "confirmed", "Huurgrens DAEB-toewijzing 2026; gelijk aan de maximale huur bij 143 punten (Huurcommissie, bijlage 3)."),
    ],
  },
  {
    name: "wws sociaal max punten",
    unit: "points",
    description: "Hoogste aantal WWS-punten van het laagste (sociale) segment; vanaf 1 juli 2024.",
    values: [
      at(2024, 143, law.betaalbareHuur, "secondary", "Puntengrens van de Wet betaalbare huur, geldt vanaf 1-7-2024; alleen secundair gevonden. Van 1-1 tot 1-7-2024 bestond deze indeling niet.", "2024-07-01"),
      at(2025, 143, `${law.betaalbareHuur}; ${src.ro2025}`, "confirmed", "Middensegment begint bij ten minste 144 punten."),
      at(2026, 143, `${law.betaalbareHuur}; ${src.huurcommissie2026}`, "confirmed", "143 punten = € 932,93 = huurgrens 2026; geen wijziging van de puntengrens gevonden."),
    ],
  },
  {
    name: "wws midden max punten",
    unit: "points",
    description: "Hoogste aantal WWS-punten van het gereguleerde middensegment; daarboven vrije sector. Vanaf 1 juli 2024.",
    values: [
      at(2024, 186, law.betaalbareHuur, "secondary", "Wet betaalbare huur, vanaf 1-7-2024; alleen secundair gevonden.", "2024-07-01"),
      at(2025, 186, `${law.betaalbareHuur}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht: middenhuur tot en met 186 punten."),
      at(2026, 186, `${law.betaalbareHuur}; ${src.huurcommissie2026}`, "confirmed", "Wettelijke puntengrens; geen wijziging gevonden (Huurcommissie-tabel: 186 punten = € 1.228,07)."),
    ],
  },
  {
    name: "middenhuur maximale huur",
    unit: "euro",
    description:
      "Maximale kale huur bij 186 WWS-punten: bovengrens van de gereguleerde middenhuur (sinds de Wet betaalbare huur door de Rijksoverheid ook liberalisatiegrens genoemd). Vanaf 1 juli 2024.",
    values: [
      at(2024, 1157.95, `${law.betaalbareHuur}; ${UNCONFIRMED}`, "unconfirmed", "Niet rechtstreeks gevonden. Wel consistent: VHN (26-11-2024) meldt dat de grenzen van 1-7-2024 per 2025 met 2,32% stijgen, naar boven afgerond; 1.157,95 × 1,0232 → 1.184,82.", "2024-07-01"),
      at(2025, 1184.82, `${law.betaalbareHuur}; ${src.ro2025}`, "confirmed", "Rijksoverheidsbericht: bovengrens middensegment per 1-1-2025."),
      at(2026, 1228.07, `${law.betaalbareHuur}; ${src.huurcommissie2026}`, "confirmed", "Huurcommissie, bijlage 3: 186 punten = € 1.228,07."),
    ],
  },
];
