/** The one seeded generator lives in the core (src/core/seededRandom.ts), where the bootstrap also uses it. */
export * from "../src/core/seededRandom";
