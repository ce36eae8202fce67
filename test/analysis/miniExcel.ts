/**
 * A small interpreter for the built-in part of the report's formulas (LET, INDEX, SEQUENCE, FILTER, CHOOSE, text and
 * arithmetic), with dynamic-array semantics: a value is a scalar or a 2-D array; operators work cell by cell and stretch
 * a single value; INDEX with two arrays of row and column numbers picks pairs. Custom-function calls (MENG.*) are made
 * through the registry, as Excel would call them. References are resolved by the caller (formulaEvaluator.ts).
 *
 * Only what the reports write is supported; anything else throws, so a test cannot pass on a formula this does not
 * understand. It is not Excel: what only Excel can confirm is in docs/excel-acceptance.md.
 */
import { customFunctions } from "../../src/functions/registry";
import { CUSTOM_FUNCTION_NAMES } from "../../src/core/report/customFunctionIds";

export type Scalar = string | number | boolean | null;
export type Value = Scalar | Scalar[][];

type Node =
  | { kind: "lit"; value: Value }
  | { kind: "name"; name: string }
  | { kind: "ref"; text: string }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "op"; op: string; left: Node; right: Node }
  | { kind: "neg"; arg: Node };

const isArray = (v: Value): v is Scalar[][] => Array.isArray(v);

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"]|"")*"|\{[^}]*\}|'(?:[^']|'')+'!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Za-z_][\w.]*\[\[?[^\]]*\]?\]|[A-Z]+\d+#|\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}\$?\d+(?![\w.(])|[A-Za-z_][\w.]*|\d+(?:\.\d+)?(?:E[+-]?\d+)?|<>|>=|<=|[-+*/&(),<>=^])/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < text.length && (m = re.exec(text))) {
    tokens.push(m[1]);
    at = re.lastIndex;
  }
  if (text.slice(at).trim() !== "") throw new Error(`miniExcel: cannot read "${text.slice(at)}"`);
  return tokens;
}

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

function parse(tokens: string[]): Node {
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): Node => {
    const t = next();
    if (t === undefined) throw new Error("miniExcel: unexpected end");
    if (t === "-") return { kind: "neg", arg: primary() };
    if (t === "(") {
      const e = expression(0);
      if (next() !== ")") throw new Error("miniExcel: ) expected");
      return e;
    }
    if (t.startsWith('"')) return { kind: "lit", value: t.slice(1, -1).replace(/""/g, '"') };
    if (t.startsWith("{")) return { kind: "lit", value: t.slice(1, -1).split(";").map((row) => row.split(",").map((x) => Number(x))) };
    if (/^\d/.test(t)) return { kind: "lit", value: Number(t) };
    if (t.includes("[") || t.includes("!") || /^\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?#?$/.test(t)) return { kind: "ref", text: t };
    if (peek() === "(") {
      next();
      const args: (Node | null)[] = [];
      if (peek() === ")") next();
      else {
        for (;;) {
          args.push(peek() === "," || peek() === ")" ? null : expression(0));
          const sep = next();
          if (sep === ")") break;
          if (sep !== ",") throw new Error(`miniExcel: , expected in ${t}`);
        }
      }
      return { kind: "call", name: t.toUpperCase(), args };
    }
    if (t === "TRUE" || t === "FALSE") return { kind: "lit", value: t === "TRUE" };
    return { kind: "name", name: t.toLowerCase() };
  };
  const expression = (min: number): Node => {
    let left = primary();
    for (;;) {
      const op = peek();
      const p = op === undefined ? undefined : PRECEDENCE[op];
      if (p === undefined || p < min) break;
      next();
      left = { kind: "op", op, left, right: expression(p + 1) };
    }
    return left;
  };
  const node = expression(0);
  if (i !== tokens.length) throw new Error(`miniExcel: trailing "${tokens.slice(i).join(" ")}"`);
  return node;
}

function shapeOf(v: Value): [number, number] {
  return isArray(v) ? [v.length, v[0]?.length ?? 0] : [1, 1];
}

/** Applies f cell by cell; a 1×1 value (or a single row/column) stretches to the other's shape. */
function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isArray(a) && !isArray(b)) return f(a, b);
  const [ra, ca] = shapeOf(a);
  const [rb, cb] = shapeOf(b);
  const rows = Math.max(ra, rb);
  const cols = Math.max(ca, cb);
  const at = (v: Value, r: number, c: number, rv: number, cv: number): Scalar =>
    isArray(v) ? v[rv === 1 ? 0 : r][cv === 1 ? 0 : c] : v;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(at(a, r, c, ra, ca), at(b, r, c, rb, cb))));
}

function map1(a: Value, f: (x: Scalar) => Scalar): Value {
  return isArray(a) ? a.map((row) => row.map(f)) : f(a);
}

/** Excel's error value in a cell of an intermediate array (IF may still choose the other branch). */
const VALUE_ERROR = "#VALUE!";

