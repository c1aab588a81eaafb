/* eslint-disable no-undef */
// A webpack plugin: the page's HTML asks for the named chunks (and the chunks they need) at once, with
// <link rel="preload">, so the browser fetches them while it parses the page and Office.js loads, instead of when the
// pane's first script has run and asks for them (src/taskpane/index.tsx starts the same loads).
const HtmlWebpackPlugin = require("html-webpack-plugin");

class PreloadChunks {
  /** @param {string} page the HTML file, @param {string[]} names the chunks' webpackChunkName */
  constructor(page, names) {
    this.page = page;
    this.names = names;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadChunks", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunks", (data) => {
        if (data.outputName !== this.page) return data;
        const files = new Set();
        for (const name of this.names) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group)
            throw new Error(`PreloadChunks: no chunk named "${name}" (its webpackChunkName changed?)`);
          for (const chunk of group.chunks) for (const f of chunk.files) if (f.endsWith(".js")) files.add(f);
        }
        // The same public path as the page's own script tags ("" with webpack's "auto").
        const links = [...files].map((f) =>
          HtmlWebpackPlugin.createHtmlTagObject("link", {
            rel: "preload",
            as: "script",
            href: data.publicPath + f,
          }),
        );
        data.headTags.unshift(...links);
        return data;
      });
    });
  }
}

module.exports = { PreloadChunks };
