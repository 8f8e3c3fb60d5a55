/** User-facing messages for import and process-model loading (Swedish first, English second). */
import type { IssueCode } from "../model/quality.js";
import { type Msg, messageTable, type Text } from "./msg.js";

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
  ...messageTable(
    {
      endBeforeStart: (): Text => ({
        sv: "Sluttiden ligger före starttiden.",
        en: "The end time is before the start time.",
      }),
      unparseableTime: (value: string): Text => ({
        sv: `Tiden ${q(value)} kan inte tolkas (förväntat t.ex. 2025-03-14 08:30, 14.03.2025 08:30 eller ett Excel-datum).`,
        en: `The time ${q(value)} cannot be read (expected e.g. 2025-03-14 08:30, 14.03.2025 08:30 or an Excel date).`,
      }),
      missingFlow: (): Text => ({
        sv: "Flödes-id (ärende) saknas.",
        en: "The flow (case) id is missing.",
      }),
      missingStep: (): Text => ({
        sv: "Steg (aktivitet) saknas.",
        en: "The step (activity) is missing.",
      }),
      missingTime: (): Text => ({
        sv: "Tid saknas.",
        en: "The time is missing.",
      }),
      duplicateRow: (firstRow: number): Text => ({
        sv: `Raden är en exakt kopia av rad ${firstRow}.`,
        en: `The row is an exact duplicate of row ${firstRow}.`,
      }),
      wrongFieldCount: (got: number, expected: number): Text => ({
        sv: `Raden har ${got} fält men rubrikraden har ${expected}.`,
        en: `The row has ${got} fields but the header has ${expected}.`,
      }),
      unterminatedQuote: (): Text => ({
        sv: "Ett citattecken öppnas men stängs aldrig; raden läses inte.",
        en: "A quote is opened but never closed; the row is not read.",
      }),
      badCategory: (value: string): Text => ({
        sv: `Kategorin ${q(value)} känns inte igen (använd VA, NNVA, NVA eller värdeskapande, nödvändig, ej värdeskapande).`,
        en: `The category ${q(value)} is not recognised (use VA, NNVA, NVA or the Swedish words).`,
      }),
      badWasteType: (value: string): Text => ({
        sv: `Slöseritypen ${q(value)} känns inte igen (överproduktion, väntan, transport, överarbete, lager, rörelse, defekter/omarbete, outnyttjad kompetens).`,
        en: `The waste type ${q(value)} is not recognised (overproduction, waiting, transport, overprocessing, inventory, motion, defects, unused talent).`,
      }),
      badNumber: (value: string): Text => ({
        sv: `Talet ${q(value)} kan inte tolkas.`,
        en: `The number ${q(value)} cannot be read.`,
      }),
      unmatchedStart: (): Text => ({
        sv: "Start utan matchande avslut (complete) för samma steg i samma flöde; räknas som en tidpunkt (start = slut).",
        en: "Start without a matching complete of the same step in the same flow; kept as an instant (start = end).",
      }),
      unmatchedComplete: (): Text => ({
        sv: "Avslut (complete) utan öppen start för samma steg i samma flöde; räknas som en tidpunkt (start = slut).",
        en: "Complete without an open start of the same step in the same flow; kept as an instant (start = end).",
      }),
      implausibleTime: (value: string, minYear: number, maxYear: number): Text => ({
        sv: `Tiden ${q(value)} ligger utanför det rimliga intervallet ${minYear}–${maxYear} och läses inte.`,
        en: `The time ${q(value)} lies outside the plausible range ${minYear}–${maxYear} and is not read.`,
      }),
      duplicateColumn: (name: string, first: number, again: number, renamed: string): Text => ({
        sv: `Kolumnnamnet ${q(name)} förekommer två gånger (kolumn ${first} och ${again}, skiftläge och mellanslag räknas inte); kolumn ${again} heter ${q(renamed)} i importen och kolumn ${first} används för mappningen.`,
        en: `The column name ${q(name)} occurs twice (columns ${first} and ${again}, ignoring case and spaces); column ${again} is called ${q(renamed)} in the import and column ${first} is used for the mapping.`,
      }),
      encodingMixed: (): Text => ({
        sv: "Filen blandar teckenkodningar (giltig UTF-8 följd av ogiltiga byte); ogiltiga tecken ersätts med �.",
        en: "The file mixes encodings (valid UTF-8 followed by invalid bytes); invalid characters are replaced by �.",
      }),
      lineTooLong: (): Text => ({
        sv: "En rad är längre än 64 miljoner tecken; filen är inte en händelselogg i CSV-format.",
        en: "A line is longer than 64 million characters; the file is not an event log in CSV format.",
      }),
      tooLarge: (detailSv: string, detailEn: string, heap = false): Text => ({
        sv: `Filen är för stor för minnet (${detailSv}). Dela upp den, filtrera bort kolumner eller kör ${heap ? "med mer minne för Node (node --max-old-space-size=8192)" : "på en dator med mer minne"}.`,
        en: `The file is too large for memory (${detailEn}). Split it, drop columns, or run ${heap ? "with more memory for Node (node --max-old-space-size=8192)" : "on a machine with more memory"}.`,
      }),
      lifecycleIgnored: (value: string, count: number): Text => ({
        sv: `${count} händelser med livscykelvärdet ${q(value)} räknas men blir inga observationer.`,
        en: `${count} events with lifecycle value ${q(value)} are counted but do not become observations.`,
      }),
      dstGap: (value: string, gapMin: number): Text => ({
        sv: `Tiden ${q(value)} finns inte (sommartid börjar); den flyttas fram ${gapMin} minuter.`,
        en: `The time ${q(value)} does not exist (daylight saving starts); it is moved forward by ${gapMin} minutes.`,
      }),
      dstAmbiguous: (value: string): Text => ({
        sv: `Tiden ${q(value)} förekommer två gånger (sommartid slutar); den tidigare tolkningen används.`,
        en: `The time ${q(value)} occurs twice (daylight saving ends); the earlier instant is used.`,
      }),
      dateOrderAssumed: (): Text => ({
        sv: "Ordningen dag/månad kan inte avgöras ur datan; datumen läses som dag/månad/år.",
        en: "The day/month order cannot be decided from the data; dates are read as day/month/year.",
      }),
      assumedDuration: (step: string, count: number, minutes: number): Text => ({
        sv: `Steget ${q(step)}: ${count} händelser med en tidpunkt antas pågå standardtiden ${minutes} min före tidpunkten.`,
        en: `Step ${q(step)}: ${count} single-timestamp events are assumed to last the standard ${minutes} min before the timestamp.`,
      }),
      unknownStep: (step: string, count: number): Text => ({
        sv: `Steget ${q(step)} (${count} rader) finns inte i processmodellen.`,
        en: `The step ${q(step)} (${count} rows) is not in the process model.`,
      }),
      pseudonymised: (count: number): Text => ({
        sv: `${count} personnummerliknande värden har ersatts med pseudonymer.`,
        en: `${count} personnummer-like values were replaced by pseudonyms.`,
      }),
      encodingFallback: (): Text => ({
        sv: "Filen är inte giltig UTF-8 och läses som Windows-1252.",
        en: "The file is not valid UTF-8 and is read as Windows-1252.",
      }),
      // File-level (fatal) problems.
      personnummer: (rows: readonly number[], columns: readonly string[], total: number): Text => {
        // The builder lists at most five first-seen rows; a distinct value seen first in an already listed row adds none.
        const more = rows.length >= 5 && total > rows.length ? " …" : "";
        return {
          sv:
            `Filen innehåller ${total === 1 ? "ett personnummerliknande värde" : `${total} olika personnummerliknande värden`} ` +
            `(först på ${rows.length === 1 ? "rad" : "rader"} ${rowList(rows)}${more}; ${columns.length === 1 ? "kolumn" : "kolumner"} ${columns.join(", ")}) ` +
            `och läses inte. Ta bort ${total === 1 ? "värdet" : "dem"} eller importera med pseudonymisering.`,
          en:
            `The file holds ${total === 1 ? "a personnummer-like value" : `${total} distinct personnummer-like values`} ` +
            `(first in ${rows.length === 1 ? "row" : "rows"} ${rowList(rows)}${more}; ${columns.length === 1 ? "column" : "columns"} ${columns.join(", ")}) ` +
            `and is not read. Remove ${total === 1 ? "it" : "them"} or import with pseudonymisation.`,
        };
      },
      unreadable: (reason: string): Text => ({
        sv: `Filen kan inte läsas: ${reason}`,
        en: `The file cannot be read: ${reason}`,
      }),
      unreadableXlsx: (reason: string): Text => ({
        sv: `Excelfilen kan inte läsas (${reason}). Spara den på nytt som .xlsx, eller som CSV.`,
        en: `The Excel file cannot be read (${reason}). Save it again as .xlsx, or as CSV.`,
      }),
      xlsxProtectedOrOld: (): Text => ({
        sv: "Filen är en lösenordsskyddad arbetsbok eller i det gamla binära Excelformatet (.xls). Spara den utan lösenord som .xlsx, eller som CSV.",
        en: "The file is a password-protected workbook or in the old binary Excel format (.xls). Save it without a password as .xlsx, or as CSV.",
      }),
      emptySheet: (): Text => ({
        sv: "Första bladet i arbetsboken är tomt (ingen rubrikrad).",
        en: "The workbook's first sheet is empty (no header row).",
      }),
      empty: (): Text => ({
        sv: "Filen är tom (ingen rubrikrad).",
        en: "The file is empty (no header row).",
      }),
      noColumn: (
        what: "flow" | "step" | "time",
        columns: readonly string[],
      ): Msg<"NO_FLOW_COLUMN" | "NO_STEP_COLUMN" | "NO_TIME_COLUMN"> => {
        const sv = {
          flow: "flödes-id (t.ex. ärende, case id)",
          step: "steg (t.ex. aktivitet, activity)",
          time: "tid (t.ex. start/slut, timestamp)",
        }[what];
        const en = { flow: "flow id (e.g. case id)", step: "step (e.g. activity)", time: "time (e.g. start/end, timestamp)" }[what];
        return {
          code: what === "flow" ? "NO_FLOW_COLUMN" : what === "step" ? "NO_STEP_COLUMN" : "NO_TIME_COLUMN",
          sv: `Ingen kolumn för ${sv} hittades bland ${columns.map(q).join(", ")}. Ange kolumnen explicit.`,
          en: `No column for the ${en} was found among ${columns.map(q).join(", ")}. Give the column explicitly.`,
        };
      },
      noSuchColumn: (field: string, column: string): Text => ({
        sv: `Kolumnen ${q(column)} (angiven för ${field}) finns inte i filen.`,
        en: `The column ${q(column)} (given for ${field}) is not in the file.`,
      }),
      xmlEntityDeclaration: (): Text => ({
        sv:
          "Filen deklarerar egna XML-entiteter (<!ENTITY …> i en DOCTYPE). Av säkerhetsskäl läses bara de fem fördefinierade " +
          "entiteterna (&amp; &lt; &gt; &quot; &apos;) och numeriska teckenreferenser; ta bort DOCTYPE-deklarationen.",
        en:
          "The file declares its own XML entities (<!ENTITY …> in a DOCTYPE). For safety only the five predefined entities " +
          "(&amp; &lt; &gt; &quot; &apos;) and numeric character references are read; remove the DOCTYPE declaration.",
      }),
      xmlExternalDtd: (): Text => ({
        sv: "Filen hänvisar till en extern DTD (SYSTEM/PUBLIC i DOCTYPE). Av säkerhetsskäl läses inga andra filer; ta bort DOCTYPE-deklarationen.",
        en: "The file refers to an external DTD (SYSTEM/PUBLIC in its DOCTYPE). For safety no other file is read; remove the DOCTYPE declaration.",
      }),
      xmlUndefinedEntity: (name: string): Text => ({
        sv: `Entiteten &${name}; är inte definierad (bara &amp; &lt; &gt; &quot; &apos; och numeriska teckenreferenser läses).`,
        en: `The entity &${name}; is not defined (only &amp; &lt; &gt; &quot; &apos; and numeric character references are read).`,
      }),
      xmlUnterminated: (what: string): Text => ({
        sv: `XML-strukturen tar slut mitt i ${what === "tag" ? "en tagg" : what === "comment" ? "en kommentar" : what === "cdata" ? "ett CDATA-avsnitt" : "en deklaration"}.`,
        en: `The XML ends in the middle of ${what === "tag" ? "a tag" : what === "comment" ? "a comment" : what === "cdata" ? "a CDATA section" : "a declaration"}.`,
      }),
      xmlTooLong: (maxBytes: number): Text => ({
        sv: `En enskild XML-tagg eller text är längre än ${Math.round(maxBytes / 1048576)} MiB; filen läses inte.`,
        en: `A single XML tag or text is longer than ${Math.round(maxBytes / 1048576)} MiB; the file is not read.`,
      }),
      notXes: (root: string | null): Text => ({
        sv: root === null ? "Inget <log>-element hittades (inte en XES-fil)." : `Rotelementet är <${root}>, inte <log> (inte en XES-fil).`,
        en: root === null ? "No <log> element was found (not an XES file)." : `The root element is <${root}>, not <log> (not an XES file).`,
      }),
      xesTruncated: (): Text => ({
        sv: "XES-filen tar slut före </log>; den verkar avkortad (t.ex. en avbruten nedladdning) och läses inte.",
        en: "The XES file ends before </log>; it looks truncated (e.g. an interrupted download) and is not read.",
      }),
      decompressedTooLarge: (capBytes: number, what: string): Text => ({
        sv:
          `Uppackad blir ${what} större än gränsen ${formatBytes(capBytes, "sv")} och läses inte (skydd mot zip-bomber). ` +
          `Höj gränsen med flaggan --max-decompressed (t.ex. --max-decompressed 20GB) eller ImportOptions.maxDecompressedBytes.`,
        en:
          `Decompressed, ${what} exceeds the limit of ${formatBytes(capBytes, "en")} and is not read (protection against zip bombs). ` +
          `Raise the limit with --max-decompressed (e.g. --max-decompressed 20GB) or ImportOptions.maxDecompressedBytes.`,
      }),
      compressionRatioTooHigh: (ratio: number, what: string): Text => ({
        sv:
          `${what} packas upp mer än ${ratio} gånger sin packade storlek, som en zip-bomb, och läses inte. ` +
          `Är filen äkta: höj gränsen med flaggan --max-ratio (t.ex. --max-ratio 2000) eller ImportOptions.maxCompressionRatio.`,
        en:
          `${what} expands to more than ${ratio} times its compressed size, like a zip bomb, and is not read. ` +
          `If the file is genuine, raise the limit with --max-ratio (e.g. --max-ratio 2000) or ImportOptions.maxCompressionRatio.`,
      }),
      corruptCompressed: (what: string, reason: string): Text => ({
        sv: `${what} är skadad och kan inte packas upp (${reason}).`,
        en: `${what} is corrupt and cannot be decompressed (${reason}).`,
      }),
      badTimeZone: (tz: string): Text => ({
        sv: `Okänd tidszon ${q(tz)} (t.ex. Europe/Stockholm).`,
        en: `Unknown time zone ${q(tz)} (e.g. Europe/Stockholm).`,
      }),
      unsupportedFormat: (ext: string): Text => ({
        sv: `Filformatet ${q(ext)} stöds inte här; spara som .xlsx, CSV (semikolon- eller kommaseparerad) eller XES.`,
        en: `The file format ${q(ext)} is not supported here; save as .xlsx, CSV (semicolon or comma separated) or XES.`,
      }),
      // Process model.
      modelMissingColumn: (column: "steg" | "kategori"): Msg<"NO_STEP_COLUMN" | "NO_SUCH_COLUMN"> => ({
        code: column === "steg" ? "NO_STEP_COLUMN" : "NO_SUCH_COLUMN",
        sv: `Processmodellen saknar kolumnen ${q(column)}.`,
        en: `The process model lacks the column ${q(column)}.`,
      }),
      modelDuplicateStep: (step: string, firstRow: number): Text => ({
        sv: `Steget ${q(step)} finns redan på rad ${firstRow}.`,
        en: `The step ${q(step)} already appears on row ${firstRow}.`,
      }),
      modelBadJson: (reason: string): Text => ({
        sv: `Processmodellen är inte giltig JSON: ${reason}`,
        en: `The process model is not valid JSON: ${reason}`,
      }),
      modelNoSteps: (): Text => ({
        sv: "Processmodellen har inga steg.",
        en: "The process model has no steps.",
      }),
    },
    {
      endBeforeStart: "END_BEFORE_START",
      unparseableTime: "UNPARSEABLE_TIME",
      missingFlow: "MISSING_FLOW",
      missingStep: "MISSING_STEP",
      missingTime: "MISSING_TIME",
      duplicateRow: "DUPLICATE_ROW",
      wrongFieldCount: "WRONG_FIELD_COUNT",
      unterminatedQuote: "UNTERMINATED_QUOTE",
      badCategory: "BAD_CATEGORY",
      badWasteType: "BAD_WASTE_TYPE",
      badNumber: "BAD_NUMBER",
      unmatchedStart: "UNMATCHED_START",
      unmatchedComplete: "UNMATCHED_COMPLETE",
      implausibleTime: "IMPLAUSIBLE_TIME",
      duplicateColumn: "DUPLICATE_COLUMN",
      encodingMixed: "ENCODING_MIXED",
      lineTooLong: "UNREADABLE",
      tooLarge: "TOO_LARGE",
      lifecycleIgnored: "LIFECYCLE_IGNORED",
      dstGap: "DST_GAP",
      dstAmbiguous: "DST_AMBIGUOUS",
      dateOrderAssumed: "DATE_ORDER_ASSUMED",
      assumedDuration: "ASSUMED_DURATION",
      unknownStep: "UNKNOWN_STEP",
      pseudonymised: "PSEUDONYMISED",
      encodingFallback: "ENCODING_FALLBACK",
      personnummer: "PERSONNUMMER",
      unreadable: "UNREADABLE",
      unreadableXlsx: "UNREADABLE",
      xlsxProtectedOrOld: "UNREADABLE",
      emptySheet: "EMPTY",
      empty: "EMPTY",
      noSuchColumn: "NO_SUCH_COLUMN",
      xmlEntityDeclaration: "UNSAFE_XML",
      xmlExternalDtd: "UNSAFE_XML",
      xmlUndefinedEntity: "UNSAFE_XML",
      xmlUnterminated: "UNREADABLE",
      xmlTooLong: "UNREADABLE",
      notXes: "UNREADABLE",
      xesTruncated: "UNREADABLE",
      decompressedTooLarge: "TOO_LARGE",
      compressionRatioTooHigh: "TOO_LARGE",
      corruptCompressed: "UNREADABLE",
      unsupportedFormat: "UNREADABLE",
      modelDuplicateStep: "DUPLICATE_ROW",
      modelBadJson: "UNREADABLE",
      modelNoSteps: "EMPTY",
      badTimeZone: "UNREADABLE",
    },
  ),
  /** Its code is the caller's: the same text serves several problems. */
  modelBadField: <C extends IssueCode | "UNREADABLE">(code: C, path: string, expected: string): Msg<C> => ({
    code,
    sv: `Fältet ${q(path)} är ogiltigt (förväntat: ${expected}).`,
    en: `The field ${q(path)} is invalid (expected: ${expected}).`,
  }),
};
