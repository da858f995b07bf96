/**
 * The manifest: valid as written and as built, and `npm run validate` fails on broken ones.
 * The XSD tests need Microsoft's schema set (../shared/schemas/office-addin-manifest or
 * PULS_MANIFEST_SCHEMAS); on a machine without it they are skipped and say so.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ownChecks } from "../../scripts/manifest/own-checks";
import { findSchemaFolder, schemaErrors } from "../../scripts/manifest/schema-check";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const schemas = findSchemaFolder(root);
const withSchemas = schemas === undefined ? it.skip : it;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { productionUrl, rewriteManifest } = require("../../build/manifest-url") as {
  productionUrl: (env: Record<string, string | undefined>) => string | undefined;
  rewriteManifest: (text: string, url: string | undefined) => string;
};

function broken(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe("manifest.xml as written", () => {
  it("passes the project's own checks", () => {
    expect(ownChecks(manifest)).toEqual([]);
  });

  withSchemas("is valid against Microsoft's XSD set", async () => {
    expect(await schemaErrors(manifest, "manifest.xml", schemas as string)).toEqual([]);
  });

  it("declares the shared runtime, the functions, the task pane button and Swedish overrides", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<bt:Override Locale="sv-SE" Value="https:\/\/localhost:3000\/functions-sv.json"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="PULS">\s*<bt:Override Locale="sv-SE" Value="PULS"\/>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Puls">\s*<Override Locale="sv-SE"/);
  });
});

describe("the production URL rewrite", () => {
  it("replaces every dev URL, not only the first", () => {
    const devCount = manifest.split("https://localhost:3000/").length - 1;
    expect(devCount).toBeGreaterThan(5);
    const rewritten = rewriteManifest(manifest, "https://puls.kommun.se/addin/");
    expect(rewritten).not.toContain("localhost:3000/");
    expect(rewritten.split("https://puls.kommun.se/addin/").length - 1).toBe(devCount);
    expect(ownChecks(rewritten)).toEqual([]);
  });

  it("takes the URL from PULS_PRODUCTION_URL, adds a final slash and refuses http", () => {
    expect(productionUrl({ PULS_PRODUCTION_URL: "https://puls.kommun.se/addin" })).toBe("https://puls.kommun.se/addin/");
    expect(productionUrl({})).toBeUndefined();
    expect(() => productionUrl({ PULS_PRODUCTION_URL: "http://puls.kommun.se/" })).toThrow("must be an https URL");
  });

  it("is applied by the build to dist/manifest.xml", () => {
    const out = mkdtempSync(path.join(tmpdir(), "puls-build-"));
    const build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PULS_PRODUCTION_URL: "https://puls.kommun.se/addin/" },
    });
    expect(build.status).toBe(0);
    const built = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(built).not.toContain("https://localhost");
    expect(built).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://puls.kommun.se/addin/taskpane.html"/>');
  });
});

describe("broken manifests are caught", () => {
  it("a resid that names no resource", () => {
    const text = broken('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Functions.Meta.Url"');
    expect(ownChecks(text)).toEqual([expect.stringContaining('<SourceLocation resid="Functions.Metadata.Url"> names no resource')]);
  });

  it("a resource id longer than 32 characters", () => {
    const text = manifest.split("TaskpaneButton.Tooltip").join("TaskpaneButton.TooltipThatIsFarTooLong");
    expect(ownChecks(text)).toEqual([expect.stringContaining('resource id "TaskpaneButton.TooltipThatIsFarTooLong" is longer than 32')]);
  });

  it("a short string over 125 characters", () => {
    const text = broken('DefaultValue="Puls is ready"', `DefaultValue="${"x".repeat(126)}"`);
    expect(ownChecks(text)).toEqual([expect.stringContaining("has 126 characters (at most 125)")]);
  });

  it("a URL that is not https", () => {
    const text = broken('<bt:Url id="Functions.Script.Url" DefaultValue="https://', '<bt:Url id="Functions.Script.Url" DefaultValue="http://');
    expect(ownChecks(text)).toEqual([expect.stringContaining("is not an https URL")]);
  });

  it("a task pane that does not share the functions' runtime", () => {
    const text = broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>');
    expect(ownChecks(text)).toEqual([expect.stringContaining("<FunctionFile> must use the runtime's resid")]);
  });

  it("XML that is not well-formed", () => {
    expect(ownChecks(manifest.replace("</Hosts>", "")).join("\n")).toContain("not well-formed");
  });

  withSchemas("a wrong element order, which only the XSD sees", async () => {
    const text = broken("<Version>0.1.0.0</Version>\n  <ProviderName>Puls</ProviderName>", "<ProviderName>Puls</ProviderName>\n  <Version>0.1.0.0</Version>");
    expect(ownChecks(text)).toEqual([]);
    const errors = await schemaErrors(text, "manifest.xml", schemas as string);
    expect(errors.join("\n")).toMatch(/ProviderName.*not expected|Version.*expected/);
  });

  withSchemas("npm run validate's script exits 1 and names the problem", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puls-manifest-"));
    const file = path.join(folder, "manifest.xml");
    writeFileSync(file, broken('<bt:Url id="Taskpane.Url"', '<bt:Url id="Taskpane.Page"'));
    const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/validate-manifest.ts", file], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('resid="Taskpane.Url"> names no resource');
  });
});
