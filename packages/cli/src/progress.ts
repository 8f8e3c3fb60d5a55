import type { Io } from "./io.js";
import { MSG, type Text } from "./messages.js";

/** Reports import and analysis progress on stderr; silent for fast inputs. */
export interface Progress {
  rows(rowsDone: number, rowsTotal: number): void;
  /** Bytes of the file read so far (and its size, when known): percent, MB/s and time left. */
  bytes(bytesDone: number, bytesTotal: number | undefined): void;
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
const decimal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

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
  // A terminal line is redrawn at most five times a second; a log file gets a line every five seconds.
  const every = tty ? 200 : 5000;
  let lastShown = 0;

  const show = (line: string, t = now()): void => {
    if (!enabled || t - t0 <= threshold) return;
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
    bytes(bytesDone, bytesTotal) {
      const t = now();
      if (t - lastShown < every) return;
      const seconds = Math.max(0.001, (t - t0) / 1000);
      const mb = (x: number) => x / 1_000_000;
      const rate = mb(bytesDone) / seconds;
      let text: Text;
      if (bytesTotal !== undefined && bytesTotal > 0) {
        const left = rate > 0 ? mb(bytesTotal - bytesDone) / rate : 0;
        text = MSG.progressBytes(
          number.format(Math.min(100, Math.floor((100 * bytesDone) / bytesTotal))),
          decimal.format(mb(bytesDone)),
          decimal.format(mb(bytesTotal)),
          decimal.format(rate),
          left >= 60 ? `${number.format(Math.round(left / 60))} min` : `${number.format(Math.ceil(left))} s`,
        );
      } else text = MSG.progressBytesNoTotal(decimal.format(mb(bytesDone)), decimal.format(rate));
      show(text.sv, t);
      lastShown = t;
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
