/**
 * One way to compare Dutch text typed by people: case, accents ("geïnformeerd" = "geinformeerd") and runs of spaces do
 * not matter. Used for headers, status and owner cells, and the checklist search.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("nl-NL")
    .replace(/\s+/g, " ")
    .trim();
}

/** Like foldText, and also ignores spaces, hyphens and underscores: "CBS code", "cbs-code" and "CBScode" are one header. */
export function foldHeader(text: string): string {
  return foldText(text).replace(/[\s\-_]/g, "");
}
