// Error texts from lower layers may quote a raw value; a personnummer must never reach the terminal.
const PERSONNUMMER_LIKE = /(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)/g;

/**
 * Replaces anything shaped like a personnummer (10 or 12 digits, optional - or +) with a placeholder.
 *
 * @example
 * scrubPersonnummer("värdet 121212-1212") // → "värdet [personnummer]"
 */
export function scrubPersonnummer(text: string): string {
  return text.replace(PERSONNUMMER_LIKE, "[personnummer]");
}
