/**
 * The publications the norms table cites, named once so every value points to the same wording. Dutch, as shown to
 * users in docs/normen.md and in the task pane. Each entry says which publication; the table says which value.
 */
export const sources = {
  ro2026:
    "Rijksoverheid / Volkshuisvesting Nederland, nieuwsbericht 'Indexering inkomensgrenzen voor woningcorporaties, maximale huurprijsgrenzen en huurtoeslagparameters per 2026' (25-11-2025)",
  ro2025:
    "Rijksoverheid, nieuwsbericht 'Indexering inkomensgrenzen voor woningcorporaties en huurtoeslagparameters per 2025' (18-11-2024)",
  vhn2025:
    "Volkshuisvesting Nederland, nieuwsbericht 'Bedragen en grenswaarden huursector voor 2025 bekend' (26-11-2024)",
  huurcommissie2026:
    "Huurcommissie, beleidsboek Waarderingsstelsel zelfstandige woonruimte, bijlage 3: maximale huurprijsgrenzen per 1 januari 2026",
  ilt2024: "Inspectie Leefomgeving en Transport (ilent.nl), 'Toewijzen aan de doelgroep' (bedragen prijspeil 2024)",
  vhn2023: "Volkshuisvesting Nederland, 'Regels voor toewijzen aan de doelgroep' (bedragen prijspeil 2023)",
  vhnFaq: "Volkshuisvesting Nederland, dossier woningtoewijzing, veelgestelde vragen (passendheidsnorm 95%)",
  aedes2024: "Aedes, 'De toewijzingsregels voor 2024' (secundair; noemt 92,5% en de verruiming naar 15%/85%)",
  svbAow: "Sociale Verzekeringsbank / Rijksoverheid, 'AOW-leeftijd' (67 jaar voor wie in 2024 t/m 2027 de AOW-leeftijd bereikt)",
  ro2023hvw:
    "Rijksoverheid, nieuwsbericht 'Eerste Kamer stemt in met gewijzigde Huisvestingswet 2014' (12-12-2023)",
} as const;

/** The legal basis of each group of norms (Dutch). */
export const legalBasis = {
  huisvestingswet: "Huisvestingswet 2014, art. 14 (zoals gewijzigd per 1-1-2024, Kamerstuk 36190)",
  betaalbaarheidsgrens: "betaalbaarheidsgrens nieuwbouwkoop, jaarlijks vastgesteld door de minister (Huisvestingswet 2014)",
  daeb: "Woningwet en Besluit toegelaten instellingen volkshuisvesting 2015 (BTIV): toewijzing DAEB-woningen",
  passend: "Woningwet en BTIV: passend toewijzen",
  huurtoeslag: "Wet op de huurtoeslag; jaarlijkse Regeling huurtoeslaggrenzen",
  huurgrens: "Wet op de huurtoeslag / Woningwet: huurgrens (DAEB-huurgrens, huurtoeslaggrens; vroeger liberalisatiegrens genoemd)",
  aow: "Algemene Ouderdomswet, art. 7a: AOW-leeftijd",
  betaalbareHuur: "Wet betaalbare huur (in werking 1-7-2024): woningwaarderingsstelsel, middensegment",
} as const;