const num = (x: Scalar): number => {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x === null || x === "") return 0;
  const n = Number(x);
  if (Number.isNaN(n)) throw new Error(`miniExcel: #VALUE! (${x} is not a number)`);
  return n;
};

/** Arithmetic on two cells: a text operand gives #VALUE! in that cell only. */
const arith = (f: (a: number, b: number) => Scalar) => (x: Scalar, y: Scalar): Scalar => {
  try {
    return f(num(x), num(y));
  } catch {
    return VALUE_ERROR;
  }
};
const str = (x: Scalar): string => (x === null ? "" : typeof x === "boolean" ? (x ? "TRUE" : "FALSE") : String(x));
const scalar = (v: Value): Scalar => (isArray(v) ? v[0][0] : v);

/**
 * Excel's "=": an empty cell equals 0, "" and FALSE; otherwise values of different types are never equal (the text
 * "0" is not 0); text compares without case.
 */
function equal(x: Scalar, y: Scalar): boolean {
  const empty = (v: Scalar, other: Scalar): Scalar => (v !== null ? v : typeof other === "number" ? 0 : typeof other === "boolean" ? false : "");
  const a = empty(x, y);
  const b = empty(y, x);
  if (typeof a !== typeof b) return false;
  return typeof a === "string" ? a.toLowerCase() === (b as string).toLowerCase() : a === b;
}

/** Excel's ROUND: half away from zero. */
function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

export interface MiniExcelContext {
  /** A reference as the formula writes it → the Excel-shaped value. */
  resolve(ref: string): Value;
  locale: "nl" | "en";
  /** Told of every custom-function call with the arguments Excel would pass (the benchmark measures their size). */
  onCall?: (id: string, args: unknown[]) => void;
}

function customId(name: string, locale: "nl" | "en"): string | null {
  if (!name.startsWith("MENG.")) return null;
  const short = name.slice(5);
  const hit = Object.entries(CUSTOM_FUNCTION_NAMES).find(([, n]) => n[locale] === short);
  return hit ? hit[0] : null;
}

export function evaluateFormula(formula: string, context: MiniExcelContext): Value {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return run(parse(tokenize(body)), context, new Map());
}

function run(node: Node, ctx: MiniExcelContext, scope: Map<string, Value>): Value {
  switch (node.kind) {
    case "lit":
      return node.value;
    case "name": {
      if (!scope.has(node.name)) throw new Error(`miniExcel: unknown name ${node.name}`);
      return scope.get(node.name)!;
    }
    case "ref":
      return ctx.resolve(node.text);
    case "neg":
      return map1(run(node.arg, ctx, scope), (x) => arith((p) => -p)(x, 0));
    case "op": {
      const a = run(node.left, ctx, scope);
      const b = run(node.right, ctx, scope);
      switch (node.op) {
        case "&": return map2(a, b, (x, y) => str(x) + str(y));
        case "+": return map2(a, b, arith((p, q) => p + q));
        case "-": return map2(a, b, arith((p, q) => p - q));
        case "*": return map2(a, b, arith((p, q) => p * q));
        case "/": return map2(a, b, arith((p, q) => p / q));
        case "^": return map2(a, b, arith((p, q) => p ** q));
        case ">": return map2(a, b, arith((p, q) => p > q));
        case "<": return map2(a, b, arith((p, q) => p < q));
        case ">=": return map2(a, b, arith((p, q) => p >= q));
        case "<=": return map2(a, b, arith((p, q) => p <= q));
        case "=": return map2(a, b, equal);
        case "<>": return map2(a, b, (x, y) => !equal(x, y));
      }
      throw new Error(`miniExcel: operator ${node.op}`);
    }
    case "call":
      return call(node.name, node.args, ctx, scope);
  }
}

