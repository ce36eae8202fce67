/**
 * npm start / npm run preview, piece by piece (a full dev build takes a minute; the e2e run builds once already):
 * the next free port when the wanted one is taken, the https attempt that leaves no certificates behind and says so in
 * one line, the "/" redirect, and the build-stage lines. The .mjs scripts run in a child Node process, as npm runs them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");

function runModule(code: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
}

describe("npm start / npm run preview", () => {
  it("moves to the next free port when the wanted one is taken", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "localhost", resolve));
    const taken = (holder.address() as AddressInfo).port;
    try {
      const out = runModule(`import { freePort } from "./scripts/serve.mjs"; console.log(await freePort(${taken}));`);
      expect(Number(out.trim())).toBeGreaterThan(taken);
    } finally {
      holder.close();
    }
  });

  describe("https that cannot be set up", () => {
    let home: string;
    beforeEach(() => {
      home = mkdtempSync(join(tmpdir(), "mengwijzer-home-"));
    });
    afterEach(() => rmSync(home, { recursive: true, force: true }));

    // A stand-in for office-addin-dev-certs on a machine without a trust store: it writes its files, then fails loudly.
    const failingAttempt = (dir: string) =>
      `const fs=require("fs");fs.mkdirSync(${JSON.stringify(dir)},{recursive:true});fs.writeFileSync(${JSON.stringify(join(dir, "ca.crt"))},"x");` +
      `console.log("sudo: a terminal is required to read the password");process.exit(1);`;

    it("gives one short line, no tool output, and removes the certificate folder it made", () => {
      const dir = join(home, ".office-addin-dev-certs");
      const out = runModule(`import { setUpHttps } from "./scripts/httpsSetup.mjs"; console.log(JSON.stringify(setUpHttps()));`, {
        HOME: home,
        USERPROFILE: home,
        MENGWIJZER_CERT_ATTEMPT: failingAttempt(dir),
      });
      const result = JSON.parse(out.trim());
      expect(result.https).toBe(false);
      expect(result.reason).toMatch(/^Https is hier niet mogelijk/);
      expect(result.reason).not.toMatch(/sudo|terminal|\n/);
      expect(existsSync(dir)).toBe(false);
    });

    it("keeps a certificate folder that was there before, removing only what the attempt added", () => {
      const dir = join(home, ".office-addin-dev-certs");
      mkdirSync(dir);
      writeFileSync(join(dir, "eigen.txt"), "van de gebruiker");
      runModule(`import { setUpHttps } from "./scripts/httpsSetup.mjs"; setUpHttps();`, { HOME: home, USERPROFILE: home, MENGWIJZER_CERT_ATTEMPT: failingAttempt(dir) });
      expect(readdirSync(dir)).toEqual(["eigen.txt"]);
    });
  });

  it("redirects / to the preview and leaves other paths alone", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(join(root, "webpack.config.js"));
    const config = await configure({}, { mode: "development" });
    const middlewares = config.devServer.setupMiddlewares([], {});
    const redirect = middlewares[0].middleware;
    const call = (url: string) => {
      const res = { status: 0, headers: {} as Record<string, string>, writeHead(s: number, h: Record<string, string>) { this.status = s; this.headers = h; }, end() {} };
      let passed = false;
      redirect({ method: "GET", url }, res, () => (passed = true));
      return { status: res.status, location: res.headers.Location, passed };
    };
    expect(call("/")).toEqual({ status: 302, location: "/preview.html", passed: false });
    expect(call("/?vertraging=400")).toEqual({ status: 302, location: "/preview.html?vertraging=400", passed: false });
    expect(call("/taskpane.html").passed).toBe(true);
  });

  it("prints one line per build stage, in Dutch, then how long it took", async () => {
    const old = process.env.MENGWIJZER_STAGES;
    process.env.MENGWIJZER_STAGES = "1";
    const lines: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = await require(join(root, "webpack.config.js"))({}, { mode: "development" });
      const plugin = config.plugins[config.plugins.length - 1];
      for (const fraction of [0, 0.05, 0.1, 0.12, 0.3, 0.5, 0.71, 0.8, 0.96, 1, 1]) plugin.handler(fraction, "");
    } finally {
      log.mockRestore();
      if (old === undefined) delete process.env.MENGWIJZER_STAGES;
      else process.env.MENGWIJZER_STAGES = old;
    }
    const stages = lines.map((l) => l.replace("::mengwijzer-stage::", ""));
    expect(stages).toHaveLength(5);
    expect(stages.slice(0, 4).every((l) => l.startsWith("Bouwen: "))).toBe(true);
    expect(stages[4]).toMatch(/^Bouwen klaar na \d+ s\.$/);
  });
});
