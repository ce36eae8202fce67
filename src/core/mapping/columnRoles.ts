/**
 * The column roles Mengwijzer reads from a housing-stock sheet and from an allocations sheet, and how each is
 * recognised: exact aliases (compared after normalisation, see normalize.ts) and token rules, plus what the values
 * of the column should look like (used to confirm a header match or, for the CBS area codes, to find the column by its
 * data when the header is ambiguous; rules.md §8).
 *
 * Aliases and tokens are written here as a person would type them; they are normalised once at load.
 */
import { normalizeHeader } from "./normalize";

export type StockRole =
  | "vheNumber"
  | "complexNumber"
  | "municipalityCode"
  | "wijkCode"
  | "buurtCode"
  | "segment"
  | "ownership"
  | "netRent"
  | "wwsPoints"
  | "wozValue"
  | "dwellingType"
  | "buildYear";

export type AllocationRole =
  | "allocationDate"
  | "allocationGround"
  | "householdIncome"
  | "householdSize"
  | "rentAllowanceEligible"
  | "allocationRent"
  | "municipality"
  | "dwellingKind";

/** Columns that identify a person or a dwelling; detected so they can be kept out of partner copies. */
export type IdentifyingRole = "age" | "address" | "houseNumber" | "postcode";

export type ColumnRole = StockRole | AllocationRole | IdentifyingRole;

export type SheetKind = "stock" | "allocations";

/** What the values of a column look like. */
export type ValueKind =
  | { type: "areaCode"; prefix: "GM" | "WK" | "BU" }
  | { type: "number"; min: number; max: number; integer?: boolean }
  | { type: "date" }
  | { type: "boolean" }
  | { type: "text" };

export interface TokenRule {
  /** Each group must be matched by at least one of its tokens. */
  all: string[][];
  confidence: number;
}

export interface RoleDefinition {
  role: ColumnRole;
  /** Dutch label for the task pane. */
  label: string;
  /** Normalised compact aliases (confidence 1). */
  aliases: Set<string>;
  rules: TokenRule[];
  /** A header with any of these tokens never matches this role by token rule. */
  exclude: Set<string>;
  values: ValueKind;
}

interface RoleSpec {
  label: string;
  aliases: string[];
  rules: [string[][], number][];
  exclude?: string[];
  values: ValueKind;
}

const CODE_WORDS = ["code", "cd", "nr", "nummer", "id", "key", "sleutel"];
const NAME_WORDS = ["naam", "name", "omschrijving", "oms", "description"];
const RENT_ALIASES = [
  "kale huur", "kalehuur", "netto huur", "nettohuur", "huur netto", "huur kaal", "net rent", "bare rent", "basic rent",
  "kale huurprijs", "netto huurprijs", "huurprijs", "contracthuur", "actuele huur", "actuele kale huur", "huidige huur",
  "huidige kale huur", "rent",
];
const RENT_RULES: [string[][], number][] = [
  [[["huur", "rent", "huurprijs"], ["kale", "kaal", "netto", "net", "bare", "basic", "contract", "actuele", "huidige"]], 0.85],
  [[["huur", "rent", "huurprijs"]], 0.55],
];
const RENT_EXCLUDE = [
  "streef", "markt", "maximale", "max", "maximaal", "bruto", "toeslag", "gross", "target", "subsidiabele", "service",
  "servicekosten", "segment", "klasse", "categorie", "datum", "achterstand", "verhoging", "harmonisatie", "korting",
  "allowance", "huurder", "huurders", "ht", "gerechtigd", "status", "contractnummer",
];

