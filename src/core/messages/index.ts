/**
 * The catalogue of every Dutch error message, one module per domain, merged here so there is one place to read and
 * translate them all. Core code throws `messages.<domain>.<key>(...)`, never an inline string.
 */
import { checklistMessages } from "./checklist";
import { indexMessages } from "./indices";
import { mappingMessages, partnerMessages } from "./mapping";
import { vitalityMessages } from "./vitality";
import { partnerCopyMessages } from "./partner";
import { allocationMessages } from "./allocation";
import { normMessages, overrideProblems } from "./norms";
import { changeMessages } from "./change";
import { fileMessages } from "./files";
import { cellMessages } from "./cells";
import { rowMessages } from "./rows";
import { scenarioMessages } from "./scenario";

export const messages = {
  indices: indexMessages,
  mapping: mappingMessages,
  partner: partnerMessages,
  partnerCopy: partnerCopyMessages,
  checklist: checklistMessages,
  vitality: vitalityMessages,
  allocation: allocationMessages,
  norms: normMessages,
  normOverrides: overrideProblems,
  change: changeMessages,
  files: fileMessages,
  cells: cellMessages,
  rows: rowMessages,
  scenario: scenarioMessages,
} as const;
