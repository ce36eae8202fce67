// Whether npm start can serve over https: office-addin-dev-certs makes and trusts a localhost certificate, which on
// Linux needs sudo and a trust store. The attempt runs in a child process with its output captured (never shown as
// raw tool text) and no terminal to prompt on; when it fails, anything it left in the certificate folder that was not
// there before is removed, and one short line says why and what to do.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** office-addin-dev-certs' folder (its defaults.certificateDirectory). */
export function certificateDirectory() {
  return join(homedir(), ".office-addin-dev-certs");
}

const ATTEMPT = `require("office-addin-dev-certs").getHttpsServerOptions().then(() => process.exit(0), () => process.exit(1));`;

/**
 * Resolves { https: true } when a trusted certificate is in place (made now or earlier), else { https: false, reason }.
 * `attempt` (for tests) replaces the child's script.
 */
export function setUpHttps({ attempt = process.env.MENGWIJZER_CERT_ATTEMPT ?? ATTEMPT, timeoutMs = 60_000 } = {}) {
  const dir = certificateDirectory();
  const before = existsSync(dir) ? new Set(readdirSync(dir)) : null;
  const result = spawnSync(process.execPath, ["-e", attempt], { stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs, env: process.env });
  if (result.status === 0) return { https: true };
  // Leave nothing behind that this attempt made.
  if (before === null) rmSync(dir, { recursive: true, force: true });
  else if (existsSync(dir)) for (const name of readdirSync(dir)) if (!before.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  return {
    https: false,
    reason: "Https is hier niet mogelijk (geen vertrouwd ontwikkelcertificaat; dat vraagt beheerdersrechten). / HTTPS is not available here (no trusted development certificate).",
  };
}
