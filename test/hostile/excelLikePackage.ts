/**
 * Writes .xlsx packages part by part, the way Excel lays them out (shared strings, one styles part, relationships per
 * part), for hostile and fixture files that ExcelJS cannot or would not make: far stray cells, zip bombs, charts,
 * comments, pivots. Written apart from src/: it shares no code with what it attacks (its own zip writer is fflate's).
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";

export type Cell = string | number | null;

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Shared-string table as Excel keeps it: each distinct text once, cells point at its index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  private uses = 0;
  id(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** One <row> element; `row` is the 1-based row number, `firstColumn` the 1-based column of cells[0]. */
export function rowXml(row: number, cells: readonly Cell[], strings: SharedStrings, firstColumn = 1): string {
  const parts = cells
    .map((v, j) => {
      if (v === null) return "";
      const ref = `${columnName(firstColumn + j)}${row}`;
      return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${strings.id(v)}</v></c>`;
    })
    .join("");
  return `<row r="${row}">${parts}</row>`;
}

export function sheetXml(rows: string, extra = "", dimension = "A1"): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extra}</worksheet>`
  );
}

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

export interface PackagePart {
  name: string;
  /** Text, bytes, or a generator of text chunks (streamed: a huge part never exists in memory at once). */
  data: string | Uint8Array | (() => Iterable<string>);
  /** Compress (default) or store. */
  store?: boolean;
}

/** Zips the parts in order, streaming; resolves with the package bytes. Fixed dates: the same parts give the same bytes. */
export function zipParts(parts: readonly PackagePart[], level: 1 | 6 | 9 = 6): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) {
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let p = 0;
        for (const c of chunks) {
          out.set(c, p);
          p += c.length;
        }
        resolve(out);
      }
    });
    const mtime = new Date(Date.UTC(2026, 0, 1));
    for (const part of parts) {
      const file = part.store ? new ZipPassThrough(part.name) : new ZipDeflate(part.name, { level });
      file.mtime = mtime;
      zip.add(file);
      if (typeof part.data === "function") {
        for (const text of part.data()) file.push(strToU8(text));
        file.push(new Uint8Array(0), true);
      } else {
        file.push(typeof part.data === "string" ? strToU8(part.data) : part.data, true);
      }
    }
    zip.end();
  });
}

export interface SheetSpec {
  name: string;
  /** The sheet part's XML (see sheetXml) or a streamed generator of it. */
  xml: PackagePart["data"];
  /** Relationships of the sheet part (drawing, comments, table, pivot …), as <Relationship> elements. */
  rels?: string;
  state?: "hidden" | "veryHidden";
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  strings?: SharedStrings;
  /** Inside <definedNames>. */
  definedNames?: string;
  /** More parts (drawings, charts, pivots, custom XML) with their content types and workbook relationships. */
  extraParts?: PackagePart[];
  contentTypes?: string;
  workbookRels?: string;
  rootRels?: string;
  /** Inside <workbook> after </sheets> (e.g. <pivotCaches>). */
  workbookExtra?: string;
}

/** A whole package in Excel's layout (xl/workbook.xml, xl/worksheets/sheetN.xml, shared strings, styles, docProps). */
export function excelLikePackage(spec: WorkbookSpec): Promise<Uint8Array> {
  const strings = spec.strings ?? new SharedStrings();
  const sheetParts = spec.sheets.map((s, i) => ({ ...s, part: `xl/worksheets/sheet${i + 1}.xml`, rid: `rId${i + 1}` }));
  const n = spec.sheets.length;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheetParts.map((s) => `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    (spec.contentTypes ?? "") +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>${spec.rootRels ?? ""}</Relationships>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>` +
    sheetParts.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="${s.rid}"/>`).join("") +
    `</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ""}${spec.workbookExtra ?? ""}<calcPr calcId="191029"/></workbook>`;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${NS_PKG_REL}">` +
    sheetParts.map((s) => `<Relationship Id="${s.rid}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${s.part.match(/sheet(\d+)/)![1]}.xml"/>`).join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL_TYPE}/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 3}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>${spec.workbookRels ?? ""}</Relationships>`;
  const app =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>`;
  const core =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Corporatie</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`;
  const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
  const parts: PackagePart[] = [
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "_rels/.rels", data: rootRels },
    { name: "docProps/app.xml", data: app },
    { name: "docProps/core.xml", data: core },
    { name: "xl/workbook.xml", data: workbook },
    { name: "xl/_rels/workbook.xml.rels", data: workbookRels },
    ...sheetParts.flatMap((s) => [
      { name: s.part, data: s.xml },
      ...(s.rels
        ? [{ name: s.part.replace("worksheets/", "worksheets/_rels/") + ".rels", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${NS_PKG_REL}">${s.rels}</Relationships>` }]
        : []),
    ]),
    { name: "xl/theme/theme1.xml", data: theme },
    { name: "xl/styles.xml", data: STYLES_XML },
    // Shared strings last: sheets streamed above have filled the table by now.
    { name: "xl/sharedStrings.xml", data: () => [strings.xml()] },
    ...(spec.extraParts ?? []),
  ];
  return zipParts(parts);
}
