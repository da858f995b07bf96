/**
 * The manifest's development URL and its rewrite for production builds.
 *
 * manifest.xml points at https://localhost:3000/ (the dev server). A production build replaces
 * every occurrence (not only the first, as Microsoft's template does) with PULS_PRODUCTION_URL.
 */
const DEV_URL = "https://localhost:3000/";

/** The production base URL from the environment, checked; undefined when not set. */
function productionUrl(env = process.env) {
  const url = env.PULS_PRODUCTION_URL;
  if (url === undefined || url.trim() === "") return undefined;
  const trimmed = url.trim();
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(trimmed)) {
    throw new Error(`PULS_PRODUCTION_URL must be an https URL, e.g. https://puls.kommun.se/addin/ (got "${url}")`);
  }
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}

/** The manifest text with every dev URL replaced by `url`. */
function rewriteManifest(text, url) {
  return url === undefined ? text : text.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, productionUrl, rewriteManifest };
