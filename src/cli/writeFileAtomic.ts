import { promises as fs } from "node:fs";
import path from "node:path";

/** Writes to a temporary file beside the target, then renames it, so a failure leaves nothing half-written. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
