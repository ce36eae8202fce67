import { customFunctions } from "../../src/functions/registry";
import { compositionFunctionsEnglish } from "../../src/functions/mixFunctions.en";
import { segregationFunctionsEnglish } from "../../src/functions/segregationFunctions.en";
import { ruleFunctionsEnglish } from "../../src/functions/ruleFunctions.en";
import { allocationFunctionsEnglish } from "../../src/functions/allocationFunctions.en";
import { vitalityFunctionsEnglish } from "../../src/functions/vitalityFunctions.en";
import { changeFunctionsEnglish } from "../../src/functions/changeFunctions.en";
import { scenarioFunctionsEnglish } from "../../src/functions/scenarioFunctions.en";
import { CUSTOM_FUNCTION_NAMES, ENGLISH_METADATA_LOCALES, functionLocale, type CustomFunctionIdName } from "../../src/core/report/customFunctionIds";
import {
  absoluteRange,
  call,
  formulaBody,
  formulaText,
  numberLiteral,
  quotedSheetName,
  stringLiteral,
  structuredColumnRef,
} from "../../src/core/report/formulaText";
import type { FormulaPart } from "../../src/core/report/reportSheet";
import * as fs from "fs";
import * as path from "path";

describe("formulaText", () => {
  const share: FormulaPart[] = [call("SHARE", "Voorraad[Segment]", stringLiteral("sociale huur"))];

  test("Dutch Excel: MENG names, invariant syntax", () => {
    expect(formulaText(share, "nl")).toBe('=MENG.AANDEEL(Voorraad[Segment],"sociale huur")');
  });

  test("English Excel: English names under the same namespace MENG, same syntax", () => {
    expect(formulaText(share, "en")).toBe('=MENG.SHARE(Voorraad[Segment],"sociale huur")');
  });

  test("the names follow the metadata Excel loads: English for every English culture in the manifest, Dutch otherwise", () => {
    for (const tag of ENGLISH_METADATA_LOCALES) expect(functionLocale(tag)).toBe("en");
    expect(functionLocale("EN-us")).toBe("en");
    expect(functionLocale("en-GB")).toBe("en");
    expect(functionLocale("en-AU")).toBe("en");
    expect(functionLocale("en_GB")).toBe("en");
    expect(functionLocale("nl-NL")).toBe("nl");
    expect(functionLocale("nl-BE")).toBe("nl");
    expect(functionLocale("de-DE")).toBe("nl");
    expect(functionLocale("en")).toBe("nl"); // not a culture the manifest overrides: Excel loads functions.json
    expect(functionLocale(null)).toBe("nl");
  });

  test("nested calls, literal text and built-in functions", () => {
    const parts: FormulaPart[] = ["ROUND(", call("VITALITY", [call("LIVABILITY_POINTS", "B2")], "C2", "D2"), ",", numberLiteral(0.5), ")"];
    expect(formulaText(parts, "nl")).toBe("=ROUND(MENG.VITALITEIT(MENG.PUNTEN.LEEFBAARHEID(B2),C2,D2),0.5)");
    expect(formulaText(parts, "en")).toBe("=ROUND(MENG.VITALITY(MENG.LIVABILITY.POINTS(B2),C2,D2),0.5)");
    expect(formulaBody(parts, "en").startsWith("=")).toBe(false);
  });

  test("string literals double their quotes", () => {
    expect(stringLiteral('de "oude" buurt')).toBe('"de ""oude"" buurt"');
    expect(formulaText([call("SHARE", "A1:A9", stringLiteral('a"b'))], "en")).toBe('=MENG.SHARE(A1:A9,"a""b")');
  });

  test("numbers never get a decimal comma", () => {
    expect(numberLiteral(0.3)).toBe("0.3");
    expect(() => numberLiteral(NaN)).toThrow();
  });

  test("sheet names are quoted, quotes doubled", () => {
    expect(quotedSheetName("Voorraad")).toBe("'Voorraad'");
    expect(quotedSheetName("Jan's blad")).toBe("'Jan''s blad'");
    expect(absoluteRange("Mijn blad", "F", 5, 104)).toBe("'Mijn blad'!$F$5:$F$104");
    expect(absoluteRange("V", "B", 2, 2)).toBe("'V'!$B$2");
  });

  test("structured references escape special characters", () => {
    expect(structuredColumnRef("Voorraad", "Buurtcode")).toBe("Voorraad[Buurtcode]");
    expect(structuredColumnRef("Voorraad", "Kale huur")).toBe("Voorraad[Kale huur]");
    expect(structuredColumnRef("Voorraad", "WWS-punten")).toBe("Voorraad[[WWS-punten]]");
    expect(structuredColumnRef("T", "Huur [€]")).toBe("T[[Huur '[€']]]");
    expect(structuredColumnRef("T", "Nr#")).toBe("T[[Nr'#]]");
    expect(structuredColumnRef("T", "Jan's")).toBe("T[[Jan''s]]");
  });
});

describe("custom function ids used by reports", () => {
  const english: Record<string, { name: string }> = {
    ...compositionFunctionsEnglish,
    ...segregationFunctionsEnglish,
    ...ruleFunctionsEnglish,
    ...allocationFunctionsEnglish,
    ...vitalityFunctionsEnglish,
    ...changeFunctionsEnglish,
    ...scenarioFunctionsEnglish,
  };
  const sources = fs.readdirSync(path.join(__dirname, "../../src/functions"))
    .filter((f) => /Functions\.ts$/.test(f))
    .map((f) => fs.readFileSync(path.join(__dirname, "../../src/functions", f), "utf8"))
    .join("\n");

  test.each(Object.keys(CUSTOM_FUNCTION_NAMES) as CustomFunctionIdName[])("%s exists with the same Dutch and English names", (id) => {
    expect(customFunctions).toHaveProperty(id);
    expect(english[id]?.name).toBe(CUSTOM_FUNCTION_NAMES[id].en);
    expect(sources).toContain(`@customfunction ${id} ${CUSTOM_FUNCTION_NAMES[id].nl}\n`);
  });
});
