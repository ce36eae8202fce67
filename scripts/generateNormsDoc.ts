/**
 * Writes docs/normen.md from the built-in norms table (src/core/norms/table.ts). Run after every change to the table:
 *   npx tsx scripts/generateNormsDoc.ts
 * test/core/normsDoc.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderNormsDoc } from "../src/core/norms/renderNormsDoc";

const target = path.resolve(__dirname, "..", "docs", "normen.md");
writeFileSync(target, renderNormsDoc(), "utf8");
console.log(`Geschreven: ${path.relative(process.cwd(), target)}`);
