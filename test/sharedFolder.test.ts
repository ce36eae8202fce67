import { spawnSync } from "child_process";
import * as path from "path";
import { MissingUnderCI, REPO_ROOT, requireTool, sharedPath, sharedRoot, underCI } from "./sharedFolder";

describe("the shared folder and missing tools", () => {
  const nowhere = path.join(REPO_ROOT, "test", "no-such-shared-folder");

  test("found beside the repository, or where MENGWIJZER_SHARED points", () => {
    expect(sharedRoot({})).toBe(path.resolve(REPO_ROOT, "../shared"));
    expect(sharedRoot({ MENGWIJZER_SHARED: nowhere })).toBe(nowhere);
  });

  test("CI=true and the folder missing: throws one clear line instead of skipping", () => {
    const notices: string[] = [];
    expect(() => sharedPath("seeds", "the seed checks", { CI: "true", MENGWIJZER_SHARED: nowhere }, (l) => notices.push(l))).toThrow(MissingUnderCI);
    expect(() => sharedPath("seeds", "the seed checks", { CI: "1", MENGWIJZER_SHARED: nowhere })).toThrow(/shared folder 'seeds'.*missing and CI is set/);
    expect(notices).toEqual([]);
  });

  test("locally: null and a printed notice naming the skipped tests", () => {
    const notices: string[] = [];
    expect(sharedPath("seeds", "the seed checks", { MENGWIJZER_SHARED: nowhere }, (l) => notices.push(l))).toBeNull();
    expect(sharedPath("seeds", "the seed checks", { CI: "false", MENGWIJZER_SHARED: nowhere }, (l) => notices.push(l))).toBeNull();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^SKIPPED the seed checks: .*no-such-shared-folder/);
  });

  test("a missing tool: fails under CI, skips with a notice locally, passes when present", () => {
    const notices: string[] = [];
    expect(() => requireTool(false, "xmllint", "the XSD check", "apt-get install libxml2-utils", { CI: "true" })).toThrow(/xmllint is missing and CI is set/);
    expect(requireTool(false, "xmllint", "the XSD check", "apt-get install libxml2-utils", {}, (l) => notices.push(l))).toBe(false);
    expect(requireTool(true, "xmllint", "the XSD check", "", { CI: "true" })).toBe(true);
    expect(notices).toEqual(["SKIPPED the XSD check: xmllint is not installed. apt-get install libxml2-utils"]);
  });

  test("CI values", () => {
    expect(underCI({ CI: "true" })).toBe(true);
    expect(underCI({ CI: "1" })).toBe(true);
    expect(underCI({ CI: "false" })).toBe(false);
    expect(underCI({ CI: "0" })).toBe(false);
    expect(underCI({})).toBe(false);
  });
});

describe("a real Jest run with the shared folder missing", () => {
  // Runs Jest on the two files that need ../shared, pointed at a folder that does not exist.
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--ci", "test/core/catalogue.test.ts", "test/manifest/manifest.test.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, MENGWIJZER_SHARED: path.join(REPO_ROOT, "test", "no-such-shared-folder"), ...env },
      encoding: "utf8",
    });

  test("CI=true: the run fails and says what is missing", () => {
    const result = run({ CI: "true" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/The shared folder 'seeds' .* is missing and CI is set/);
    expect(result.stderr).toMatch(/The shared folder 'office-schemas' .* is missing and CI is set/);
  }, 120_000);

  test("locally: the run passes, the dependent tests are counted as skipped, with a notice", () => {
    const result = run({ CI: "" });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/SKIPPED catalogue\.test/);
    expect(result.stderr).toMatch(/Tests:\s+3 skipped/);
  }, 120_000);
});
