// Starts webpack's dev server for the add-in and the browser preview. Shared by start.mjs and preview.mjs.
// Prints one line per build stage (webpack's ProgressPlugin, see webpack.config.js), moves to the next free port when
// the wanted one is taken (and says so), and keeps webpack's own text out of sight unless the server does not come up.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

export const wantedPort = Number(process.env.PORT || 3000);

/** True when nothing listens on `port` (on localhost). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "localhost", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start` on (at most 50 tries). */
export async function freePort(start = wantedPort) {
  for (let port = start; port < start + 50; port++) if (await isFree(port)) return port;
  throw new Error(`Geen vrije poort gevonden tussen ${start} en ${start + 49}.`);
}

/** Marker before the stage lines that webpack.config.js prints when MENGWIJZER_STAGES is set. */
export const STAGE_MARKER = "::mengwijzer-stage::";

/**
 * Runs `webpack serve` on a free port; resolves with { child, port } once the first build is done. With https, the
 * development certificate must already be installed (start.mjs checks that first).
 */
export async function serve({ https, log = console.log }) {
  const port = await freePort(wantedPort);
  if (port !== wantedPort) log(`Poort ${wantedPort} is bezet; Mengwijzer gebruikt poort ${port}.`);
  const args = ["webpack", "serve", "--mode", "development", "--port", String(port)];
  if (https) args.push("--env", "https");
  const child = spawn("npx", args, {
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
    env: { ...process.env, MENGWIJZER_STAGES: "1" },
  });
  return new Promise((resolve, reject) => {
    let ready = false;
    let errorText = "";
    let pending = "";
    child.stderr.on("data", (data) => {
      errorText += data.toString();
      if (ready) process.stderr.write(data);
    });
    child.stdout.on("data", (data) => {
      pending += data.toString();
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) {
        const at = line.indexOf(STAGE_MARKER);
        if (at >= 0 && !ready) log(`  ${line.slice(at + STAGE_MARKER.length).trim()}`);
        else if (/compiled with \d+ error|ERROR/.test(line)) process.stdout.write(`${line}\n`);
        if (!ready && /compiled (successfully|with \d+ warning)/.test(line)) {
          ready = true;
          resolve({ child, port });
        }
      }
    });
    child.on("exit", (code) => {
      const reason = errorText.split("\n").find((line) => /Error:/.test(line))?.trim();
      if (!ready) reject(new Error(reason ?? `webpack serve stopped (exit ${code})`));
    });
  });
}
