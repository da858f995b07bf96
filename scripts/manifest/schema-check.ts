/**
 * XSD validation of an add-in manifest against Microsoft's schema set, offline, with xmllint-wasm.
 *
 * The schema set is not part of this project (its licence allows redistribution, but the project
 * keeps it outside): it is looked up in PULS_MANIFEST_SCHEMAS, else in
 * ../shared/schemas/office-addin-manifest beside the checkout. Without it, only the project's own
 * checks run, and the caller says so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The folder holding the XSD set, or undefined when it is not on this machine. */
export function findSchemaFolder(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.PULS_MANIFEST_SCHEMAS, path.resolve(projectRoot, "..", "shared", "schemas", "office-addin-manifest")];
  return candidates.find((folder): folder is string => folder !== undefined && folder !== "" && existsSync(path.join(folder, MAIN_SCHEMA)));
}

/** The schema errors of a manifest, each as "line N: message"; empty when it is valid. */
export async function schemaErrors(manifestText: string, fileName: string, schemaFolder: string): Promise<string[]> {
  const load = (name: string) => ({ fileName: name, contents: readFileSync(path.join(schemaFolder, name), "utf8") });
  const others = readdirSync(schemaFolder).filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: manifestText }],
    schema: [load(MAIN_SCHEMA)],
    preload: others.map(load),
  });
  return result.errors.map((error) => (error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.rawMessage).trim());
}
