import { promises as fs, rmSync } from "node:fs";
import path from "node:path";
import { CliError } from "./cliError";

/** Temporary files being written now, removed if the process is interrupted (Ctrl+C, kill). */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  process.exit(signal === "SIGINT" ? 130 : 143);
}

function watch(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function unwatch(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * Writes to a temporary file beside the target, flushes it to disk (fsync), then renames it over the target, so
 * neither a failure, an interruption nor a power cut leaves a half-written file; an interrupted run removes its
 * temporary file before it exits.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  watch(tmp);
  try {
    const handle = await fs.open(tmp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
    await syncFolder(path.dirname(target));
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    unwatch(tmp);
  }
}

/** The rename itself reaches the disk only when the folder is flushed; not every system allows it (Windows). */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // EPERM/EINVAL where folders cannot be flushed: the file itself was flushed before the rename.
  } finally {
    await handle.close();
  }
}

/** Writes an output the user asked for, or stops with a CliError naming the file and why it could not be written. */
export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(file, bytes).catch(async (e: unknown) => {
    const folder = path.dirname(path.resolve(file));
    // A system error's code (not `instanceof Error`: under a test runner it may come from another realm).
    const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
    // The two an officer can mend, said in their words: a folder that is not there, one they may not write in.
    if (code === "ENOENT" && !(await isFolder(folder)))
      throw new CliError("error.noFolder", { file, folder });
    if (code === "EACCES" || code === "EPERM") throw new CliError("error.noPermission", { file, folder });
    throw new CliError("error.write", { file, detail: e instanceof Error ? e.message : String(e) });
  });
}

async function isFolder(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
