/** A place text can be written to: `process.stdout`, `process.stderr`, or a test buffer. */
export interface OutStream {
  write(chunk: string): unknown;
  /** True when the stream is an interactive terminal (progress is shown only then, unless `--progress`). */
  isTTY?: boolean;
}

/** What a command may touch besides its arguments; injected so tests run commands in-process. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Directory relative paths are resolved against. __Default value:__ `process.cwd()`. */
  cwd?: string;
  /** Clock in epoch ms, for the progress threshold. __Default value:__ `Date.now`. */
  now?: () => number;
  /** Environment variables. __Default value:__ `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes of the contract (design.md, "CLI contract"). */
export const EXIT_OK = 0;
/** Done, but rows were rejected; the quality report was printed. */
export const EXIT_REJECTED = 1;
/** Usage error or unreadable input. */
export const EXIT_USAGE = 2;

/** An exit code of the contract. */
export type ExitCode = typeof EXIT_OK | typeof EXIT_REJECTED | typeof EXIT_USAGE;
