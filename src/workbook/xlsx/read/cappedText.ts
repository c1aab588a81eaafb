import type JSZip from "jszip";

/** A part of the package too large to read: the run stops before filling the memory. */
export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`${part}: ${bytes} bytes`);
  }
}

type Chunks = JSZip.JSZipStreamHelper<Uint8Array>;

function isChunks(x: unknown): x is Chunks {
  return (
    typeof x === "object" &&
    x !== null &&
    ["on", "resume", "pause"].every((k) => typeof Reflect.get(x, k) === "function")
  );
}

/**
 * A part's text, inflated chunk by chunk and given up as soon as it passes `max` bytes: a zip bomb is refused
 * whatever its headers claim, having cost at most `max` bytes. Null when the package has no such part.
 */
export async function cappedText(zip: JSZip, part: string, max: number): Promise<string | null> {
  const file = zip.file(part);
  if (!file) return null;
  const open: unknown = Reflect.get(file, "internalStream");
  const stream: unknown = typeof open === "function" ? Reflect.apply(open, file, ["uint8array"]) : null;
  if (!isChunks(stream)) return file.async("string");
  return new Promise<string>((resolve, reject) => {
    const decoder = new TextDecoder();
    const pieces: string[] = [];
    let bytes = 0;
    stream
      .on("data", (chunk) => {
        bytes += chunk.length;
        if (bytes > max) {
          stream.pause();
          reject(new PartTooLargeError(part, bytes));
          return;
        }
        pieces.push(decoder.decode(chunk, { stream: true }));
      })
      .on("error", reject)
      .on("end", () => {
        pieces.push(decoder.decode());
        resolve(pieces.join(""));
      })
      .resume();
  });
}