function call(name: string, args: (Node | null)[], ctx: MiniExcelContext, scope: Map<string, Value>): Value {
  const arg = (k: number): Value => {
    const a = args[k];
    return a ? run(a, ctx, scope) : null;
  };
  const id = customId(name, ctx.locale);
  if (id) {
    const fn = (customFunctions as unknown as Record<string, (...a: unknown[]) => unknown>)[id];
    const values = args.map((a) => (a ? run(a, ctx, scope) : null)).map((v) => (isArray(v) ? v.map((row) => row.map((x) => (x === "" ? null : x))) : v));
    ctx.onCall?.(id, values);
    return fn(...values) as Value;
  }
  switch (name) {
    case "LET": {
      const inner = new Map(scope);
      for (let k = 0; k + 1 < args.length; k += 2) {
        const nameNode = args[k];
        if (!nameNode || nameNode.kind !== "name") throw new Error("miniExcel: LET name expected");
        inner.set(nameNode.name, run(args[k + 1]!, ctx, inner));
      }
      return run(args[args.length - 1]!, ctx, inner);
    }
    case "ROWS": return shapeOf(arg(0))[0];
    case "COLUMNS": return shapeOf(arg(0))[1];
    case "SEQUENCE": {
      const rows = num(scalar(arg(0)));
      const cols = args[1] ? num(scalar(arg(1))) : 1;
      const start = args[2] ? num(scalar(arg(2))) : 1;
      const step = args[3] ? num(scalar(arg(3))) : 1;
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => start + (r * cols + c) * step));
    }
    case "INT": return map1(arg(0), (x) => Math.floor(num(x)));
    case "MOD": return map2(arg(0), arg(1), (x, y) => { const a = num(x); const b = num(y); return a - b * Math.floor(a / b); });
    case "ABS": return map1(arg(0), (x) => (x === VALUE_ERROR ? x : Math.abs(num(x))));
    case "ROUND": return map2(arg(0), arg(1), (x, y) => round(num(x), num(y)));
    case "TRIM": return map1(arg(0), (x) => str(x).replace(/ +/g, " ").replace(/^ | $/g, "")); // spaces only, as Excel
    case "CHAR": return map1(arg(0), (x) => String.fromCharCode(num(x)));
    case "UNICHAR": return map1(arg(0), (x) => String.fromCodePoint(num(x)));
    case "LEFT": return map2(arg(0), args[1] ? arg(1) : 1, (x, n) => str(x).slice(0, num(n)));
    case "MID": {
      const text = arg(0);
      const start = arg(1);
      const len = arg(2);
      return map2(map2(text, start, (x, s) => `${num(s)}\u0000${str(x)}`), len, (packed, n) => {
        const [s, t] = String(packed).split("\u0000");
        return t.substr(Number(s) - 1, num(n));
      });
    }
    case "FIND": {
      const start = args[2] ? arg(2) : 1;
      return map2(map2(arg(0), arg(1), (f, w) => `${str(f)}\u0000${str(w)}`), start, (packed, s) => {
        const [f, w] = String(packed).split("\u0000");
        const at = w.indexOf(f, num(s) - 1);
        if (at < 0) throw new Error(`miniExcel: #VALUE! (FIND: "${f}" not in "${w}")`);
        return at + 1;
      });
    }
    case "ISNUMBER": return map1(arg(0), (x) => typeof x === "number" && Number.isFinite(x));
    case "IF": {
      const test = arg(0);
      const yes = arg(1);
      const no = args[2] ? arg(2) : false;
      return map2(map2(test, yes, (t, y) => JSON.stringify([t, y])), no, (packed, n) => {
        const [t, y] = JSON.parse(String(packed)) as [Scalar, Scalar];
        // a reference to an empty cell gives 0 in a formula's result
        const pick = t === true || (typeof t === "number" && t !== 0) ? y : n;
        return pick === null ? 0 : pick;
      });
    }
    case "INDEX": {
      const t = arg(0);
      const grid = isArray(t) ? t : [[t]];
      const rows = args[1] ? arg(1) : 0;
      const cols = args[2] ? arg(2) : 0;
      const r = scalar(rows);
      const c = scalar(cols);
      if (!isArray(rows) && !isArray(cols)) {
        if (num(r) === 0) return grid.map((row) => [row[num(c) - 1]]);
        if (num(c) === 0) return [grid[num(r) - 1].slice()];
        return grid[num(r) - 1][num(c) - 1];
      }
      return map2(rows, cols, (x, y) => {
        const v = grid[num(x) - 1]?.[num(y) - 1];
        if (v === undefined) throw new Error("miniExcel: #REF! (INDEX out of range)");
        return v;
      });
    }
    case "MATCH": {
      const wanted = str(scalar(arg(0))).toLowerCase();
      const within = arg(1);
      const flat = isArray(within) ? within.flat() : [within];
      const at = flat.findIndex((x) => str(x).toLowerCase() === wanted);
      if (at < 0) throw new Error("miniExcel: #N/A (MATCH)");
      return at + 1;
    }
    case "CHOOSE": {
      const which = arg(0);
      const options = args.slice(1).map((a) => (a ? run(a, ctx, scope) : null));
      if (!isArray(which)) return options[num(which) - 1];
      // CHOOSE({1,2,...}, a, b, ...): one row of choices beside columns a, b, ... gives the columns side by side.
      const picks = which[0].map((x) => options[num(x) - 1]);
      const rows = Math.max(...picks.map((p) => shapeOf(p)[0]));
      return Array.from({ length: rows }, (_, r) => picks.map((p) => (isArray(p) ? p[p.length === 1 ? 0 : r][0] : p)));
    }
    case "FILTER": {
      const data = arg(0);
      const keep = arg(1);
      if (!isArray(data) || !isArray(keep)) throw new Error("miniExcel: FILTER needs arrays");
      const out = data.filter((_, r) => keep[r][0] === true);
      if (out.length === 0) throw new Error("miniExcel: #CALC! (FILTER: nothing left)");
      return out;
    }
  }
  throw new Error(`miniExcel: function ${name} is not supported`);
}
