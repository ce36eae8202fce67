/** Jest: ts-jest without type checking (tsc --noEmit checks types once, see npm test). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls ESM-only packages through office-addin-manifest; it only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/shims/officeAddinManifest.js",
  },
};
