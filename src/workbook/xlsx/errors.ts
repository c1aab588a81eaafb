export { PartTooLargeError } from "./read/cappedText";

/**
 * Why bytes could not be opened as a workbook: another kind of file (notWorkbook) or a password-protected
 * one (encrypted). `corrupt` says it is a workbook, damaged (reason stays notWorkbook for older callers);
 * `detail` keeps the underlying cause for --debug.
 */
export class NotAWorkbookError extends Error {
  constructor(
    readonly reason: "notWorkbook" | "encrypted" | "strict",
    readonly corrupt = false,
    readonly detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
