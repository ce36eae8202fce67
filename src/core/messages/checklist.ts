/**
 * Dutch texts of the instrument checklist: reasons why a sheet row cannot be read, notices in the snapshot, and the
 * errors the repository throws. Reasons are short phrases (the task pane puts "Rij 17: " in front of them).
 */
import { countText, pluralForm } from "../countText";

/** "rij 4", "rij 4, 9 en 12", "rij 4, 9, 12 en 218 andere": a few row numbers, never hundreds. */
export function rowList(rows: readonly number[], shown = 3): string {
  if (rows.length === 1) return `rij ${rows[0]}`;
  if (rows.length <= shown) return `rij ${rows.slice(0, -1).join(", ")} en ${rows[rows.length - 1]}`;
  return `rij ${rows.slice(0, shown).join(", ")} en ${rows.length - shown} andere`;
}

export const checklistMessages = {
  // Why a row is unreadable (UnreadableRow.reason). The row is kept as it is and never rewritten.
  missingColumn: (header: string) => `de kolom '${header}' ontbreekt in de tabel`,
  missingArea: () => "het gebied is leeg",
  missingItemId: () => "het item-id is leeg",
  unknownItem: (itemId: string) => `item-id '${itemId}' staat niet in de catalogus`,
  removedItem: (itemId: string, rowVersion: string) =>
    `item-id '${itemId}' staat niet meer in de catalogus (de rij komt uit catalogusversie ${rowVersion})`,
  newerItem: (itemId: string, rowVersion: string) =>
    `item-id '${itemId}' komt uit een nieuwere catalogusversie (${rowVersion}); werk de invoegtoepassing bij om deze rij te lezen`,
  unknownStatus: (text: string) => `onbekende status '${text}'`,
  unknownOwner: (text: string) => `onbekende eigenaar '${text}'`,
  duplicateRow: (area: string, itemId: string, firstSheetRow: number) =>
    `dubbele rij voor gebied '${area}' en item '${itemId}' (rij ${firstSheetRow} telt)`,

  // A reason for a group of rows whose own reasons name different values (the unreadable-rows notice).
  reasonGroups: {
    status: "onbekende status",
    owner: "onbekende eigenaar",
    unknownItem: "item-id staat niet in de catalogus",
    removed: "item-id staat niet meer in de catalogus",
    newer: "item-id komt uit een nieuwere catalogusversie",
    duplicate: "dubbele rij voor hetzelfde gebied en item",
  } as Record<string, string>,

  // Notices (ChecklistSnapshot.notices).
  columnsMissing: (headers: string[]) =>
    `De kolom${headers.length > 1 ? "men" : ""} ${headers.map((h) => `'${h}'`).join(", ")} ontbre${headers.length > 1 ? "ken" : "ekt"} in de checklisttabel. Zet ${headers.length > 1 ? "ze" : "hem"} terug (kopje precies zo gespeld); tot dan worden de rijen niet gelezen en niet gewijzigd.`,
  /** `restWorks`: false when required columns are missing too (then nothing else works either, so it is not said). */
  optionalColumnsMissing: (headers: string[], restWorks = true) =>
    `De kolom${headers.length > 1 ? "men" : ""} ${headers.map((h) => `'${h}'`).join(", ")} ontbre${headers.length > 1 ? "ken" : "ekt"} in de checklisttabel${restWorks ? "; de rest van de checklist werkt gewoon." : "."}`,
  duplicateHeader: (header: string) => `De kolom '${header}' staat twee keer in de tabel; de eerste wordt gebruikt.`,
  /** One notice for all unreadable rows, grouped per reason: the count and the first few row numbers of each. */
  unreadableRows: (groups: { reason: string; rows: number[] }[]) => {
    const count = groups.reduce((n, g) => n + g.rows.length, 0);
    const parts = groups.map((g) => `${g.rows.length} × ${g.reason} (${rowList(g.rows)})`);
    return `${count === 1 ? "Eén rij" : countText(count, "rij", "rijen")} in de checklisttabel ${pluralForm(count, "kan", "kunnen")} niet worden gelezen: ${parts.join("; ")}. ${pluralForm(count, "Die blijft", "Die blijven")} onveranderd staan; pas ${pluralForm(count, "hem", "ze")} in het werkblad aan of verwijder ${pluralForm(count, "hem", "ze")} zelf.`;
  },
  upgraded: (fromVersions: string[], toVersion: string, newItems: number) =>
    `De catalogus is bijgewerkt naar versie ${toVersion} (de tabel komt uit ${fromVersions.join(", ")}). Alle bestaande antwoorden zijn bewaard; ${countText(newItems, "nieuw item", "nieuwe items")} ${pluralForm(newItems, "staat", "staan")} op 'nog niet bekeken'.`,
  /** All dates that are not dates, in one notice. */
  badDates: (rows: number[], example: string) =>
    `In 'Gewijzigd op' ${pluralForm(rows.length, "staat 1 waarde", `staan ${rows.length} waarden`)} die geen datum ${pluralForm(rows.length, "is", "zijn")} (${rowList(rows)}; bijvoorbeeld '${example}'). ${pluralForm(rows.length, "Die rij is", "Die rijen zijn")} verder wel gelezen.`,
  deliberateWithoutNote: (area: string, title: string) =>
    `${area}, '${title}': 'bewust niet' zonder toelichting. Leg kort uit waarom, zodat partners de keuze kunnen volgen.`,

  // Errors thrown by the repository (plain Error: shown in the task pane, never in a cell).
  emptyAreaName: () => new Error("Geef het gebied een naam."),
  duplicateArea: (name: string) => new Error(`Het gebied '${name}' staat al in de checklist. Kies een andere naam.`),
  unknownArea: (name: string) => new Error(`Het gebied '${name}' staat niet in de checklist. Voeg het eerst toe.`),
  unknownItemId: (itemId: string) => new Error(`Het item '${itemId}' staat niet in de catalogus.`),
  tableDamaged: (headers: string[]) =>
    new Error(`De checklisttabel mist de kolom${headers.length > 1 ? "men" : ""} ${headers.map((h) => `'${h}'`).join(", ")}. Zet ${headers.length > 1 ? "ze" : "hem"} terug voordat u de checklist wijzigt.`),
  columnMissingForEdit: (header: string) =>
    new Error(`De kolom '${header}' ontbreekt in de checklisttabel, dus dit kan niet worden opgeslagen. Zet de kolom terug.`),
  rowUnreadable: (sheetRow: number, reason: string) =>
    new Error(`Rij ${sheetRow} van de checklist kan niet worden gelezen (${reason}). Pas die rij eerst in het werkblad aan; de invoegtoepassing overschrijft haar niet.`),
  rowVanished: (area: string, title: string) =>
    new Error(`De rij voor '${title}' in gebied '${area}' is net door iemand anders verplaatst of verwijderd. Probeer het opnieuw.`),
  tableNotCreated: (detail: string) =>
    new Error(`De checklisttabel kon niet worden gemaakt: ${detail} Er is niets veranderd; probeer het opnieuw.`),
  // Never suggests deleting the sheet: it may hold answers in a form Mengwijzer does not recognise.
  sheetInTheWay: (sheetName: string) =>
    new Error(`Er is al een werkblad '${sheetName}', maar Mengwijzer herkent er geen checklist op. Geef dat werkblad een andere naam (bijvoorbeeld '${sheetName}_oud') en probeer het opnieuw; er gaat niets van verloren.`),
  repairFirst: () =>
    new Error("Herstel eerst de checklisttabel: kies 'Tabel herstellen' boven de checklist. Daarna kunt u weer wijzigen; er gaat niets verloren."),
  tableConverted: (sheetName: string, rows: number) =>
    `De checklist op het blad '${sheetName}' staat niet meer in een Excel-tabel (bijvoorbeeld na 'Converteren naar bereik'). Mengwijzer heeft ${rows === 1 ? "1 rij" : `${rows} rijen`} met antwoorden gevonden en toont ze hieronder. Kies 'Tabel herstellen' om er weer een tabel van te maken; tot dan kunt u niets wijzigen. Er gaat niets verloren.`,
  rowsOutsideTable: (rows: number, firstRow: number) =>
    `${rows === 1 ? "1 rij" : `${rows} rijen`} met antwoorden (vanaf rij ${firstRow}) ${rows === 1 ? "staat" : "staan"} onder de checklisttabel, buiten de tabel (de tabel is kleiner gemaakt). Mengwijzer toont ze wel. Kies 'Tabel herstellen' om de tabel weer over die rijen te laten lopen; tot dan kunt u niets wijzigen, zodat er niets dubbel komt te staan.`,
} as const;
