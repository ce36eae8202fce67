/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell grids. */
/** Placeholder: filled by the work on this module. Exports its part of the registry (see registry.ts). */
export const allocationFunctions = {};
