/**
 * docs/normen.md as text, rendered from the same table the functions use (table.ts). Written to disk by
 * scripts/generateNormsDoc.ts; a test renders it again and fails when the committed file differs. Pure and
 * deterministic: no dates, no locale-dependent formatting.
 */
import { knownNormYears } from "./resolveNorm";
import { normsTable } from "./table";
import type { NormConfidence, NormUnit } from "./types";

const confidenceLabel: Record<NormConfidence, string> = {
  confirmed: "bevestigd",
  secondary: "alleen secundair",
  unconfirmed: "onbevestigd",
};

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Dutch notation: € 1.157,95 · 0,925 (92,5%) · 143 punten. */
export function formatNormValue(value: number, unit: NormUnit): string {
  if (unit === "euro") {
    const [whole, cents] = value.toFixed(2).split(".");
    return cents === "00" ? `€ ${groupThousands(whole)}` : `€ ${groupThousands(whole)},${cents}`;
  }
  if (unit === "fraction") {
    const percent = Number((value * 100).toFixed(4)).toString().replace(".", ",");
    return `${value.toString().replace(".", ",")} (${percent}%)`;
  }
  if (unit === "years") return `${value} jaar`;
  return `${value} punten`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function isoToDutch(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}-${Number(m)}-${y}`;
}

export function renderNormsDoc(): string {
  const years = knownNormYears();
  const lines: string[] = [];
  lines.push("# Normen per jaar");
  lines.push("");
  lines.push("<!-- Gegenereerd door `npx tsx scripts/generateNormsDoc.ts` uit src/core/norms/table.ts. Niet met de hand bewerken. -->");
  lines.push("");
  lines.push("Dit zijn de ingebouwde wettelijke en beleidsnormen die MENG.NORM, MENG.SEGMENT, MENG.BETAALBAREKOOP en de");
  lines.push("toewijzingstoetsen gebruiken, per kalenderjaar, met bron, ingangsdatum en zekerheid. De functies gebruiken precies");
  lines.push("deze tabel; dit bestand wordt eruit gegenereerd.");
  lines.push("");
  lines.push("## Zo werkt het");
  lines.push("");
  lines.push("- **Naam**: hoofdletters, spaties, koppeltekens en liggende streepjes tellen niet mee (`Aftoppingsgrens-Laag` =");
  lines.push("  `aftoppingsgrens laag`).");
  lines.push(`- **Jaar**: bekende jaren zijn ${years.join(", ")}. Een ander jaar geeft #N/B ("geen normen bekend voor <jaar>"); er`);
  lines.push("  wordt nooit stilzwijgend een ander jaar gebruikt. Ook een jaar waarvoor één norm geen waarde heeft, geeft #N/B.");
  lines.push("- **Eigen waarden**: met het optionele bereik `normen` (kolommen naam, jaar, waarde, eventueel bron) vervangt u een");
  lines.push("  ingebouwde waarde voor dat ene jaar, of vult u een ontbrekend jaar aan. Uw waarde gaat altijd voor. Een cel met");
  lines.push("  één getal kan niet laten zien dat er een eigen waarde is gebruikt; de toetsen (MENG.TOEWIJZING.*, MENG.VOORRANG.TOETS)");
  lines.push("  melden het wel in hun uitkomst.");
  lines.push("- **2024**: de indeling naar WWS-punten (Wet betaalbare huur) geldt pas vanaf 1 juli 2024. De puntengrenzen en de");
  lines.push("  maximale middenhuur van 2024 hebben daarom ingangsdatum 1-7-2024, en MENG.SEGMENT beschrijft voor 2024 de situatie");
  lines.push("  vanaf die datum. Voor een peildatum in de eerste helft van 2024 (toen alles boven de huurgrens vrije sector");
  lines.push("  was en punten de indeling niet bepaalden) laat u `wws_punten` leeg en geeft u in `normen` voor 2024");
  lines.push("  `middenhuur maximale huur` = 879,66 op; dan is elke huur boven de huurgrens vrije sector huur.");
  lines.push("- **Namen sinds de Wet betaalbare huur**: de grens tussen sociale huur en de rest heet hier `huurgrens` (DAEB-huurgrens,");
  lines.push("  huurtoeslaggrens). De oude naam `liberalisatiegrens` wordt nog aanvaard voor dezelfde waarde, maar de Rijksoverheid");
  lines.push("  gebruikt dat woord sinds 1 juli 2024 voor de bovengrens van de middenhuur: die heet hier `middenhuur maximale huur`.");
  lines.push("- **Zekerheid**: *bevestigd* = gelezen in een officiële publicatie (Rijksoverheid, Volkshuisvesting Nederland,");
  lines.push("  Huurcommissie, ILT, wetten.overheid.nl, Staatscourant, Kamerstukken); *alleen secundair* = alleen gevonden bij");
  lines.push("  bijvoorbeeld Woonbond, Aedes, corporaties of persbureaus; *onbevestigd* = nergens gevonden, overgenomen uit de");
  lines.push("  projectdocumentatie en als zodanig gemarkeerd in de bron. Controleer secundaire en onbevestigde waarden voordat u");
  lines.push("  er een formeel oordeel op baseert, en vervang ze zo nodig via `normen`.");
  lines.push("");
  lines.push("## Overzicht");
  lines.push("");
  lines.push(`| naam | ${years.join(" | ")} |`);
  lines.push(`|---|${years.map(() => "---").join("|")}|`);
  for (const entry of normsTable) {
    const cells = years.map((year) => {
      const v = entry.values.find((x) => x.year === year);
      if (!v) return "—";
      const mark = v.confidence === "confirmed" ? "" : v.confidence === "secondary" ? " ²" : " ?";
      return `${formatNormValue(v.value, entry.unit)}${mark}`;
    });
    lines.push(`| \`${entry.name}\` | ${cells.join(" | ")} |`);
  }
  lines.push("");
  lines.push("— = geen waarde (de functies geven #N/B) · ² = alleen secundair · ? = onbevestigd");
  lines.push("");
  lines.push("## Per norm");
  for (const entry of normsTable) {
    lines.push("");
    lines.push(`### ${entry.name}`);
    lines.push("");
    lines.push(entry.description);
    lines.push("");
    for (const alias of entry.aliases ?? []) {
      lines.push(`Ook aanvaard: \`${alias.name}\`. ${alias.note}`);
      lines.push("");
    }
    lines.push("| jaar | waarde | geldt vanaf | zekerheid | bron | toelichting |");
    lines.push("|---|---|---|---|---|---|");
    for (const v of entry.values) {
      lines.push(
        `| ${v.year} | ${formatNormValue(v.value, entry.unit)} | ${isoToDutch(v.appliesFrom)} | ${confidenceLabel[v.confidence]} | ${cell(v.source)} | ${cell(v.note)} |`,
      );
    }
    if (entry.omitted && entry.omitted.length > 0) {
      lines.push("");
      for (const o of entry.omitted) lines.push(`Niet opgenomen, ${o.year}: ${o.reason}`);
    }
  }
  lines.push("");
  return lines.join("\n");
}
