/** A failure the user can act on: printed as one `error:` line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly id: string,
    readonly params: Record<string, string>,
    readonly exitCode = 1,
    /** The underlying cause, printed with --debug. */
    override readonly cause = "",
  ) {
    super(id);
  }
}
