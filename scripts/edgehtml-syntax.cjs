// A webpack plugin: lowers the emitted JavaScript to what EdgeHTML 18 parses (Office's webview on Windows 10
// without WebView2), with esbuild, after minification and before the content hashes are computed.
"use strict";
const esbuild = require("esbuild");
const { Compilation, sources } = require("webpack");

const TARGET = "edge18";

class EdgeHtmlSyntax {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EdgeHtmlSyntax", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "EdgeHtmlSyntax", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        async (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".js") || name.startsWith("office-js/") || name.startsWith("assets/"))
              continue;
            const { code } = await esbuild.transform(assets[name].source().toString(), {
              target: TARGET,
              loader: "js",
              charset: "utf8",
              minifyWhitespace: compiler.options.mode === "production",
            });
            compilation.updateAsset(name, new sources.RawSource(code));
          }
        },
      );
    });
  }
}

module.exports = { EdgeHtmlSyntax, TARGET };
