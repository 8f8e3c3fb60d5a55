/**
 * The one message convention of flodes. Every user-facing text is a {@link Msg}: a stable `code` and the same text
 * in Swedish (`sv`) and English (`en`). The thrower never chooses the language: pages show `sv`, the CLI prints both,
 * a caller picks with {@link inLanguage}. Results that carry a text keep the shape of quality issues (Swedish
 * `message`, English `messageEn`, see {@link textPair}).
 *
 * Codes: UPPER_SNAKE names a problem in the data or a file (the codes of the quality report, matched by users);
 * camelCase names a text or a misuse of a function's options (a programming error).
 */

/** A text in Swedish and English. */
export interface Text {
  readonly sv: string;
  readonly en: string;
}

/** A user-facing message: a stable code and the text in Swedish and English. */
export interface Msg<C extends string = string> extends Text {
  readonly code: C;
}

/** A language of the user interface. */
export type Lang = "sv" | "en";

/** The shape results and quality issues carry a text in: Swedish `message`, English `messageEn`. */
export interface TextPair {
  message: string;
  messageEn: string;
}

/**
 * A message from its parts.
 * @example
 * msg("EMPTY", "Filen är tom.", "The file is empty.") // → { code: "EMPTY", sv: "Filen är tom.", en: "The file is empty." }
 */
export function msg<const C extends string>(code: C, sv: string, en: string): Msg<C> {
  return { code, sv, en };
}

/**
 * The text of a message in one language.
 * @example
 * inLanguage(msg("EMPTY", "Filen är tom.", "The file is empty."), "en") // → "The file is empty."
 */
export function inLanguage(m: Text, lang: Lang): string {
  return lang === "sv" ? m.sv : m.en;
}

/**
 * A message as results carry it (the shape of a quality issue's text).
 * @example
 * textPair(msg("x", "Hej", "Hello")) // → { message: "Hej", messageEn: "Hello" }
 */
export function textPair(m: Text): TextPair {
  return { message: m.sv, messageEn: m.en };
}

type TextFn = (...args: never[]) => Text;
type CodeOf<K, R, C> = R extends Msg<infer M> ? M : K extends keyof C ? (C[K] extends string ? C[K] : K & string) : K & string;

/**
 * A messages table: each function returns its text; the table gives every text its code, the key itself unless
 * `codes` names another (a text whose code depends on its arguments returns a whole {@link Msg} and keeps it).
 * @example
 * const m = messageTable({ empty: () => ({ sv: "Tom.", en: "Empty." }) }, { empty: "EMPTY" });
 * m.empty() // → { code: "EMPTY", sv: "Tom.", en: "Empty." }
 */
export function messageTable<const T extends Record<string, TextFn>, const C extends { readonly [K in keyof T]?: string }>(
  texts: T,
  codes: C,
): { readonly [K in keyof T]: (...args: Parameters<T[K]>) => Msg<CodeOf<K, ReturnType<T[K]>, C>> } {
  const out: Record<string, (...args: never[]) => Msg> = {};
  for (const [key, fn] of Object.entries(texts)) {
    const code = (codes as Record<string, string | undefined>)[key] ?? key;
    out[key] = (...args: never[]) => {
      const t = fn(...args);
      return "code" in t ? (t as Msg) : { code, sv: t.sv, en: t.en };
    };
  }
  return out as unknown as { readonly [K in keyof T]: (...args: Parameters<T[K]>) => Msg<CodeOf<K, ReturnType<T[K]>, C>> };
}
