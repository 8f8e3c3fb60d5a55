import type { Text } from "../messages.js";

/** The input (log, model, output path) cannot be used; exits with code 2. The text names the file. */
export class InputError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.name = "InputError";
    this.text = text;
  }
}
