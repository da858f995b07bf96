/**
 * Every Office.js member the pane calls is inside the requirement sets the manifest declares, or
 * is guarded by what `isSetSupported` said (the pane's Capabilities). The members are found with
 * TypeScript's checker (each property access whose declaration is in @types/office-js), their
 * sets read from the declarations' `[Api set: …]` notes. A member above the declared sets counts
 * as guarded when a function around it reads the capability that covers its version (a check
 * "near" the use, not a proof of every path: the writers test the fallbacks themselves).
 */
import { readFileSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");
// Real paths: node_modules may be a link to another checkout.
const officeTypes = realpathSync(path.join(root, "node_modules", "@types", "office-js", "index.d.ts"));
const paneFiles = [...readdirSync(path.join(root, "src/taskpane/excel")).map((name) => path.join(root, "src/taskpane/excel", name)), path.join(root, "src/taskpane/start.tsx")];

/** The capabilities (src/taskpane/excel/capabilities.ts) and the set each stands for. */
const CAPABILITY_SETS: Readonly<Record<string, { readonly set: string; readonly version: number }>> = {
  charts: { set: "ExcelApi", version: 1.7 },
  createWorkbook: { set: "ExcelApi", version: 1.8 },
  images: { set: "ExcelApi", version: 1.9 },
  pageLayout: { set: "ExcelApi", version: 1.9 },
};

/** The sets the manifest declares, and ExcelApi 1.1, which every Excel that runs Excel.run has. */
function declaredSets(): Map<string, number> {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifest)?.[1] ?? "";
  const sets = new Map<string, number>([["ExcelApi", 1.1]]);
  for (const match of requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([\d.]+)"/g)) sets.set(match[1] ?? "", Number(match[2]));
  return sets;
}

const apiSet = (text: string) => {
  const match = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/.exec(text);
  return match === null ? null : { set: match[1] ?? "", version: Number(match[2]) };
};

interface Use {
  readonly member: string;
  readonly set: string;
  readonly version: number;
  readonly where: string;
  readonly guarded: boolean;
}

function officeMembersUsed(): Use[] {
  const program = ts.createProgram(paneFiles, { strict: true, jsx: ts.JsxEmit.ReactJSX, types: ["office-js"], skipLibCheck: true, noEmit: true, esModuleInterop: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of paneFiles) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        if (declaration !== undefined && realpathSync(declaration.getSourceFile().fileName) === officeTypes) {
          const docs = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
          const needs = apiSet(docs);
          if (needs !== null) {
            const covering = Object.keys(CAPABILITY_SETS).filter((cap) => CAPABILITY_SETS[cap]?.set === needs.set && (CAPABILITY_SETS[cap]?.version ?? 0) >= needs.version);
            let guarded = false;
            for (let around: ts.Node | undefined = node.parent; around !== undefined && !guarded; around = around.parent) {
              if (ts.isFunctionLike(around)) guarded = covering.some((cap) => new RegExp(`capabilities\\.${cap}\\b`).test(around.getText()));
            }
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            uses.push({ member: `${checker.getFullyQualifiedName(symbol as ts.Symbol)}`, ...needs, where: `${path.relative(root, file)}:${line + 1}`, guarded });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe("the Office.js members the pane uses", () => {
  const uses = officeMembersUsed();

  it("are found, each with its requirement set", () => {
    // Excel.run, ranges and worksheets at least: an empty list would mean the scan found nothing.
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.some((use) => use.set === "ExcelApi")).toBe(true);
  });

  it("are inside the manifest's declared sets or guarded by the capability isSetSupported gave", () => {
    const declared = declaredSets();
    const outside = uses.filter((use) => use.version > (declared.get(use.set) ?? 0) && !use.guarded).map((use) => `${use.member} needs ${use.set} ${use.version} (${use.where})`);
    expect(outside).toEqual([]);
  });
});
