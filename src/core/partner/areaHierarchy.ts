/**
 * The area tables of a partner copy as one hierarchy: buurt ⊂ wijk ⊂ gemeente (⊂ total when there is more than one
 * gemeente), each area with its count per segment, from the stock's labels per dwelling.
 *
 * Where the levels come from: the buurt column; the wijk column, or else the CBS buurtcode (BU gggg ww bb → WK gggg ww);
 * the gemeente column, or else the CBS code (BU/WK gggg… → GM gggg). A level that cannot be read is left out (the
 * areas then hang directly under the next level). A dwelling without a label at a level that is used, or without a
 * segment, is left out of every table, so each total is exactly the sum of its parts; the copy says how many.
 * "Alleen wijken" leaves the buurt level out.
 */
import { labelKey, type Label } from "../labels";
import { partnerCopyMessages } from "../messages/partner";

export type LevelName = "buurt" | "wijk" | "gemeente" | "totaal";

export interface AreaNode {
  /** The source label (trimmed), before the label policy. */
  label: string;
  /** Index of the parent in the next level; -1 at the top. */
  parent: number;
  /** Count per segment column. */
  counts: number[];
  total: number;
}

export interface AreaLevel {
  name: LevelName;
  nodes: AreaNode[];
}

export interface AreaHierarchy {
  /** Segment columns: the source spelling of the first dwelling in each (the label policy names them). */
  segments: string[];
  /** Finest level first; the last level has exactly one node (a gemeente or the total). */
  levels: AreaLevel[];
  /** Dwellings left out for want of a label or segment. */
  leftOut: number;
  dwellings: number;
}

export interface PartnerStock {
  buurt: readonly Label[];
  wijk: readonly Label[] | null;
  gemeente: readonly Label[] | null;
  segment: readonly Label[];
}

const CBS_BUURT = /^BU(\d{4})(\d{2})\d{2}$/i;
const CBS_WIJK = /^WK(\d{4})\d{2}$/i;

function present(label: Label | undefined): string | null {
  if (label === null || label === undefined) return null;
  const t = label.trim();
  return t === "" ? null : t;
}

/** The CBS wijk / gemeente code of a code, or null. */
function wijkOf(buurt: string): string | null {
  const m = CBS_BUURT.exec(buurt);
  return m ? `WK${m[1]}${m[2]}` : null;
}
function gemeenteOf(area: string): string | null {
  const m = CBS_BUURT.exec(area) ?? CBS_WIJK.exec(area);
  return m ? `GM${m[1]}` : null;
}

export function areaHierarchy(stock: PartnerStock, segmentKey: (label: string) => string, options: { wijkOnly: boolean }): AreaHierarchy {
  const n = stock.segment.length;
  const wijkAt = (i: number): string | null => {
    if (stock.wijk) return present(stock.wijk[i]);
    const b = present(stock.buurt[i]);
    return b === null ? null : wijkOf(b);
  };
  const gemeenteAt = (i: number): string | null => {
    if (stock.gemeente) return present(stock.gemeente[i]);
    const b = present(stock.buurt[i]);
    const fromBuurt = b === null ? null : gemeenteOf(b);
    if (fromBuurt) return fromBuurt;
    const w = wijkAt(i);
    return w === null ? null : gemeenteOf(w);
  };
  // Which levels exist: a level is used when at least one dwelling has a label for it (derived or read).
  const anyOf = (f: (i: number) => string | null) => {
    for (let i = 0; i < n; i++) if (f(i) !== null) return true;
    return false;
  };
  const useWijk = stock.wijk !== null || anyOf(wijkAt);
  const useGemeente = stock.gemeente !== null || anyOf(gemeenteAt);
  if (options.wijkOnly && !useWijk) throw partnerCopyMessages.noStockAreas();
  const useBuurt = !options.wijkOnly;

  const segmentIndex = new Map<string, number>();
  const segments: string[] = [];
  type Path = { buurt: string | null; wijk: string | null; gemeente: string | null; segment: number };
  const paths: Path[] = [];
  let leftOut = 0;
  for (let i = 0; i < n; i++) {
    const s = present(stock.segment[i]);
    const buurt = useBuurt ? present(stock.buurt[i]) : null;
    const wijk = useWijk ? wijkAt(i) : null;
    const gemeente = useGemeente ? gemeenteAt(i) : null;
    if (s === null || (useBuurt && buurt === null) || (useWijk && wijk === null) || (useGemeente && gemeente === null)) {
      leftOut++;
      continue;
    }
    const key = segmentKey(s);
    let si = segmentIndex.get(key);
    if (si === undefined) {
      si = segments.length;
      segmentIndex.set(key, si);
      segments.push(s);
    }
    paths.push({ buurt, wijk, gemeente, segment: si });
  }
  if (paths.length === 0) throw partnerCopyMessages.noStockAreas();

  const S = segments.length;
  const names: ("buurt" | "wijk" | "gemeente")[] = [];
  if (useBuurt) names.push("buurt");
  if (useWijk) names.push("wijk");
  if (useGemeente) names.push("gemeente");
  const index = names.map(() => new Map<string, number>());
  const levels: AreaLevel[] = names.map((name) => ({ name, nodes: [] }));
  for (const path of paths) {
    const labels = names.map((name) => path[name] as string);
    const at: number[] = labels.map((label, l) => {
      const key = labelKey(label);
      let node = index[l].get(key);
      if (node === undefined) {
        node = levels[l].nodes.length;
        index[l].set(key, node);
        levels[l].nodes.push({ label, parent: -1, counts: new Array<number>(S).fill(0), total: 0 });
      }
      return node;
    });
    at.forEach((node, l) => {
      const area = levels[l].nodes[node];
      area.counts[path.segment]++;
      area.total++;
      if (l + 1 < at.length) {
        const parent = at[l + 1];
        if (area.parent === -1) area.parent = parent;
        else if (area.parent !== parent) {
          const other = levels[l + 1].nodes[area.parent].label;
          const here = levels[l + 1].nodes[parent].label;
          throw names[l] === "buurt" && names[l + 1] === "wijk"
            ? partnerCopyMessages.buurtInTwoWijken(area.label, other, here)
            : partnerCopyMessages.wijkInTwoGemeenten(area.label, other, here);
        }
      }
    });
  }
  const top = levels[levels.length - 1];
  if (!useGemeente || top.nodes.length > 1) {
    const total: AreaNode = { label: "Totaal", parent: -1, counts: new Array<number>(S).fill(0), total: 0 };
    top.nodes.forEach((node) => {
      node.parent = 0;
      node.counts.forEach((c, s) => (total.counts[s] += c));
      total.total += node.total;
    });
    levels.push({ name: "totaal", nodes: [total] });
  }
  return { segments, levels, leftOut, dwellings: paths.length };
}
