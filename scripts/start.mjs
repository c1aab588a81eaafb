// `npm start`: on Windows and macOS, sideload the add-in into desktop Excel as the Office template does
// (office-addin-debugging starts the https dev server and opens Excel with the manifest). On Linux that
// cannot work — office-addin-debugging would exit 0 without sideloading — so this says so plainly and
// serves the pane and the standalone page instead.
import { spawn } from "node:child_process";
import { platform } from "node:os";

const win = process.platform === "win32";
const run = (cmd, args) => {
  const child = spawn(cmd, args, { stdio: "inherit", shell: win });
  child.on("exit", (code) => process.exit(code ?? 0));
};

if (platform() === "linux") {
  console.log(
    [
      "ITA Analyzer — sideloading into desktop Excel is not possible on Linux (Excel for Windows or Mac is needed).",
      "Serving instead:",
      "  the standalone page  http://localhost:3000/preview.html  (open an .xlsx from disk; it never leaves the browser)",
      "  the task pane        http://localhost:3000/taskpane.html",
      "To try the pane in Excel on the web, see README → Sideloading.",
      "",
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
} else {
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
}
