// `npm start`: serve the task pane for development. Sideloading into desktop Excel needs Windows or macOS
// (office-addin-debugging); on Linux it cannot work, so this says so instead of failing silently.
import { spawn } from "node:child_process";
import { platform } from "node:os";

const lines = [
  "ITA Analyzer — development server",
  "",
  "The task pane is served at http://localhost:3000/taskpane.html, the standalone page at http://localhost:3000/preview.html.",
];
if (platform() === "linux") {
  lines.push(
    "Sideloading into desktop Excel is not possible on Linux.",
    "To try the add-in in Excel on the web: serve it over https (Office needs https), then in Excel on the web choose",
    "Home → Add-ins → More Add-ins → Upload My Add-in, and upload dist/web/manifest.xml (see README, 'Sideloading').",
  );
} else {
  lines.push(
    "Automatic sideloading into desktop Excel is not wired up yet; see README, 'Sideloading', to load manifest.xml by hand.",
  );
}
console.log(lines.join("\n") + "\n");
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
child.on("exit", (code) => process.exit(code ?? 0));
