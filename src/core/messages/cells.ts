/**
 * Dutch texts for cells Excel passes that are not plain values: error cells (#N/A, #REF!, ...) and rich values (linked
 * data types, images). `where` names the cell: "rij 12" (a sheet row) or "cel 3 van 'gebieden'" (a position).
 */
import { MengError } from "../errors";

/** Excel's Dutch names of the error values whose Dutch spelling we are sure of; the others are shown as Excel's code. */
const DUTCH_ERROR_NAMES: Record<string, string> = {
  "#N/A": "#N/B",
  "#VALUE!": "#WAARDE!",
  "#DIV/0!": "#DEEL/0!",
  "#NUM!": "#GETAL!",
  "#REF!": "#VERW!",
  "#NAME?": "#NAAM?",
  "#NULL!": "#LEEG!",
  "#SPILL!": "#OVERLOOP!",
};

/** "#N/B (#N/A)": the Dutch name with Excel's code, or the code alone where we know no Dutch name. */
export function errorValueText(code: string): string {
  const dutch = DUTCH_ERROR_NAMES[code];
  return dutch ? `${dutch} (${code})` : code;
}

export const cellMessages = {
  /** #N/A stays #N/A (it also means "not available" to the user's own formulas); every other error is #VALUE!. */
  errorInCell: (where: string, code: string) =>
    new MengError(
      code === "#N/A" ? "#N/A" : "#VALUE!",
      `${where} bevat de foutwaarde ${errorValueText(code)}. Herstel die cel (of de formule erin) of maak hem leeg; Mengwijzer rekent niet met foutwaarden.`,
    ),
  unreadableDataType: (where: string, typeName: string) =>
    new MengError(
      "#VALUE!",
      `${where} bevat een ${typeName} zonder tekst of getal om te lezen. Zet er een gewone waarde in (bijvoorbeeld met =A2.Naam of door de waarde te plakken als waarde).`,
    ),
} as const;
