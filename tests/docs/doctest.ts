// The doc-test harness: runs the `@example` blocks of the public API and checks the values they show.
//
// An example is TypeScript that runs as written, with every export of its package in scope (no import needed) and the
// fixtures of EXAMPLE_FIXTURES (`log`, `model`, …). A line `expression // → value` is a check: the expression must
// equal `value`, a JavaScript literal in which
//   `12.3…`       is a number shown cut short (it matches when the actual differs by less than one unit of the last digit),
//   `"Arbetstid…"` is a string shown by its beginning,
//   `key: …`      is any value, and a trailing `, …` in an object or array says that more keys or elements follow.
// Anything after the value that is not part of it (` — why`, ` (how)`) is commentary.
import ts from "typescript";

const APPROX = Symbol("approx");
const PREFIX = Symbol("prefix");
const ANY = Symbol("any");
const REST = "__rest";

interface Approx {
  [APPROX]: true;
  value: number;
  unit: number;
}
interface Prefix {
  [PREFIX]: true;
  text: string;
}

const approx = (s: string, exponent = ""): Approx => {
  const decimals = s.includes(".") ? s.split(".")[1].replace(/_/g, "").length : 0;
  const e = exponent === "" ? 0 : Number(exponent.slice(1));
  return { [APPROX]: true, value: Number(s.replace(/_/g, "") + exponent), unit: 10 ** (e - decimals) };
};
const prefix = (text: string): Prefix => ({ [PREFIX]: true, text });

/** The expected value of a check, from its text; throws when no prefix of the text is a value. */
export function parseExpected(text: string): unknown {
  const marked = text
    .replace(/(-?\d[\d_]*(?:\.\d+)?)…(e[-+]?\d+)?/g, (_, n: string, e = "") => `__approx("${n}", "${e}")`)
    .replace(/"([^"\\]*)…"/g, (_, s: string) => `__prefix(${JSON.stringify(s)})`)
    .replace(/([{[,]\s*)…(?=\s*[,}\]])/g, `$1${REST}`)
    .replace(/(:\s*)…/g, "$1__any");
  // The longest prefix that is a value: commentary may follow it.
  for (let end = marked.length; end > 0; end--) {
    const candidate = marked.slice(0, end).trim();
    if (candidate === "" || /[,(]$/.test(candidate)) continue;
    try {
      // The text is an example from our own source, read as a literal.
      const value = new Function("__approx", "__prefix", "__any", REST, `"use strict"; return (${candidate});`)(approx, prefix, ANY, REST);
      return value;
    } catch {
      // not a value yet; try a shorter prefix
    }
  }
  throw new Error(`cannot read an expected value from "${text}"`);
}

const isTyped = (x: unknown): x is ArrayLike<number> => ArrayBuffer.isView(x) && !(x instanceof DataView);

