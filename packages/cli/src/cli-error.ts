import { FlodesError, type Msg } from "@flodes/core/messages";

/**
 * The one error class of the CLI: a mistake in how `flodes` was called (`"usage"`: the help is pointed to) or an
 * input that cannot be used (`"input"`: a missing or unreadable file, named in the text). Both exit with code 2.
 * Like every flodes error it carries a code and its text in Swedish and English; `run` prints both.
 */
export class CliError extends FlodesError {
  override readonly name = "CliError";
  constructor(
    readonly kind: "usage" | "input",
    msg: Msg,
  ) {
    super(msg);
  }
}
