/**
 * The documents the checklist cites, as users see them: author or organisation, year and title. The seed file names
 * (shared/seeds) are internal keys; they never appear in text a user sees (pane, sheets, docs). Citations follow
 * shared/seeds/README.md.
 */
import type { SourceRef } from "./types";

export interface SourceDocument {
  /** Internal key: the seed file name. */
  file: string;
  /** Full citation: author or organisation (year), title, publisher. */
  citation: string;
  /** Short form for tight places: author (year). */
  short: string;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    file: "000_0523ef2dc1192a67.txt",
    citation: "Custers, Bolt, Van Gent, Hochstenbach, Kleinhans e.a. (2024), 'Kwetsbare wijken hebben niets aan kunstmatige sociale menging' (opiniestuk van tien stedelijk onderzoekers)",
    short: "Custers e.a. (2024)",
  },
  {
    file: "001_c40cea4d2d284766.txt",
    citation: "Uytterlinde, M., J. van der Velden & R. Engbersen (2024), 'Inhoud geven aan de gemengde wijk', WijkWijzer (Verwey-Jonker Instituut, Platform31, Movisie)",
    short: "Uytterlinde e.a. (2024)",
  },
  {
    file: "002_165b0d74a3dcb4a8.txt",
    citation: "Kennisplatform Inclusief Samenleven (KIS) (2022), 'Ruimtelijke segregatie — kennissynthese'",
    short: "KIS (2022)",
  },
  {
    file: "003_123dfbf1af8f95c7.txt",
    citation: "Custers, G. (2025 of later), artikel over sociale infrastructuur in gemengde wijken ('Sociale infrastructuur')",
    short: "Custers (2025)",
  },
  {
    file: "004_c5c816136e6ac63e.txt",
    citation: "Seminars op Maat (SOM), 'Impressie van het SOM Seminar' over leefbaarheid en woningcorporaties (Woonwaarts, Portaal, Pré Wonen)",
    short: "SOM-seminar",
  },
];

const byFile = new Map(SOURCE_DOCUMENTS.map((d) => [d.file, d]));

/** The document behind a seed file name, or undefined for a name that is not a known source. */
export function sourceDocument(file: string): SourceDocument | undefined {
  return byFile.get(file);
}

/** "Citation, section" for a user; an unknown file is named as "onbekende bron", never by its file name. */
export function citeSource(ref: SourceRef): string {
  const doc = sourceDocument(ref.file);
  const title = doc ? doc.citation : "onbekende bron";
  return ref.section ? `${title}, ${ref.section}` : title;
}
