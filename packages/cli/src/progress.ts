import type { Io } from "./io.js";
import { MSG } from "./messages.js";

/** Reports import and analysis progress on stderr; silent for fast inputs. */
export interface Progress {
  rows(rowsDone: number, rowsTotal: number): void;
  analyzing(): void;
  /** Ends the progress line, if one was started. */
  done(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Show progress even when stderr is not a terminal (`--progress`). __Default value:__ `false`. */
  force?: boolean;
  /** Nothing is shown before this much time has passed. __Default value:__ `1000`. */
  thresholdMs?: number;
}

const number = new Intl.NumberFormat("sv-SE");

/**
 * Progress on stderr, shown only once the run has taken more than `thresholdMs` and stderr is a terminal
 * (or `force`), so short runs and pipes stay clean. stdout is never written.
 *
 * @example
 * const p = createProgress(io, { force: true });
 * importFile(path, { onProgress: (d, t) => p.rows(d, t) }); p.analyzing(); analyze(obs); p.done();
 */
export function createProgress(io: Io, options: ProgressOptions = {}): Progress {
  const now = io.now ?? Date.now;
  const t0 = now();
  const threshold = options.thresholdMs ?? 1000;
  const tty = io.stderr.isTTY === true;
  const enabled = tty || options.force === true;
  let open = false;

  const show = (line: string): void => {
    if (!enabled || now() - t0 <= threshold) return;
    if (tty) {
      io.stderr.write(`\r\x1b[K${line}`);
      open = true;
    } else io.stderr.write(`${line}\n`);
  };

  return {
    rows(rowsDone, rowsTotal) {
      const text =
        rowsTotal > 0
          ? MSG.progressRows(number.format(rowsDone), number.format(rowsTotal))
          : MSG.progressRowsNoTotal(number.format(rowsDone));
      show(text.sv);
    },
    analyzing() {
      show(MSG.progressAnalyze.sv);
    },
    done() {
      if (open) io.stderr.write("\r\x1b[K");
      open = false;
    },
  };
}
