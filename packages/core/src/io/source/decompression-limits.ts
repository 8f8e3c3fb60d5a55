import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";

/**
 * Limits on what a compressed source (a `.gz` file, an entry of an `.xlsx`) may expand to, checked while it
 * is being inflated, so that a "zip bomb" stops within milliseconds instead of filling memory or running for
 * minutes. Both limits name the option that raises them in their error.
 */
export interface DecompressionLimits {
  /** Most bytes a source may expand to. */
  maxBytes: number;
  /** Most decompressed bytes per compressed byte read, checked once past `RATIO_FLOOR_BYTES`. */
  maxRatio: number;
}

/**
 * 8 GB. The largest logs we aim at are 10 M events: ≈ 0.93 GB as CSV, ≈ 4.7 GB as XES (five times as verbose),
 * so the default passes those with room, while the readers stream (nothing of this size is held) and the time
 * spent on one is bounded (8 GB of XES ≈ 2 min). Raise it with `maxDecompressedBytes` / `--max-decompressed`.
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 8_000_000_000;

/**
 * 200. Real logs compress 5–30× (CSV ≈ 10×, XES ≈ 20×, sheets ≈ 10–30×); deflate's ceiling is ≈ 1032×, which
 * is where bombs sit: a 1.2 MB gzip expanding to 1.2 GB is 1000×. 200 leaves real data a wide margin and stops
 * such a bomb after ≈ 64 MB of output. Raise it with `maxCompressionRatio` / `--max-ratio`.
 */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;

/** Output below which the ratio is not checked: small, very repetitive files (a test fixture) stay readable. */
export const RATIO_FLOOR_BYTES = 64 * 1024 * 1024;

/** The default limits. */
export const DEFAULT_DECOMPRESSION_LIMITS: Readonly<DecompressionLimits> = {
  maxBytes: DEFAULT_MAX_DECOMPRESSED_BYTES,
  maxRatio: DEFAULT_MAX_COMPRESSION_RATIO,
};

/** Limits from import options, defaults where not given. */
export function decompressionLimits(options: { maxDecompressedBytes?: number; maxCompressionRatio?: number } = {}): DecompressionLimits {
  return {
    maxBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
    maxRatio: options.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
  };
}

/**
 * Throws {@link FlodesError} `TOO_LARGE` when `outBytes` decompressed from `inBytes` compressed break a limit.
 * `what` names the source in the message (e.g. "logg.xes.gz", "blad sheet1.xml").
 */
export function checkDecompression(outBytes: number, inBytes: number, limits: DecompressionLimits, what: string, file?: string): void {
  const where = file !== undefined ? { file } : {};
  if (outBytes > limits.maxBytes) throw new FlodesError(importMessage.decompressedTooLarge(limits.maxBytes, what), where);
  if (outBytes > RATIO_FLOOR_BYTES && outBytes > limits.maxRatio * Math.max(inBytes, 1)) {
    throw new FlodesError(importMessage.compressionRatioTooHigh(limits.maxRatio, what), where);
  }
}
