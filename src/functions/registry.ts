/**
 * The one registry of custom functions: id → implementation. The runtime registers exactly this map with
 * CustomFunctions.associate; Node code (tests, benchmarks) imports it and calls a function the way Excel does.
 * Each functions module exports its own part of the map; ids are the fixed ids of BRIEF.md.
 */
import { compositionFunctions } from "./mixFunctions";
import { segregationFunctions } from "./segregationFunctions";
import { ruleFunctions } from "./ruleFunctions";
import { allocationFunctions } from "./allocationFunctions";
import { vitalityFunctions } from "./vitalityFunctions";
import { changeFunctions } from "./changeFunctions";
import { scenarioFunctions } from "./scenarioFunctions";

export const customFunctions = {
  ...compositionFunctions,
  ...segregationFunctions,
  ...ruleFunctions,
  ...allocationFunctions,
  ...vitalityFunctions,
  ...changeFunctions,
  ...scenarioFunctions,
} as const;

export type CustomFunctionId = keyof typeof customFunctions;
