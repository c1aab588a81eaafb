import { main } from "../../src/cli/main";

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, env);
  return { code, stdout, stderr };
}
