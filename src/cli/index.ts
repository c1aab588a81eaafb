import { main } from "./main";

// A reader that stops early (`--json - | head`) closes the pipe: the rest of the output is not wanted, and the
// output workbook is already written, so a closed pipe ends printing quietly instead of crashing with EPIPE.
let stdoutClosed = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  stdoutClosed = true;
});

void main(process.argv.slice(2), {
  stdout: (s) => {
    if (!stdoutClosed) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
