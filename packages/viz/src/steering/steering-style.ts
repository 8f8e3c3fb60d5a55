/** Statuses in board order, with colours that read in order (light → dark) and in greyscale. */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  idé: "#c6dbef",
  planerad: "#9ecae1",
  pågår: "#4292c6",
  klar: "#2171b5",
  uppföljd: "#08306b",
};

/**
 * Breaks a subtitle into lines of at most `max` characters at spaces, so a chart that fits its width ("fit-x") in a
 * narrow card is not squeezed by one long title line.
 * @example wrapLines("Förändring av medianen i procent; uppnådd effekt med 95 % intervall", 40)
 * // ["Förändring av medianen i procent;", "uppnådd effekt med 95 % intervall"]
 */
export function wrapLines(text: string, max = 56): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
