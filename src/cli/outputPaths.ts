import { promises as fs } from "node:fs";
import path from "node:path";

/** A file the run reads or writes, with the option that named it (for the message). */
export interface NamedPath {
  option: string;
  file: string;
}

/** Two options that resolve to the same file: an output would overwrite an input, or two outputs collide. */
export interface PathClash {
  output: NamedPath;
  other: NamedPath;
}

/**
 * The file a path really is: symbolic links followed (of the file, or of its folder when the file does not exist
 * yet), plus the device and inode when it exists, so a hard link to an input is caught too.
 */
async function identity(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    const st = await fs.stat(abs);
    return `inode:${st.dev}:${st.ino}`;
  } catch {
    const dir = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    return `path:${path.join(dir, path.basename(abs))}`;
  }
}

/** The first output that resolves to an input or to another output, before anything is read or written. */
export async function pathClash(inputs: NamedPath[], outputs: NamedPath[]): Promise<PathClash | null> {
  const ids = async (list: NamedPath[]) =>
    Promise.all(list.map(async (p) => ({ p, id: await identity(p.file) })));
  const ins = await ids(inputs);
  const outs = await ids(outputs);
  for (const [i, o] of outs.entries()) {
    const input = ins.find((x) => x.id === o.id);
    if (input) return { output: o.p, other: input.p };
    const earlier = outs.slice(0, i).find((x) => x.id === o.id);
    if (earlier) return { output: o.p, other: earlier.p };
  }
  return null;
}
