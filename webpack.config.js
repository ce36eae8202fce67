/* eslint-disable */
// Build of the add-in: the shared runtime page (custom functions + task pane in one page), the ribbon commands and the
// browser preview. custom-functions-metadata-plugin writes functions.json (Dutch, the default locale nl-NL) from the
// JSDoc; a small step here derives functions-en.json (en-US names) from it with src/functions/localization.ts.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, ProgressPlugin } = require("webpack");
require("tsx/cjs"); // lets this config require the TypeScript localization tables
const { toEnglishMetadata } = require("./src/functions/localization.ts");
const { englishMetadata } = require("./src/functions/englishNames.ts");

const functionFiles = [
  "./src/functions/mixFunctions.ts",
  "./src/functions/segregationFunctions.ts",
  "./src/functions/ruleFunctions.ts",
  "./src/functions/allocationFunctions.ts",
  "./src/functions/vitalityFunctions.ts",
  "./src/functions/changeFunctions.ts",
  "./src/functions/scenarioFunctions.ts",
].filter((f) => require("fs").existsSync(path.resolve(__dirname, f)));

/** Emits functions-en.json next to functions.json: same ids, English names and descriptions. */
class EnglishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EnglishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EnglishMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const dutch = compilation.getAsset("functions.json");
          if (!dutch) return;
          try {
            const english = toEnglishMetadata(JSON.parse(dutch.source.source().toString()), englishMetadata);
            compilation.emitAsset("functions-en.json", new sources.RawSource(JSON.stringify(english, null, 2)));
          } catch (error) {
            compilation.errors.push(new Error(`functions-en.json: ${error.message}`));
          }
        },
      );
    });
  }
}

/**
 * One line per build stage for npm start / npm run preview (scripts/serve.mjs shows lines with this marker while the
 * first build runs). Webpack's own progress text is too fine-grained and English; these are the stages a user waits on.
 */
function stageLines() {
  const marker = "::mengwijzer-stage::";
  const stages = [
    [0.1, "Bouwen: voorbereiden ..."],
    [0.15, "Bouwen: broncode lezen en vertalen (TypeScript, React, ExcelJS) ..."],
    [0.7, "Bouwen: bundels samenstellen en functiebeschrijvingen maken ..."],
    [0.95, "Bouwen: bestanden klaarzetten ..."],
  ];
  let next = 0;
  const started = Date.now();
  return new ProgressPlugin((fraction) => {
    while (next < stages.length && fraction >= stages[next][0]) console.log(`${marker}${stages[next++][1]}`);
    if (fraction >= 1 && next <= stages.length) {
      next = stages.length + 1;
      console.log(`${marker}Bouwen klaar na ${Math.round((Date.now() - started) / 1000)} s.`);
    }
  });
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/runtime.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new EnglishMetadataPlugin(),
      // Shared runtime: one page hosts the custom functions and the task pane.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { maxAssetSize: 4_000_000, maxEntrypointSize: 4_000_000 },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      client: { overlay: false },
      // "/" has no page of its own: send it to the browser preview (the add-in's pages are loaded by Excel by name).
      setupMiddlewares: (middlewares) => {
        middlewares.unshift({
          name: "mengwijzer-root-to-preview",
          middleware: (req, res, next) => {
            if (req.method === "GET" && (req.url === "/" || req.url.startsWith("/?"))) {
              res.writeHead(302, { Location: `/preview.html${req.url.slice(1)}` });
              res.end();
            } else next();
          },
        });
        return middlewares;
      },
    },
  };
  if (process.env.MENGWIJZER_STAGES) config.plugins.push(stageLines());
  if (env && env.https) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