const SPECS: Record<ColumnRole, RoleSpec> = {
  vheNumber: {
    label: "VHE-nummer",
    aliases: ["vhe", "vhe nummer", "vhe nr", "vhe id", "vhe code", "verhuureenheid", "verhuureenheidnummer", "eenheid",
      "eenheidnummer", "eenheidsnummer", "objectnummer", "object nr", "oge", "oge nummer", "oge nr", "unit", "unit id",
      "unit number", "dwelling id"],
    rules: [[[["vhe", "verhuureenheid", "oge", "eenheid", "eenheids", "verhuur"], ["nummer", "nr", "id", "code", "eenheid"]], 0.85],
      [[["vhe", "oge"]], 0.75]],
    exclude: ["complex", "aantal", "type", "soort", "naam", "status"],
    values: { type: "text" },
  },
  complexNumber: {
    label: "Complexnummer",
    aliases: ["complex", "complexnummer", "complex nr", "complex id", "complex code", "cluster", "clusternummer",
      "cluster nr", "complex number", "estate", "estate id", "cplx", "cplx nr"],
    rules: [[[["complex", "cluster", "estate", "cplx"]], 0.75]],
    exclude: [...NAME_WORDS, "type", "soort", "aantal"],
    values: { type: "text" },
  },
  municipalityCode: {
    label: "Gemeentecode",
    aliases: ["gemeentecode", "gemeente code", "gem code", "gm code", "gm", "cbs gemeentecode", "cbs gemeente",
      "municipality code", "gwb code gemeente", "gm nr", "gemeentenummer"],
    rules: [[[["gemeente", "gem", "gm", "municipality"], CODE_WORDS], 0.8], [[["gemeente", "municipality"]], 0.45]],
    exclude: NAME_WORDS,
    values: { type: "areaCode", prefix: "GM" },
  },
  wijkCode: {
    label: "Wijkcode",
    aliases: ["wijkcode", "wijk code", "wk code", "wk", "cbs wijk", "cbs wijkcode", "wijk cbs", "district code",
      "wk nr", "wijknummer"],
    rules: [[[["wijk", "wk", "district"], CODE_WORDS], 0.8], [[["wijk", "district"]], 0.45]],
    exclude: NAME_WORDS,
    values: { type: "areaCode", prefix: "WK" },
  },
  buurtCode: {
    label: "Buurtcode",
    aliases: ["buurtcode", "buurt code", "bu code", "bu", "cbs buurt", "cbs buurtcode", "buurt cbs", "neighbourhood code",
      "neighborhood code", "bu nr", "buurtnummer"],
    rules: [[[["buurt", "bu", "neighbourhood", "neighborhood"], CODE_WORDS], 0.8],
      [[["buurt", "neighbourhood", "neighborhood"]], 0.45]],
    exclude: NAME_WORDS,
    values: { type: "areaCode", prefix: "BU" },
  },
  segment: {
    label: "Segment",
    aliases: ["segment", "huursegment", "huur segment", "marktsegment", "prijssegment", "woningsegment", "segmentatie",
      "market segment", "rent segment", "segment huur", "segm"],
    rules: [[[["segment", "segmentatie"]], 0.75]],
    values: { type: "text" },
  },
  ownership: {
    label: "Eigendom",
    aliases: ["eigendom", "eig", "eigendomsvorm", "eigendom soort", "soort eigendom", "ownership", "tenure",
      "eigendomssituatie"],
    rules: [[[["eigendom", "eigendoms", "ownership", "tenure"]], 0.75]],
    exclude: ["datum", "aantal"],
    values: { type: "text" },
  },
  netRent: {
    label: "Kale huur",
    aliases: RENT_ALIASES,
    rules: RENT_RULES,
    exclude: RENT_EXCLUDE,
    values: { type: "number", min: 0, max: 10000 },
  },
  wwsPoints: {
    label: "WWS-punten",
    aliases: ["wws", "wws punten", "punten", "punten wws", "wws score", "woningwaardering", "woningwaarderingsstelsel",
      "aantal punten", "points", "wws points"],
    rules: [[[["wws", "punten", "punt", "points", "woningwaardering"]], 0.75]],
    exclude: ["leefbaarheid", "organisatiekracht", "veerkracht", "vitaliteit", "datum", "energie"],
    values: { type: "number", min: 0, max: 1000 },
  },
  wozValue: {
    label: "WOZ-waarde",
    aliases: ["woz", "woz waarde", "woz value", "waarde woz", "woz bedrag"],
    rules: [[[["woz"]], 0.85]],
    exclude: ["datum", "jaar", "beschikking"],
    values: { type: "number", min: 1000, max: 100_000_000 },
  },
  dwellingType: {
    label: "Woningtype",
    aliases: ["woningtype", "type woning", "type", "bouwtype", "woningtypering", "typering", "dwelling type",
      "property type", "objecttype", "object type", "vhe type", "type vhe", "woonvorm", "soort woning", "woningsoort"],
    rules: [[[["type", "typering", "soort", "bouwtype", "vorm"], ["woning", "woon", "won", "object", "vhe", "dwelling", "property", "bouw"]], 0.75]],
    exclude: ["eigendom", "segment", "huur", "contract", "toewijzing", "energie", "label"],
    values: { type: "text" },
  },
  buildYear: {
    label: "Bouwjaar",
    aliases: ["bouwjaar", "jaar bouw", "bouw jaar", "build year", "year built", "construction year", "bj",
      "jaar oplevering", "opleverjaar"],
    rules: [[[["bouw", "construction", "built", "build", "oplevering"], ["jaar", "year"]], 0.8]],
    exclude: ["klasse", "periode", "categorie", "renovatie"],
    values: { type: "number", min: 1000, max: 2100, integer: true },
  },
  allocationDate: {
    label: "Datum toewijzing",
    aliases: ["datum toewijzing", "toewijzingsdatum", "allocation date", "date allocated", "datum verhuring",
      "ingangsdatum", "ingangsdatum contract", "datum contract", "contractdatum", "datum ingang", "toewijzing datum"],
    rules: [[[["datum", "date"], ["toewijzing", "toewijzings", "allocation", "verhuring", "contract", "ingang", "ingangs", "allocated"]], 0.85],
      [[["datum", "date"]], 0.5]],
    exclude: ["geboorte", "birth", "inschrijving", "registratie", "mutatie"],
    values: { type: "date" },
  },
  allocationGround: {
    label: "Toewijzingsgrond",
    aliases: ["toewijzingsgrond", "grond toewijzing", "toewijzingsreden", "reden toewijzing", "allocation ground",
      "allocation basis", "toewijzingscategorie", "voorrangscategorie", "voorrang", "wijze toewijzing", "toewijzingsvorm",
      "grond", "voorrang ja/nee", "voorrang (ja/nee)", "voorrang j/n", "met voorrang", "voorrang verleend", "priority"],
    rules: [[[["toewijzing", "toewijzings", "allocation", "voorrang"], ["grond", "reden", "categorie", "ground", "basis", "vorm", "wijze", "soort"]], 0.8]],
    exclude: ["datum", "date"],
    values: { type: "text" },
  },
  householdIncome: {
    label: "Huishoudinkomen",
    aliases: ["huishoudinkomen", "inkomen huishouden", "huishoudensinkomen", "inkomen", "household income", "income",
      "verzamelinkomen", "jaarinkomen", "gezinsinkomen", "inkomen hh"],
    rules: [[[["inkomen", "inkomens", "income", "verzamelinkomen"]], 0.75]],
    exclude: ["grens", "norm", "bron", "uit", "werk", "pensioen", "studie", "categorie", "klasse", "groep", "toets", "type", "soort"],
    values: { type: "number", min: 0, max: 10_000_000 },
  },
  householdSize: {
    label: "Huishoudgrootte",
    aliases: ["huishoudgrootte", "huishoudensgrootte", "grootte huishouden", "aantal personen", "personen",
      "household size", "persons", "aantal pers", "omvang huishouden", "huishoudomvang", "gezinsgrootte",
      "aantal bewoners", "hh grootte", "aantal personen huishouden"],
    rules: [[[["huishoud", "huishouden", "huishoudens", "household", "gezins", "gezin", "hh"], ["grootte", "omvang", "size", "personen"]], 0.8],
      [[["personen", "pers", "bewoners", "persons"]], 0.7]],
    exclude: ["inkomen", "inkomens", "income", "type", "samenstelling"],
    values: { type: "number", min: 1, max: 30, integer: true },
  },
  rentAllowanceEligible: {
    label: "Huurtoeslaggerechtigd",
    aliases: ["huurtoeslaggerechtigd", "ht gerechtigd", "recht op huurtoeslag", "huurtoeslag gerechtigd",
      "rent allowance eligible", "huurtoeslag", "ht", "doelgroep huurtoeslag", "recht ht", "htg"],
    rules: [[[["toeslag", "ht", "allowance"], ["gerechtigd", "recht", "eligible", "doelgroep"]], 0.85],
      [[["toeslag", "allowance"]], 0.6]],
    exclude: ["grens", "bedrag", "datum", "hoogte"],
    values: { type: "boolean" },
  },
  allocationRent: {
    label: "Kale huur bij toewijzing",
    aliases: [...RENT_ALIASES, "aanvangshuur", "huur bij toewijzing", "kale aanvangshuur", "huur toewijzing"],
    rules: [[[["huur", "rent", "huurprijs"], ["kale", "kaal", "netto", "net", "bare", "basic", "contract", "aanvangs", "toewijzing"]], 0.85],
      [[["huur", "rent", "huurprijs"]], 0.6]],
    exclude: RENT_EXCLUDE,
    values: { type: "number", min: 0, max: 10000 },
  },
  municipality: {
    label: "Gemeente",
    aliases: ["gemeente", "gemeentenaam", "gemeente naam", "municipality", "gemeentecode", "gemeente code", "gm code"],
    rules: [[[["gemeente", "municipality", "gm"]], 0.75]],
    values: { type: "text" },
  },
  dwellingKind: {
    label: "Soort woning",
    aliases: ["soort woning", "woningsoort", "soort", "soort woonruimte", "dwelling kind", "kind of dwelling",
      "type woonruimte", "segment", "soort toewijzing"],
    rules: [[[["soort", "kind"], ["woning", "dwelling", "woonruimte", "woon"]], 0.75]],
    exclude: ["eigendom"],
    values: { type: "text" },
  },
  age: {
    label: "Leeftijd",
    aliases: ["leeftijd", "age", "leeftijd aanvrager", "leeftijd hoofdhuurder", "geboortejaar", "geboortedatum"],
    rules: [[[["leeftijd", "age", "geboortejaar", "geboortedatum"]], 0.75]],
    exclude: ["categorie", "klasse", "groep"],
    values: { type: "text" },
  },
  address: {
    label: "Adres",
    aliases: ["adres", "straat", "straatnaam", "address", "street", "straat huisnummer", "adres volledig"],
    rules: [[[["adres", "straat", "address", "street"]], 0.7]],
    exclude: ["email", "mail", "post"],
    values: { type: "text" },
  },
  houseNumber: {
    label: "Huisnummer",
    aliases: ["huisnummer", "huisnr", "nr", "house number", "nummer", "hnr"],
    rules: [[[["huis", "house"], ["nummer", "nr", "number"]], 0.8]],
    exclude: ["toevoeging", "letter"],
    values: { type: "text" },
  },
  postcode: {
    label: "Postcode",
    aliases: ["postcode", "pc", "postal code", "zip", "zipcode", "pc6"],
    rules: [[[["post"], ["code"]], 0.8]],
    values: { type: "text" },
  },
};

