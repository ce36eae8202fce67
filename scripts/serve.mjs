// Starts webpack's dev server for the add-in and the browser preview. Shared by start.mjs and preview.mjs.
import { spawn } from "node:child_process";

export const port = Number(process.env.PORT || 3000);

/** Runs `webpack serve`; with https, office-addin-dev-certs provides a localhost certificate. */
export function serve({ https }) {
  const args = ["webpack", "serve", "--mode", "development", "--port", String(port)];
  if (https) args.push("--env", "https");
  const child = spawn("npx", args, { stdio: ["ignore", "pipe", "pipe"], shell: process.platform === "win32" });
  return new Promise((resolve, reject) => {
    let ready = false;
    let errorText = "";
    // webpack's own messages stay quiet unless the server does not come up; then the first error line is the reason.
    child.stderr.on("data", (data) => {
      errorText += data.toString();
      if (ready) process.stderr.write(data);
    });
    child.stdout.on("data", (data) => {
      const text = data.toString();
      if (!ready && /compiled (successfully|with \d+ warning)/.test(text)) {
        ready = true;
        resolve(child);
      }
      if (/compiled with \d+ error|ERROR/.test(text)) process.stdout.write(text);
    });
    child.on("exit", (code) => {
      const reason = errorText.split("\n").find((line) => /Error:/.test(line))?.trim();
      if (!ready) reject(new Error(reason ?? `webpack serve stopped (exit ${code})`));
    });
  });
}
