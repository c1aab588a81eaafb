#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const built = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(built)) {
  process.stderr.write(
    "error: the CLI is not built yet — run `npm install` (or `npm run build:cli`) in the project folder\n",
  );
  process.exit(70);
}
require(built);
