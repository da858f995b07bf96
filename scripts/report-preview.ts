/**
 * `npm run report:preview`: the demo's reports as a reader sees them. Converts every report in
 * out/demo/rapporter (run `npm run demo` first) to PDF with LibreOffice and every page of each to
 * PNG with pdftoppm (PULS_PREVIEW_PAGES=N for the first N only), into out/demo/forhandsvisning, and
 * prints the paths to look at.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const reports = path.resolve(process.argv[2] ?? "out/demo/rapporter");
const preview = path.join(path.dirname(reports), "forhandsvisning");
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((candidate) => existsSync(candidate));
const pages = process.env.PULS_PREVIEW_PAGES === undefined ? undefined : Number(process.env.PULS_PREVIEW_PAGES);

if (!existsSync(reports)) {
  console.error(`Hittar inga rapporter i ${reports}: kör först npm run demo.`);
  process.exit(1);
}
if (soffice === undefined || !existsSync("/usr/bin/pdftoppm")) {
  console.error("Förhandsvisningen behöver LibreOffice och poppler-utils (apt-get install libreoffice-calc libreoffice-writer poppler-utils).");
  process.exit(1);
}
rmSync(preview, { recursive: true, force: true });
mkdirSync(preview, { recursive: true });
const files = readdirSync(reports).filter((name) => /\.(xlsx|docx)$/.test(name)).sort();
for (const name of files) {
  // One folder per report, since "X.xlsx" and "X.docx" would both become "X.pdf".
  const out = path.join(preview, name.replace(/\./g, "-"));
  mkdirSync(out);
  execFileSync(soffice, [`-env:UserInstallation=file://${path.join(preview, ".profile")}`, "--headless", "--convert-to", "pdf", "--outdir", out, path.join(reports, name)], { stdio: "ignore" });
  const pdf = path.join(out, name.replace(/\.(xlsx|docx)$/, ".pdf"));
  if (!existsSync(pdf)) {
    console.error(`${name}: LibreOffice gjorde ingen PDF.`);
    process.exitCode = 1;
    continue;
  }
  execFileSync("/usr/bin/pdftoppm", ["-r", "80", "-png", ...(pages === undefined ? [] : ["-f", "1", "-l", String(pages)]), pdf, path.join(out, "sida")]);
  console.log(`${name}\n  ${pdf}\n${readdirSync(out).filter((file) => file.endsWith(".png")).map((file) => `  ${path.join(out, file)}`).join("\n")}`);
}
