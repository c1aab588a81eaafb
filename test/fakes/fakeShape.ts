import type { ShapeLike } from "../../src/workbook/excel/excelApi";
import type { Tracker } from "./fakeBatch";
import type { FakeSheetModel } from "./fakeModel";

/** A picture added with `shapes.addImage`: write-only properties, recorded on the sheet when the batch syncs. */
export function addFakeImage(t: Tracker, sheet: () => FakeSheetModel, base64: string): ShapeLike {
  let index = -1;
  t.op("shapes.addImage", () => {
    if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new Error("InvalidArgument: the image is not base64");
    index = sheet().shapes.push({ bytes: Math.floor((base64.length * 3) / 4) }) - 1;
  });
  const prop = <
    K extends "name" | "altTextDescription" | "lockAspectRatio" | "top" | "left" | "height" | "width",
  >(
    k: K,
  ) => ({
    get(): never {
      throw new Error(`PropertyNotLoaded: shape.${k}`);
    },
    set(v: unknown) {
      t.op(`shape.${k}`, () => Object.assign(sheet().shapes[index]!, { [k]: v }));
    },
  });
  const shape = {} as ShapeLike;
  for (const k of [
    "name",
    "altTextDescription",
    "lockAspectRatio",
    "top",
    "left",
    "height",
    "width",
  ] as const)
    Object.defineProperty(shape, k, prop(k));
  return shape;
}
