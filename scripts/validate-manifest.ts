/**
 * `npm run validate`: checks manifest.xml and dist/manifest.xml offline.
 *
 * The XSD part runs when Microsoft's schema set is found (PULS_MANIFEST_SCHEMAS, or
 * ../shared/schemas/office-addin-manifest); otherwise it is skipped, and this says so plainly.
 * The project's own checks (resources, lengths, https, shared runtime) always run.
 * Usage: tsx scripts/validate-manifest.ts [manifest …]   (default: manifest.xml dist/manifest.xml)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ownChecks } from "./manifest/own-checks";
import { findSchemaFolder, schemaErrors } from "./manifest/schema-check";

async function main(): Promise<number> {
  const root = path.resolve(__dirname, "..");
  const files = process.argv.length > 2 ? process.argv.slice(2) : ["manifest.xml", "dist/manifest.xml"];
  const schemas = findSchemaFolder(root);
  if (schemas === undefined) {
    console.log("XSD validation skipped: Microsoft's manifest schemas were not found (set PULS_MANIFEST_SCHEMAS to their folder). Running the project's own checks only.");
  }
  let failed = 0;
  for (const file of files) {
    const fullPath = path.resolve(root, file);
    if (!existsSync(fullPath)) {
      console.error(`${file}: not found${file.startsWith("dist") ? " (run npm run build first)" : ""}`);
      failed += 1;
      continue;
    }
    const text = readFileSync(fullPath, "utf8");
    const problems = [...ownChecks(text), ...(schemas === undefined ? [] : await schemaErrors(text, file, schemas))];
    if (problems.length === 0) {
      console.log(`${file}: valid${schemas === undefined ? " (own checks; XSD skipped)" : " (XSD and own checks)"}`);
    } else {
      failed += 1;
      console.error(`${file}: ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  ${problem}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Manifest validation could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
