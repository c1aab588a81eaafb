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
  const tmp = await stage(target, data);
  await commit([{ tmp, target }]);
}

/** The data in a temporary file beside the target, flushed to disk; removed again if that fails. */
async function stage(target: string, data: Uint8Array): Promise<string> {
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
    return tmp;
  } catch (e) {
    await fs.rm(tmp, { force: true });
    unwatch(tmp);
    throw e;
  }
}

/** Each staged file renamed over its target, and its folder flushed; every temporary file is gone after. */
async function commit(staged: { tmp: string; target: string }[]): Promise<void> {
  try {
    for (const { tmp, target } of staged) {
      await fs.rename(tmp, target);
      await syncFolder(path.dirname(target));
    }
  } finally {
    for (const { tmp } of staged) {
      await fs.rm(tmp, { force: true });
      unwatch(tmp);
    }
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
  await writeOutputs([{ file, bytes }]);
}

/**
 * Writes the outputs of one run together: each is written beside its target and flushed first, and only when all
 * are does any replace its target, so a run that cannot write one (its folder gone, no permission, a file the
 * officer set read-only) leaves every earlier file as it was; the CliError names that file and why.
 */
export async function writeOutputs(outputs: { file: string; bytes: Uint8Array }[]): Promise<void> {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const { file, bytes } of outputs) {
      await refuseReadOnly(file);
      const tmp = await stage(file, bytes).catch((e: unknown) => writeError(file, e));
      staged.push({ tmp, target: file });
    }
  } catch (e) {
    for (const { tmp } of staged) {
      await fs.rm(tmp, { force: true });
      unwatch(tmp);
    }
    throw e;
  }
  await commit(staged).catch((e: unknown) => writeError(staged[0]!.target, e));
}

/** A file the officer set read-only (no write permission for anyone) is theirs to protect: never replaced. */
async function refuseReadOnly(file: string): Promise<void> {
  const st = await fs.stat(file).catch(() => null);
  if (st?.isFile() && (st.mode & 0o222) === 0) throw new CliError("error.readOnlyOutput", { file });
}

/** Why a file could not be written, in the words the officer can act on. */
async function writeError(file: string, e: unknown): Promise<never> {
  const folder = path.dirname(path.resolve(file));
  // A system error's code (not `instanceof Error`: under a test runner it may come from another realm).
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
  // The two an officer can mend, said in their words: a folder that is not there, one they may not write in.
  if (code === "ENOENT" && !(await isFolder(folder))) throw new CliError("error.noFolder", { file, folder });
  if (code === "EACCES" || code === "EPERM") throw new CliError("error.noPermission", { file, folder });
  throw new CliError("error.write", { file, detail: e instanceof Error ? e.message : String(e) });
}

async function isFolder(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
