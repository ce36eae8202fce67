// Lint: TypeScript rules everywhere, and a boundary: the pure core imports neither Office.js nor React.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/shims/**", "*.config.js", "*.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Typed rules: a promise is awaited, returned, or explicitly dropped with `void`, and never handed to something
    // that ignores it (an event handler, a forEach).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "The core stays free of UI code." },
            { group: ["**/functions/*", "**/taskpane/*", "**/workbook/*", "**/preview/*"], message: "The core does not import adapters." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The core does not use Office.js." },
        { name: "Excel", message: "The core does not use Office.js." },
        { name: "CustomFunctions", message: "The core does not use Office.js." },
      ],
    },
  },
  {
    files: ["scripts/**/*.{js,mjs,cjs}", ".ci/**/*.js", "bench/**/*.js"],
    languageOptions: {
      globals: {
        require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly",
        Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", fetch: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
