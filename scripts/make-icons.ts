/**
 * Renders the add-in's icons (assets/icon-16/32/64/80/128.png) from one SVG.
 * Run after changing the design: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { Resvg } from "@resvg/resvg-js";
import { writeFileSync } from "node:fs";
import path from "node:path";

// A pulse line on a rounded square: "Puls". Thicker strokes at small sizes stay legible.
function iconSvg(size: number): string {
  const stroke = size <= 16 ? 2.6 : size <= 32 ? 2.2 : 1.8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
  <rect x="0.5" y="0.5" width="23" height="23" rx="5" fill="#0f6cbd"/>
  <polyline points="3,13 7.5,13 9.5,7 13,18 15.5,10 17,13 21,13" fill="none" stroke="#ffffff"
    stroke-width="${stroke}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

for (const size of [16, 32, 64, 80, 128]) {
  const png = new Resvg(iconSvg(size), { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png);
}
console.log("assets/icon-{16,32,64,80,128}.png written");
