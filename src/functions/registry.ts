/**
 * The one registry of custom functions: id → implementation. The runtime registers exactly this map with
 * CustomFunctions.associate; Node code (tests, benchmarks) imports it and calls a function the way Excel does.
 */
import * as mix from "./mixFunctions";

export const customFunctions = {
  SHARE: mix.share,
} as const;

export type CustomFunctionId = keyof typeof customFunctions;
