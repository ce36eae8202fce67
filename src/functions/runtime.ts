/**
 * Entry of the shared runtime's custom functions: register the registry, nothing else.
 * (custom-functions-metadata-plugin also appends associate calls for the JSDoc'd functions; they name the same ids and
 * the same function objects as the registry, which a test checks.)
 */
import { customFunctions } from "./registry";

for (const [id, fn] of Object.entries(customFunctions)) {
  CustomFunctions.associate(id, fn as (...args: unknown[]) => unknown);
}
