/**
 * Dutch texts about opening and saving .xlsx files in the browser preview: limits checked before a file is parsed,
 * damaged packages, and what the download keeps. Each names the limit or the part, never a library's own (English) text.
 */
const mb = (bytes: number) => `${Math.round(bytes / 1_000_000).toLocaleString("nl-NL")} MB`;
const count = (n: number) => n.toLocaleString("nl-NL");

export const fileMessages = {
  notAZip: () =>
    "Dit bestand is geen .xlsx-werkmap (het is geen zip-pakket). Sla het in Excel op als 'Excel-werkmap (*.xlsx)' en open het opnieuw.",
  truncated: () =>
    "Dit .xlsx-bestand is beschadigd of niet helemaal gedownload (het pakket eindigt te vroeg). Open het in Excel en sla het opnieuw op.",
  encrypted: () =>
    "Dit .xlsx-bestand is met een wachtwoord beveiligd. Haal in Excel de beveiliging eraf (Bestand > Info > Werkmap beveiligen) en open het opnieuw.",
  unsupportedCompression: (part: string) =>
    `Het onderdeel '${part}' van dit bestand is gecomprimeerd op een manier die Excel niet gebruikt. Open het bestand in Excel en sla het opnieuw op.`,
  tooManyParts: (found: number, limit: number) =>
    `Dit bestand bestaat uit ${count(found)} onderdelen; het voorbeeld opent er hoogstens ${count(limit)}. Open het in Excel.`,
  partTooLarge: (part: string, bytes: number, limit: number) =>
    `Het onderdeel '${part}' is uitgepakt ${mb(bytes)}; het browservoorbeeld opent hoogstens ${mb(limit)} per onderdeel. Gebruik de invoegtoepassing in Excel, of verklein het werkblad (bijvoorbeeld: alleen de kolommen en rijen die Mengwijzer nodig heeft).`,
  totalTooLarge: (bytes: number, limit: number) =>
    `Dit bestand is uitgepakt ${bytes >= limit ? "meer dan " : ""}${mb(bytes)}; het browservoorbeeld opent hoogstens ${mb(limit)} in totaal. Gebruik de invoegtoepassing in Excel, of verklein de werkmap.`,
  sizeMismatch: (part: string) =>
    `Het onderdeel '${part}' is groter dan het bestand zelf opgeeft; het bestand is beschadigd of gemaakt om programma's te laten vastlopen. Het is niet geopend.`,
  damagedPart: (part: string) =>
    `Het onderdeel '${part}' van dit bestand is beschadigd en kan niet worden uitgepakt. Open het bestand in Excel en sla het opnieuw op.`,
  tooManyRows: (sheetPart: string, row: number, limit: number) =>
    `Het werkblad in '${sheetPart}' heeft een rij ${count(row)}; Excel heeft hoogstens ${count(limit)} rijen per werkblad. Excel zelf opent dit bestand niet; het is niet geopend.`,
  tooManyColumns: (sheetPart: string, column: string, limit: number) =>
    `Het werkblad in '${sheetPart}' heeft een kolom ${column}; Excel heeft hoogstens ${count(limit)} kolommen (tot en met XFD). Excel zelf opent dit bestand niet; het is niet geopend.`,
  noWorkbookPart: () =>
    "In dit .xlsx-bestand ontbreekt de werkmap zelf (xl/workbook.xml). Open het in Excel en sla het opnieuw op.",
  unreadable: () =>
    "Dit .xlsx-bestand kan niet worden gelezen. Open het in Excel, sla het opnieuw op als 'Excel-werkmap (*.xlsx)' en probeer het nog eens.",
  cancelled: () => "Openen geannuleerd; de vorige werkmap is nog open.",
  partsSetAside: (kinds: string[]) =>
    `Dit bestand bevat ${kinds.join(", ")}. Die kan het voorbeeld niet tonen, maar ze blijven ongewijzigd in 'Download .xlsx'.`,
} as const;