function compactOf(text: string): string {
  return normalizeHeader(text).compact;
}

/** Rule words stay whole (no compound splitting): a header's "huurprijs" splits to "huur prijs" and meets "huur". */
function tokensOf(texts: string[]): string[] {
  return texts.map(compactOf);
}

export const ROLE_DEFINITIONS: Record<ColumnRole, RoleDefinition> = Object.fromEntries(
  (Object.keys(SPECS) as ColumnRole[]).map((role) => {
    const spec = SPECS[role];
    const definition: RoleDefinition = {
      role,
      label: spec.label,
      aliases: new Set(spec.aliases.map(compactOf)),
      rules: spec.rules.map(([all, confidence]) => ({ all: all.map((group) => tokensOf(group)), confidence })),
      exclude: new Set(tokensOf(spec.exclude ?? [])),
      values: spec.values,
    };
    return [role, definition];
  }),
) as Record<ColumnRole, RoleDefinition>;

export const STOCK_ROLES: readonly ColumnRole[] = [
  "vheNumber", "complexNumber", "municipalityCode", "wijkCode", "buurtCode", "segment", "ownership", "netRent",
  "wwsPoints", "wozValue", "dwellingType", "buildYear", "address", "houseNumber", "postcode",
];

export const ALLOCATION_ROLES: readonly ColumnRole[] = [
  "allocationDate", "allocationGround", "householdIncome", "householdSize", "rentAllowanceEligible", "allocationRent",
  "municipality", "dwellingKind", "vheNumber", "wijkCode", "buurtCode", "age", "address", "houseNumber", "postcode",
];

export const ALL_ROLES: readonly ColumnRole[] = Object.keys(SPECS) as ColumnRole[];

/** The roles read from a sheet of this kind. */
export function rolesFor(kind: SheetKind): readonly ColumnRole[] {
  return kind === "stock" ? STOCK_ROLES : ALLOCATION_ROLES;
}

/** Roles whose values identify a person or a dwelling: never in a partner copy. */
export const PERSONAL_ROLES: readonly ColumnRole[] = [
  "householdIncome", "householdSize", "age", "vheNumber", "address", "houseNumber", "postcode",
];

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(SPECS, value);
}

/** Dutch label of a role for the task pane. */
export function roleLabel(role: ColumnRole): string {
  return SPECS[role].label;
}
