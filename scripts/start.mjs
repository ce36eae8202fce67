// npm start: with Excel on this machine, sideload the add-in (office-addin-debugging through npx: it cannot be a
// dependency here, see README). Without Excel: serve the add-in over https on localhost (for Excel on the web) and the
// browser preview on the bundled sample workbook, and print how to use both.
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { setUpHttps } from "./httpsSetup.mjs";
import { serve, wantedPort } from "./serve.mjs";

function excelInstalled() {
  if (process.env.MENGWIJZER_NO_EXCEL) return false;
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((r) => existsSync(`${r}\\Microsoft Office\\root\\Office16\\EXCEL.EXE`));
  }
  return false;
}

if (excelInstalled()) {
  console.log("Excel gevonden: Mengwijzer wordt gesideload met office-addin-debugging (via npx) ...");
  const child = spawn("npx", ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server -- --env https"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("Geen Excel op deze computer gevonden; Mengwijzer wordt gebouwd en gestart ...");
  const setup = setUpHttps();
  if (!setup.https) console.log(setup.reason);
  const https = setup.https;
  const { child: server, port } = await serve({ https });
  const scheme = https ? "https" : "http";
  console.log(`
Mengwijzer draait nu op ${scheme}://localhost:${port}/ (gaat naar het browservoorbeeld)

1. Browservoorbeeld op de voorbeeldwerkmap (werkt zonder Excel):
     ${scheme}://localhost:${port}/preview.html

2. In Excel op het web (sideloaden):${https ? "" : "  (vereist https: installeer eerst een ontwikkelcertificaat met 'npx office-addin-dev-certs install')"}${port !== wantedPort ? `
     (manifest.xml verwijst naar poort ${wantedPort}; maak die poort vrij voordat u sideloadt)` : ""}
     - open een werkmap op excel.cloud.microsoft of office.com;
     - Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen >
       Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map;
     - de knop 'Mengwijzer openen' staat op het tabblad Start; typ =MENG. in een cel voor de functies.

Stop met Ctrl+C.
`);
  const stop = () => {
    server.kill();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
