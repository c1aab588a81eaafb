// Bundles the benchmark (bench/bench.ts) into dist/bench.cjs; npm packages stay external.
import { build } from "esbuild";

await build({
  entryPoints: ["bench/bench.ts"],
  outfile: "dist/bench.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
