/**
 * The production manifest for a corporation's own static https host (centralized deployment through the Microsoft 365
 * admin centre): the development manifest.xml with every https://localhost:3000 address replaced by the host's base URL,
 * and checks that nothing else is fetched from anywhere but that host and Office's own script.
 *
 * Pure (no Office.js, no file system): scripts/buildProduction.ts does the files, test/deploy tests this.
 *
 * @example
 * productionManifest(devManifest, normalizeBaseUrl("https://apps.corporatie.nl/mengwijzer"))
 * // every "https://localhost:3000/taskpane.html" becomes "https://apps.corporatie.nl/mengwijzer/taskpane.html",
 * // <AppDomain>https://localhost:3000</AppDomain> becomes <AppDomain>https://apps.corporatie.nl</AppDomain>
 */

/** The origin the development manifest points at (webpack dev server, office-addin-dev-certs). */
export const DEVELOPMENT_ORIGIN = "https://localhost:3000";

/** The one script the add-in loads from elsewhere: Office.js from Microsoft's CDN, which Office requires. */
export const OFFICE_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * A base URL the manifest can point at: https, a real host name (no localhost or loopback address), no user name,
 * query or fragment; always ending in "/". Throws an Error with a Dutch message that says what to fix.
 */
export function normalizeBaseUrl(input: string): string {
  const text = (input ?? "").trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is geen volledig webadres. Geef het adres van uw eigen https-server, bijvoorbeeld https://apps.uwcorporatie.nl/mengwijzer/.`);
  }
  if (url.protocol !== "https:") throw new Error(`Het adres moet met https:// beginnen (Office laadt invoegtoepassingen alleen via https); u gaf ${text}.`);
  if (LOOPBACK_HOSTS.test(url.hostname) || url.hostname.endsWith(".localhost")) {
    throw new Error(`${url.hostname} is alleen op uw eigen computer bereikbaar. Geef het adres van de server waarop uw organisatie de bestanden zet.`);
  }
  if (url.username || url.password) throw new Error("Het adres mag geen gebruikersnaam of wachtwoord bevatten.");
  if (url.search || url.hash) throw new Error("Het adres mag geen ?-deel of #-deel hebben: alleen de map waarin de bestanden staan.");
  if (/[<>"'&\s]/.test(url.href)) throw new Error("Het adres bevat tekens die niet in een manifest passen (< > \" ' & of spaties).");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest for `baseUrl` (from normalizeBaseUrl). Throws when an address of the development host would remain. */
export function productionManifest(developmentManifest: string, baseUrl: string): string {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const out = developmentManifest
    .split(`${DEVELOPMENT_ORIGIN}/`).join(base)
    .replace(new RegExp(`<AppDomain>${DEVELOPMENT_ORIGIN}</AppDomain>`, "g"), `<AppDomain>${origin}</AppDomain>`)
    // Comments about the development setup do not belong in a deployed manifest.
    .replace(/<!--[\s\S]*?-->\s*/g, "");
  const left = /localhost|127\.0\.0\.1/i.exec(out);
  if (left) throw new Error(`Het manifest verwijst nog naar ${left[0]} (bij teken ${left.index}); pas manifest.xml aan.`);
  return out;
}

/** Every absolute http(s) address in a manifest, in order. */
export function manifestUrls(manifest: string): string[] {
  return [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
}

/**
 * What a built page or script would fetch from another host: script/link/img/iframe sources and CSS url(...) in HTML
 * and CSS, dynamic import()/importScripts()/fetch()/new Worker() of an absolute address in JavaScript. Office.js from
 * Microsoft's CDN is allowed (OFFICE_SCRIPT). Plain address strings inside a bundle (documentation links in error
 * texts, XML namespace names such as http://schemas.openxmlformats.org/...) are not fetched and are not reported.
 */
export function externalLoads(fileName: string, text: string): string[] {
  const found: string[] = [];
  const add = (url: string) => {
    if (url !== OFFICE_SCRIPT) found.push(url);
  };
  if (/\.(html?|css)$/i.test(fileName)) {
    for (const m of text.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"' >]+)/gi)) add(m[1]);
    for (const m of text.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?\/\/[^"' >]+)/gi)) add(m[1]);
    for (const m of text.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) add(m[1]);
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']((?:https?:)?\/\/[^"']+)/gi)) add(m[1]);
  }
  if (/\.m?js$/i.test(fileName)) {
    for (const m of text.matchAll(/\b(?:import|importScripts|fetch)\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) add(m[1]);
    for (const m of text.matchAll(/new\s+(?:Shared)?Worker\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) add(m[1]);
    for (const m of text.matchAll(/\.p\s*=\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) add(m[1]); // webpack publicPath
  }
  return found;
}
