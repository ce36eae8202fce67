/**
 * The project's shared folder (domain texts, seeds, Microsoft's schemas) for the tests that need it, and what happens
 * when it, or a tool, is missing. The folder is $MENGWIJZER_SHARED, else `../shared` beside the repository root.
 *
 * Missing under CI (CI set, e.g. CI=true): the test file fails at once with one line naming what is missing and how
 * to provide it, so a CI run can never go green with checks silently left out. Missing on a developer's machine: the
 * dependent tests are skipped (Jest counts them as skipped) and a notice says which and why.
 *
 * Public data sets that the tests need are committed under test/core/fixtures and never come from here.
 */
import * as fs from "fs";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..");

type Env = Record<string, string | undefined>;

/** CI as the usual CI services set it: any value but "", "0" or "false". */
export function underCI(env: Env = process.env): boolean {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false";
}

/** The shared folder as configured (it may not exist). */
export function sharedRoot(env: Env = process.env): string {
  const configured = env.MENGWIJZER_SHARED?.trim();
  return configured ? path.resolve(REPO_ROOT, configured) : path.resolve(REPO_ROOT, "../shared");
}

/** Thrown under CI when something a test needs is missing. */
export class MissingUnderCI extends Error {
  constructor(what: string, fix: string) {
    super(`${what} is missing and CI is set, so the tests that need it fail instead of being skipped. ${fix}`);
    this.name = "MissingUnderCI";
  }
}

/**
 * `sub` inside the shared folder (e.g. "seeds"), or null (locally, with a notice) when it is absent; under CI a missing
 * folder throws MissingUnderCI. `purpose` names the tests that need it.
 */
export function sharedPath(sub: string, purpose: string, env: Env = process.env, notice: (line: string) => void = console.warn): string | null {
  const dir = path.join(sharedRoot(env), sub);
  if (fs.existsSync(dir)) return dir;
  const what = `The shared folder '${sub}' (looked in ${dir})`;
  const fix = "Put the project's shared folder beside the repository as ../shared, or set MENGWIJZER_SHARED to it.";
  if (underCI(env)) throw new MissingUnderCI(what, fix);
  notice(`SKIPPED ${purpose}: ${what} is not there. ${fix}`);
  return null;
}

/** True when the tool is available; false (locally, with a notice) when not; under CI a missing tool throws. */
export function requireTool(available: boolean, tool: string, purpose: string, install: string, env: Env = process.env, notice: (line: string) => void = console.warn): boolean {
  if (available) return true;
  if (underCI(env)) throw new MissingUnderCI(`The tool ${tool}`, install);
  notice(`SKIPPED ${purpose}: ${tool} is not installed. ${install}`);
  return false;
}
