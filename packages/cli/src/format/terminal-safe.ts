/**
 * Characters that must not reach a terminal from input data: C0 controls other than tab and line feed (ESC starts
 * escape sequences that can move the cursor, change colours or retitle the window; BEL rings; NUL and CR hide
 * text), DEL, C1 controls, and the bidirectional overrides and isolates that can make text read differently from
 * how it is stored.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a log made safe to print: each unsafe character is shown as a visible escape (`\x1b`, `\u202e`) rather
 * than acted on by the terminal.
 *
 * @example
 * terminalSafe("Triage\x1b[2J") // → "Triage\\x1b[2J"
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
