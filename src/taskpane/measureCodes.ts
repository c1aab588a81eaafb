/**
 * The item codes a measure answers. A measure's items are codes ("O7") or, in the richer form, tagged items
 * ({ kind: "item", code: "O7", year }) beside indicators; both are read, so the pane names the right measure.
 */
export function measureItemCodes(items: readonly unknown[]): string[] {
  return items.flatMap((i) => {
    if (typeof i === "string") return [i];
    if (typeof i !== "object" || i === null || !("code" in i) || typeof i.code !== "string") return [];
    return !("kind" in i) || i.kind === "item" ? [i.code] : [];
  });
}
