// Reads the public API of the workspace's packages from their entry points with the TypeScript compiler: every
// exported name, its declaration, its TSDoc and its `@example` blocks. Used by the API tests (tests/docs/*.test.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The public entry points: package name → source file. */
export const ENTRIES = {
  "@flodes/core": "packages/core/src/index.ts",
  "@flodes/core/node": "packages/core/src/node.ts",
  "@flodes/viz": "packages/viz/src/index.ts",
  "@flodes/cli": "packages/cli/src/main.ts",
} as const;
export type EntryName = keyof typeof ENTRIES;

/** One exported name of an entry. */
export interface PublicName {
  entry: EntryName;
  name: string;
  kind: "function" | "class" | "const" | "type";
  /** Declaring file, relative to the repository root, and its line (1-based). */
  file: string;
  line: number;
  /** The TSDoc text without the tags; empty when there is none. */
  doc: string;
  /** The code of each `@example` block, ` * ` prefixes removed. */
  examples: string[];
  deprecated: boolean;
}

let program: ts.Program | undefined;
function theProgram(): ts.Program {
  program ??= ts.createProgram(
    Object.values(ENTRIES).map((f) => ROOT + f),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      customConditions: ["source"],
      types: ["node"],
    },
  );
  return program;
}

/** `export * from "…"` statements of an entry file (module specifiers). */
export function starExports(entry: EntryName): string[] {
  const sf = ts.createSourceFile(ENTRIES[entry], readFileSync(ROOT + ENTRIES[entry], "utf8"), ts.ScriptTarget.ES2022);
  return sf.statements
    .filter((s) => ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined && s.exportClause === undefined)
    .map((s) => ((s as ts.ExportDeclaration).moduleSpecifier as ts.StringLiteral).text);
}

function kindOf(decl: ts.Declaration): PublicName["kind"] {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isVariableDeclaration(decl)) {
    const init = decl.initializer;
    return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? "function" : "const";
  }
  return "type";
}

/** The JSDoc node a declaration carries (a `const` carries it on its statement). */
function jsDocsOf(decl: ts.Declaration): readonly ts.JSDoc[] {
  const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return (host as unknown as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
}

const commentText = (c: string | ts.NodeArray<ts.JSDocComment> | undefined): string =>
  c === undefined ? "" : typeof c === "string" ? c : c.map((p) => p.getText()).join("");

/** Every exported name of an entry, with its docs. */
export function publicNames(entry: EntryName): PublicName[] {
  const p = theProgram();
  const checker = p.getTypeChecker();
  const sf = p.getSourceFile(ROOT + ENTRIES[entry]);
  if (!sf) throw new Error(`no source file for ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) throw new Error(`no module symbol for ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = target.declarations ?? [];
    // A deprecated alias (`export const ImportError = FlodesError` beside its type) is described by its value.
    const decl = decls.find((d) => !ts.isTypeAliasDeclaration(d) && !ts.isInterfaceDeclaration(d)) ?? decls[0];
    if (!decl) throw new Error(`${entry}: ${exported.name} has no declaration`);
    const declFile = decl.getSourceFile();
    const docs = jsDocsOf(decl);
    const tags = docs.flatMap((d) => [...(d.tags ?? [])]);
    const examples = tags
      .filter((t) => t.tagName.text === "example")
      .map((t) => {
        // The tag's own text keeps line breaks and indentation only in the source, so read it from there.
        const raw = declFile.text.slice(t.getStart(declFile) + "@example".length, t.getEnd());
        return raw
          .split("\n")
          .map((l) => l.replace(/^\s*\*(?: ?)/, ""))
          .join("\n")
          .replace(/\*\/\s*$/, "")
          .trim();
      })
      .filter((e) => e.length > 0);
    return {
      entry,
      name: exported.name,
      kind: kindOf(decl),
      file: declFile.fileName.slice(ROOT.length),
      line: declFile.getLineAndCharacterOfPosition(decl.getStart(declFile)).line + 1,
      doc: docs
        .map((d) => commentText(d.comment))
        .join("\n")
        .trim(),
      examples,
      deprecated: tags.some((t) => t.tagName.text === "deprecated"),
    };
  });
}
