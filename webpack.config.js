/* eslint-disable no-undef */
// The task-pane bundle, shaped like the `yo office` React template: the pane and the standalone page, the assets and
// the manifest copied beside it. Development and the offline tests use the npm copy of Office.js from this origin;
// a production build loads Office.js from Microsoft's CDN (the only supported source) and, given a public base URL
// (`npm run build -- --env publicUrl=https://…/` or ITA_PUBLIC_URL), rewrites every manifest URL to it.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { EdgeHtmlSyntax } = require("./scripts/edgehtml-syntax.cjs");
const { DEV_URL, manifestFor } = require("./scripts/manifest-url.cjs");
const { PreloadChunks } = require("./scripts/preload-chunks.cjs");

const WORKERS = ["xlsx-worker", "engine-worker"];

/**
 * The pane's two small scripts, copied under names that carry their content's hash (like every other script but
 * the workers), so a host may let browsers keep them: "assets/frame.1a2b3c4d.js".
 */
const PAGE_SCRIPTS = Object.fromEntries(
  ["compat", "frame"].map((name) => {
    const hash = createHash("sha256")
      .update(readFileSync(path.join(__dirname, "assets", `${name}.js`)))
      .digest("hex")
      .slice(0, 8);
    return [name, `assets/${name}.${hash}.js`];
  }),
);

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office needs the pane over https: on Windows and macOS, Office's trusted development certificates. */
async function devServerKind() {
  if (process.platform === "linux") return "http";
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
}

/** The site's public https base URL, ending in "/"; the development URL when none is given. */
function publicUrl(env) {
  const url = env?.publicUrl ?? process.env.ITA_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`publicUrl must be an https URL, not ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const base = publicUrl(env);
  if (!dev && base === DEV_URL)
    console.warn(
      "note: production build without a public URL — the manifest still names localhost; " +
        "use `npm run build -- --env publicUrl=https://your.host/path/` to deploy",
    );
  const officeJs = dev ? "office-js/office.js" : OFFICE_JS_CDN;
  const scriptSrc = dev ? "'self'" : "'self' https://appsforoffice.microsoft.com";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/taskpane/preview.tsx",
      // The workers, under the fixed names the pages start them by: the standalone page's workbook worker
      // (workerWorkbook.ts) and the engine's, in the pane and the page alike (engineProtocol.ts).
      "xlsx-worker": "./src/taskpane/xlsxWorker.ts",
      "engine-worker": { import: "./src/taskpane/engineWorker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: (data) =>
        WORKERS.includes(data.chunk?.name ?? "") ? "[name].js" : "[name].[contenthash:8].js",
      // Every chunk's name carries its content's hash too, so a host may let browsers keep every script but the
      // workers for a year (README, Deploying): a pane opened again then loads its scripts from the browser's cache.
      chunkFilename: "[id].[contenthash:8].js",
      clean: true,
      // Every build writes every file, so its time says when dist/web was built (test/setup/freshBuild.cjs).
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          // Checked when built, with the product's own check: a malformed entry fails the build, naming it; the
          // bundle holds what the check returned, which catalog.ts takes as it is (ITA_FACTS_CHECKED_WHEN_BUILT below).
          test: path.join(__dirname, "src", "ita", "frameworks.json"),
          use: [{ loader: path.join(__dirname, "scripts", "checked-facts-loader.cjs") }],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, then Griffel turns each makeStyles into its CSS
          // rules at build time (the page no longer carries a CSS compiler nor computes them at start).
          use: [
            { loader: "@griffel/webpack-loader" },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
      ],
    },
    performance: {
      // The preview bundles exceljs (about 1 MB) to read and write workbooks in the browser.
      maxAssetSize: 2_500_000,
      maxEntrypointSize: 2_500_000,
      assetFilter: (f) => !f.startsWith("office-js/"),
    },
    plugins: [
      // frameworks.json's facts were checked when built (the loader above): catalog.ts takes them as they are.
      new DefinePlugin({ ITA_FACTS_CHECKED_WHEN_BUILT: "true" }),
      // The pane's "ลองกับไฟล์ตัวอย่าง" (try the sample) fetches the bundled sample beside the pages.
      new CopyWebpackPlugin({ patterns: [{ from: "samples/ita-sample.xlsx", to: "sample.xlsx" }] }),

      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs, scriptSrc, pageScripts: PAGE_SCRIPTS },
      }),
      // What the pane needs before its first answer, fetched while the page and Office.js load: the adapter that
      // reads the workbook first (index.tsx asks for them in the same order).
      new PreloadChunks("taskpane.html", ["excel", "engine-light", "paneBody"]),
      // The standalone page: the same pane on a file opened in the browser (also the fallback for old Excel).
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/compat.js", to: PAGE_SCRIPTS.compat },
          { from: "assets/frame.js", to: PAGE_SCRIPTS.frame },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (base === DEV_URL ? content : manifestFor(content.toString(), base)),
          },
          { from: "src/taskpane/help.html", to: "help.html" },
          // The local Office.js, for development and the offline tests only.
          ...(dev
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  info: { minimized: true },
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/*-vsdoc.js"] },
                },
              ]
            : []),
        ],
      }),
      // Office 2016/2019 without WebView2 run the pane in EdgeHTML 18, which cannot parse `?.`, `??` or `{...x}`.
      new EdgeHtmlSyntax(),
    ],
    devServer: {
      port: 3000,
      server: env?.WEBPACK_SERVE ? await devServerKind() : "http",
      static: { directory: path.resolve(__dirname, "dist", "web") },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