/** Why `actual` does not match `expected`, or null when it does. */
export function mismatch(actual: unknown, expected: unknown, path = "value"): string | null {
  if (expected === ANY) return null;
  if (typeof expected === "object" && expected !== null && APPROX in expected) {
    const e = expected as Approx;
    return typeof actual === "number" && Math.abs(actual - e.value) < e.unit
      ? null
      : `${path}: ${String(actual)} is not ${e.value}… (±${e.unit})`;
  }
  if (typeof expected === "object" && expected !== null && PREFIX in expected) {
    const e = expected as Prefix;
    return typeof actual === "string" && actual.startsWith(e.text)
      ? null
      : `${path}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(e.text)}`;
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `${path}: ${String(actual)} is not the number ${expected}`;
    if (Number.isNaN(expected)) return Number.isNaN(actual) ? null : `${path}: ${actual} is not NaN`;
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? null : `${path}: ${actual} is not ${expected}`;
  }
  if (Array.isArray(expected)) {
    const items = isTyped(actual) ? Array.from(actual) : actual;
    if (!Array.isArray(items)) return `${path}: ${JSON.stringify(actual)} is not an array`;
    const open = expected[expected.length - 1] === REST;
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? items.length < shown.length : items.length !== shown.length)
      return `${path}: length ${items.length}, expected ${open ? "at least " : ""}${shown.length}`;
    for (let i = 0; i < shown.length; i++) {
      const m = mismatch(items[i], shown[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null) return `${path}: ${JSON.stringify(actual)} is not an object`;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const open = REST in e;
    for (const k of Object.keys(e)) {
      if (k === REST) continue;
      const m = mismatch(a[k], e[k], `${path}.${k}`);
      if (m) return m;
    }
    if (!open) {
      const extra = Object.keys(a).filter((k) => a[k] !== undefined && !(k in e));
      if (extra.length > 0)
        return `${path}: unexpected keys ${extra.join(", ")} (end the expected object with ", …" if they are left out on purpose)`;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`;
}

/** One check an example makes, and where. */
export interface Check {
  line: number;
  source: string;
  expected: string;
}

/** `import … from "m"` (not a workspace package) as a dynamic import through `__import`. */
function dynamicImport(line: string): string | null {
  const m = /^\s*import\s+(.+?)\s+from\s+"([^"]+)";?\s*$/.exec(line);
  if (!m) return null;
  const [, what, from] = m;
  if (from.startsWith("@flodes/")) return "";
  const ns = /^\*\s+as\s+([\w$]+)$/.exec(what);
  if (ns) return `const ${ns[1]} = await __import(${JSON.stringify(from)});`;
  if (what.startsWith("{"))
    return `const ${what.replace(/\btype\s+[\w$]+,?/g, "").replace(/\s+as\s+/g, ": ")} = await __import(${JSON.stringify(from)});`;
  return `const ${what} = (await __import(${JSON.stringify(from)})).default;`;
}

/** A line that ends a statement, so that a check on the next line cannot belong to it. */
const endsStatement = (line: string) => /[;{}]\s*$/.test(line) || line.trim() === "" || /^\s*\/\//.test(line);

/**
 * An example as JavaScript to run: imports of the workspace packages dropped (their exports are in scope), other
 * imports made dynamic, every `expr // → value` turned into a call of `__check` (a `// → value` line alone checks the
 * expression of the lines just above it), TypeScript types removed.
 */
export function compileExample(code: string): { js: string; checks: Check[] } {
  const checks: Check[] = [];
  const out: string[] = [];
  const emit = (source: string, expected: string, line: number) => {
    const n = checks.push({ line, source, expected }) - 1;
    const decl = /^(const|let)\s+([\w$]+)\s*=\s*([\s\S]+)$/.exec(source);
    out.push(decl ? `${decl[1]} ${decl[2]} = ${decl[3]}; await __check(${decl[2]}, ${n});` : `await __check(${source}, ${n});`);
  };
  code.split("\n").forEach((line, i) => {
    const imported = dynamicImport(line);
    if (imported !== null) {
      out.push(imported);
      return;
    }
    const at = line.indexOf("// →");
    if (at < 0) {
      out.push(line);
      return;
    }
    const expected = line.slice(at + 4).trim();
    // The checked expression may start on the lines above (a call written over several lines).
    const taken: string[] = [];
    while (out.length > 0 && !endsStatement(out[out.length - 1]) && !out[out.length - 1].includes("__check("))
      taken.unshift(out.pop() as string);
    const source = [...taken, line.slice(0, at)].join("\n").trim().replace(/;$/, "");
    if (source === "") throw new Error(`line ${i + 1}: no expression before this "// →"`);
    emit(source, expected, i + 1);
  });
  const ts2js = ts.transpileModule(out.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  // A block of its own, so that an example may declare a name the fixtures also have (`const log = …`).
  return { js: `{\n${ts2js.replace(/^export \{\};?\s*$/m, "")}\n}`, checks };
}

// The constructor of async functions, to run an example's top-level `await`.
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/** Runs an example with `scope` in view; throws on an error or on the first check that fails. */
export async function runExample(code: string, scope: Record<string, unknown>): Promise<number> {
  const { js, checks } = compileExample(code);
  const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const check = async (actual: unknown, n: number) => {
    const c = checks[n];
    const value = actual instanceof Promise ? await actual : actual;
    const why = mismatch(value, parseExpected(c.expected));
    if (why) throw new Error(`line ${c.line}: ${c.source} // → ${c.expected}\n  ${why}`);
  };
  const load = (m: string) => import(/* @vite-ignore */ m);
  await new AsyncFunction(...names, "__check", "__import", js)(...names.map((k) => scope[k]), check, load);
  return checks.length;
}
