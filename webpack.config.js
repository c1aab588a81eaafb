/* eslint-disable no-undef */
// The task-pane bundle, shaped like the `yo office` React template: the pane and the standalone page, the assets and
// the manifest copied beside it, and Office.js served from this origin (no CDN).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Office needs the pane over https: on Windows and macOS, Office's trusted development certificates. */
async function devServerKind() {
  if (process.platform === "linux") return "http";
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx", preview: "./src/taskpane/preview.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
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
      // The pane's "ลองกับไฟล์ตัวอย่าง" (try the sample) fetches the bundled sample beside the pages.
      new CopyWebpackPlugin({ patterns: [{ from: "samples/ita-sample.xlsx", to: "sample.xlsx" }] }),

      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The standalone page: the same pane on a file opened in the browser (also the fallback for old Excel).
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/compat.js", to: "assets/compat.js" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            info: { minimized: true },
            globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/*-vsdoc.js"] },
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: env?.WEBPACK_SERVE ? await devServerKind() : "http",
      static: { directory: path.resolve(__dirname, "dist", "web") },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
