/** A note's identity when repeats are merged: the same words from the same check, wherever they were said. */
export function noteKey(n: { code: string; message: string }): string {
  return `${n.code}\u0000${n.message}`;
}

/**
 * How many notes are shown once repeats are merged (the section's count). Apart from noteActions, so the pane's
 * first script does not carry the table of actions.
 */
export function countNotes(notes: readonly { code: string; message: string }[]): number {
  return new Set(notes.map(noteKey)).size;
}
