/** User-facing messages for import and process-model loading (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

const q = (s: string): string => `"${s}"`;
/** Bytes for people: "1,5 GB" / "1.5 GB" (powers of 1000, matching the CLI's size flags). */
function formatBytes(n: number, lang: "sv" | "en"): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  const s = (Math.round(v * 10) / 10).toString();
  return `${lang === "sv" ? s.replace(".", ",") : s} ${units[u]}`;
}
const rowList = (rows: readonly number[]): string => rows.join(", ");

export const importMessage = {
  endBeforeStart: (): Msg => ({
    message: "Sluttiden ligger före starttiden.",
    messageEn: "The end time is before the start time.",
  }),
  unparseableTime: (value: string): Msg => ({
    message: `Tiden ${q(value)} kan inte tolkas (förväntat t.ex. 2025-03-14 08:30, 14.03.2025 08:30 eller ett Excel-datum).`,
    messageEn: `The time ${q(value)} cannot be read (expected e.g. 2025-03-14 08:30, 14.03.2025 08:30 or an Excel date).`,
  }),
  missingFlow: (): Msg => ({
    message: "Flödes-id (ärende) saknas.",
    messageEn: "The flow (case) id is missing.",
  }),
  missingStep: (): Msg => ({
    message: "Steg (aktivitet) saknas.",
    messageEn: "The step (activity) is missing.",
  }),
  missingTime: (): Msg => ({
    message: "Tid saknas.",
    messageEn: "The time is missing.",
  }),
  duplicateRow: (firstRow: number): Msg => ({
    message: `Raden är en exakt kopia av rad ${firstRow}.`,
    messageEn: `The row is an exact duplicate of row ${firstRow}.`,
  }),
  wrongFieldCount: (got: number, expected: number): Msg => ({
    message: `Raden har ${got} fält men rubrikraden har ${expected}.`,
    messageEn: `The row has ${got} fields but the header has ${expected}.`,
  }),
  unterminatedQuote: (): Msg => ({
    message: "Ett citattecken öppnas men stängs aldrig; raden läses inte.",
    messageEn: "A quote is opened but never closed; the row is not read.",
  }),
  badCategory: (value: string): Msg => ({
    message: `Kategorin ${q(value)} känns inte igen (använd VA, NNVA, NVA eller värdeskapande, nödvändig, ej värdeskapande).`,
    messageEn: `The category ${q(value)} is not recognised (use VA, NNVA, NVA or the Swedish words).`,
  }),
  badWasteType: (value: string): Msg => ({
    message: `Slöseritypen ${q(value)} känns inte igen (överproduktion, väntan, transport, överarbete, lager, rörelse, defekter/omarbete, outnyttjad kompetens).`,
    messageEn: `The waste type ${q(value)} is not recognised (overproduction, waiting, transport, overprocessing, inventory, motion, defects, unused talent).`,
  }),
  badNumber: (value: string): Msg => ({
    message: `Talet ${q(value)} kan inte tolkas.`,
    messageEn: `The number ${q(value)} cannot be read.`,
  }),
  unmatchedStart: (): Msg => ({
    message: "Start utan matchande avslut (complete) för samma steg i samma flöde; räknas som en tidpunkt (start = slut).",
    messageEn: "Start without a matching complete of the same step in the same flow; kept as an instant (start = end).",
  }),
  unmatchedComplete: (): Msg => ({
    message: "Avslut (complete) utan öppen start för samma steg i samma flöde; räknas som en tidpunkt (start = slut).",
    messageEn: "Complete without an open start of the same step in the same flow; kept as an instant (start = end).",
  }),
  implausibleTime: (value: string, minYear: number, maxYear: number): Msg => ({
    message: `Tiden ${q(value)} ligger utanför det rimliga intervallet ${minYear}–${maxYear} och läses inte.`,
    messageEn: `The time ${q(value)} lies outside the plausible range ${minYear}–${maxYear} and is not read.`,
  }),
  duplicateColumn: (name: string, first: number, again: number, renamed: string): Msg => ({
    message: `Kolumnnamnet ${q(name)} förekommer två gånger (kolumn ${first} och ${again}, skiftläge och mellanslag räknas inte); kolumn ${again} heter ${q(renamed)} i importen och kolumn ${first} används för mappningen.`,
    messageEn: `The column name ${q(name)} occurs twice (columns ${first} and ${again}, ignoring case and spaces); column ${again} is called ${q(renamed)} in the import and column ${first} is used for the mapping.`,
  }),
  encodingMixed: (): Msg => ({
    message: "Filen blandar teckenkodningar (giltig UTF-8 följd av ogiltiga byte); ogiltiga tecken ersätts med �.",
    messageEn: "The file mixes encodings (valid UTF-8 followed by invalid bytes); invalid characters are replaced by �.",
  }),
  lineTooLong: (): Msg => ({
    message: "En rad är längre än 64 miljoner tecken; filen är inte en händelselogg i CSV-format.",
    messageEn: "A line is longer than 64 million characters; the file is not an event log in CSV format.",
  }),
  tooLarge: (detailSv: string, detailEn: string, heap = false): Msg => ({
    message: `Filen är för stor för minnet (${detailSv}). Dela upp den, filtrera bort kolumner eller kör ${heap ? "med mer minne för Node (node --max-old-space-size=8192)" : "på en dator med mer minne"}.`,
    messageEn: `The file is too large for memory (${detailEn}). Split it, drop columns, or run ${heap ? "with more memory for Node (node --max-old-space-size=8192)" : "on a machine with more memory"}.`,
  }),
  lifecycleIgnored: (value: string, count: number): Msg => ({
    message: `${count} händelser med livscykelvärdet ${q(value)} räknas men blir inga observationer.`,
    messageEn: `${count} events with lifecycle value ${q(value)} are counted but do not become observations.`,
  }),
  dstGap: (value: string, gapMin: number): Msg => ({
    message: `Tiden ${q(value)} finns inte (sommartid börjar); den flyttas fram ${gapMin} minuter.`,
    messageEn: `The time ${q(value)} does not exist (daylight saving starts); it is moved forward by ${gapMin} minutes.`,
  }),
  dstAmbiguous: (value: string): Msg => ({
    message: `Tiden ${q(value)} förekommer två gånger (sommartid slutar); den tidigare tolkningen används.`,
    messageEn: `The time ${q(value)} occurs twice (daylight saving ends); the earlier instant is used.`,
  }),
  dateOrderAssumed: (): Msg => ({
    message: "Ordningen dag/månad kan inte avgöras ur datan; datumen läses som dag/månad/år.",
    messageEn: "The day/month order cannot be decided from the data; dates are read as day/month/year.",
  }),
  assumedDuration: (step: string, count: number, minutes: number): Msg => ({
    message: `Steget ${q(step)}: ${count} händelser med en tidpunkt antas pågå standardtiden ${minutes} min före tidpunkten.`,
    messageEn: `Step ${q(step)}: ${count} single-timestamp events are assumed to last the standard ${minutes} min before the timestamp.`,
  }),
  unknownStep: (step: string, count: number): Msg => ({
    message: `Steget ${q(step)} (${count} rader) finns inte i processmodellen.`,
    messageEn: `The step ${q(step)} (${count} rows) is not in the process model.`,
  }),
  pseudonymised: (count: number): Msg => ({
    message: `${count} personnummerliknande värden har ersatts med pseudonymer.`,
    messageEn: `${count} personnummer-like values were replaced by pseudonyms.`,
  }),
  encodingFallback: (): Msg => ({
    message: "Filen är inte giltig UTF-8 och läses som Windows-1252.",
    messageEn: "The file is not valid UTF-8 and is read as Windows-1252.",
  }),
  // File-level (fatal) problems.
  personnummer: (rows: readonly number[], columns: readonly string[], total: number): Msg => ({
    message:
      `Filen innehåller ${total} personnummerliknande värden (rader ${rowList(rows)}${total > rows.length ? " …" : ""}; ` +
      `kolumner ${columns.join(", ")}). Ta bort dem eller importera med pseudonymisering.`,
    messageEn:
      `The file holds ${total} personnummer-like values (rows ${rowList(rows)}${total > rows.length ? " …" : ""}; ` +
      `columns ${columns.join(", ")}). Remove them or import with pseudonymisation.`,
  }),
  unreadable: (reason: string): Msg => ({
    message: `Filen kan inte läsas: ${reason}`,
    messageEn: `The file cannot be read: ${reason}`,
  }),
  unreadableXlsx: (reason: string): Msg => ({
    message: `Excelfilen kan inte läsas (${reason}). Spara den på nytt som .xlsx, eller som CSV.`,
    messageEn: `The Excel file cannot be read (${reason}). Save it again as .xlsx, or as CSV.`,
  }),
  xlsxProtectedOrOld: (): Msg => ({
    message: "Filen är en lösenordsskyddad arbetsbok eller i det gamla binära Excelformatet (.xls). Spara den utan lösenord som .xlsx, eller som CSV.",
    messageEn: "The file is a password-protected workbook or in the old binary Excel format (.xls). Save it without a password as .xlsx, or as CSV.",
  }),
  emptySheet: (): Msg => ({
    message: "Första bladet i arbetsboken är tomt (ingen rubrikrad).",
    messageEn: "The workbook's first sheet is empty (no header row).",
  }),
  empty: (): Msg => ({
    message: "Filen är tom (ingen rubrikrad).",
    messageEn: "The file is empty (no header row).",
  }),
  noColumn: (what: "flow" | "step" | "time", columns: readonly string[]): Msg => {
    const sv = { flow: "flödes-id (t.ex. ärende, case id)", step: "steg (t.ex. aktivitet, activity)", time: "tid (t.ex. start/slut, timestamp)" }[what];
    const en = { flow: "flow id (e.g. case id)", step: "step (e.g. activity)", time: "time (e.g. start/end, timestamp)" }[what];
    return {
      message: `Ingen kolumn för ${sv} hittades bland ${columns.map(q).join(", ")}. Ange kolumnen explicit.`,
      messageEn: `No column for the ${en} was found among ${columns.map(q).join(", ")}. Give the column explicitly.`,
    };
  },
  noSuchColumn: (field: string, column: string): Msg => ({
    message: `Kolumnen ${q(column)} (angiven för ${field}) finns inte i filen.`,
    messageEn: `The column ${q(column)} (given for ${field}) is not in the file.`,
  }),
  xmlEntityDeclaration: (): Msg => ({
    message:
      "Filen deklarerar egna XML-entiteter (<!ENTITY …> i en DOCTYPE). Av säkerhetsskäl läses bara de fem fördefinierade " +
      "entiteterna (&amp; &lt; &gt; &quot; &apos;) och numeriska teckenreferenser; ta bort DOCTYPE-deklarationen.",
    messageEn:
      "The file declares its own XML entities (<!ENTITY …> in a DOCTYPE). For safety only the five predefined entities " +
      "(&amp; &lt; &gt; &quot; &apos;) and numeric character references are read; remove the DOCTYPE declaration.",
  }),
  xmlExternalDtd: (): Msg => ({
    message: "Filen hänvisar till en extern DTD (SYSTEM/PUBLIC i DOCTYPE). Av säkerhetsskäl läses inga andra filer; ta bort DOCTYPE-deklarationen.",
    messageEn: "The file refers to an external DTD (SYSTEM/PUBLIC in its DOCTYPE). For safety no other file is read; remove the DOCTYPE declaration.",
  }),
  xmlUndefinedEntity: (name: string): Msg => ({
    message: `Entiteten &${name}; är inte definierad (bara &amp; &lt; &gt; &quot; &apos; och numeriska teckenreferenser läses).`,
    messageEn: `The entity &${name}; is not defined (only &amp; &lt; &gt; &quot; &apos; and numeric character references are read).`,
  }),
  xmlUnterminated: (what: string): Msg => ({
    message: `XML-strukturen tar slut mitt i ${what === "tag" ? "en tagg" : what === "comment" ? "en kommentar" : what === "cdata" ? "ett CDATA-avsnitt" : "en deklaration"}.`,
    messageEn: `The XML ends in the middle of ${what === "tag" ? "a tag" : what === "comment" ? "a comment" : what === "cdata" ? "a CDATA section" : "a declaration"}.`,
  }),
  xmlTooLong: (maxBytes: number): Msg => ({
    message: `En enskild XML-tagg eller text är längre än ${Math.round(maxBytes / 1048576)} MiB; filen läses inte.`,
    messageEn: `A single XML tag or text is longer than ${Math.round(maxBytes / 1048576)} MiB; the file is not read.`,
  }),
  notXes: (root: string | null): Msg => ({
    message: root === null ? "Inget <log>-element hittades (inte en XES-fil)." : `Rotelementet är <${root}>, inte <log> (inte en XES-fil).`,
    messageEn: root === null ? "No <log> element was found (not an XES file)." : `The root element is <${root}>, not <log> (not an XES file).`,
  }),
  xesTruncated: (): Msg => ({
    message: "XES-filen tar slut före </log>; den verkar avkortad (t.ex. en avbruten nedladdning) och läses inte.",
    messageEn: "The XES file ends before </log>; it looks truncated (e.g. an interrupted download) and is not read.",
  }),
  decompressedTooLarge: (capBytes: number, what: string): Msg => ({
    message:
      `Uppackad blir ${what} större än gränsen ${formatBytes(capBytes, "sv")} och läses inte (skydd mot zip-bomber). ` +
      `Höj gränsen med flaggan --max-decompressed (t.ex. --max-decompressed 20GB) eller ImportOptions.maxDecompressedBytes.`,
    messageEn:
      `Decompressed, ${what} exceeds the limit of ${formatBytes(capBytes, "en")} and is not read (protection against zip bombs). ` +
      `Raise the limit with --max-decompressed (e.g. --max-decompressed 20GB) or ImportOptions.maxDecompressedBytes.`,
  }),
  compressionRatioTooHigh: (ratio: number, what: string): Msg => ({
    message:
      `${what} packas upp mer än ${ratio} gånger sin packade storlek, som en zip-bomb, och läses inte. ` +
      `Är filen äkta: höj gränsen med flaggan --max-ratio (t.ex. --max-ratio 2000) eller ImportOptions.maxCompressionRatio.`,
    messageEn:
      `${what} expands to more than ${ratio} times its compressed size, like a zip bomb, and is not read. ` +
      `If the file is genuine, raise the limit with --max-ratio (e.g. --max-ratio 2000) or ImportOptions.maxCompressionRatio.`,
  }),
  corruptCompressed: (what: string, reason: string): Msg => ({
    message: `${what} är skadad och kan inte packas upp (${reason}).`,
    messageEn: `${what} is corrupt and cannot be decompressed (${reason}).`,
  }),
  unsupportedFormat: (ext: string): Msg => ({
    message: `Filformatet ${q(ext)} stöds inte här; spara som .xlsx, CSV (semikolon- eller kommaseparerad) eller XES.`,
    messageEn: `The file format ${q(ext)} is not supported here; save as .xlsx, CSV (semicolon or comma separated) or XES.`,
  }),
  // Process model.
  modelMissingColumn: (column: string): Msg => ({
    message: `Processmodellen saknar kolumnen ${q(column)}.`,
    messageEn: `The process model lacks the column ${q(column)}.`,
  }),
  modelDuplicateStep: (step: string, firstRow: number): Msg => ({
    message: `Steget ${q(step)} finns redan på rad ${firstRow}.`,
    messageEn: `The step ${q(step)} already appears on row ${firstRow}.`,
  }),
  modelBadJson: (reason: string): Msg => ({
    message: `Processmodellen är inte giltig JSON: ${reason}`,
    messageEn: `The process model is not valid JSON: ${reason}`,
  }),
  modelBadField: (path: string, expected: string): Msg => ({
    message: `Fältet ${q(path)} är ogiltigt (förväntat: ${expected}).`,
    messageEn: `The field ${q(path)} is invalid (expected: ${expected}).`,
  }),
  modelNoSteps: (): Msg => ({
    message: "Processmodellen har inga steg.",
    messageEn: "The process model has no steps.",
  }),
} as const;
