import { terminalSafe } from "./format/terminal-safe.js";
// Every user-facing text of the CLI, Swedish first and English second.

/** A message in Swedish and English. */
export interface Text {
  sv: string;
  en: string;
}

const t = (sv: string, en: string): Text => ({ sv, en });

/** Errors and notes. Errors are always printed in both languages. */
export const MSG = {
  unknownCommand: (name: string) => t(`okänt kommando: ${name}`, `unknown command: ${name}`),
  unknownOption: (flag: string) => t(`okänd flagga: ${flag}`, `unknown option: ${flag}`),
  missingValue: (flag: string) => t(`flaggan ${flag} behöver ett värde`, `option ${flag} needs a value`),
  flagTakesNoValue: (flag: string) =>
    t(`flaggan ${flag} tar inget värde`, `option ${flag} does not take a value`),
  badChoice: (flag: string, value: string, choices: readonly string[]) =>
    t(
      `ogiltigt värde för ${flag}: "${value}" (tillåtet: ${choices.join(", ")})`,
      `invalid value for ${flag}: "${value}" (allowed: ${choices.join(", ")})`,
    ),
  missingFile: t("ange en fil att läsa", "give a file to read"),
  tooManyFiles: (extra: string) =>
    t(`för många argument: ${extra} (ange en fil)`, `too many arguments: ${extra} (give one file)`),
  badTimeZone: (tz: string) =>
    t(`okänd tidszon: ${tz} (t.ex. Europe/Stockholm)`, `unknown time zone: ${tz} (e.g. Europe/Stockholm)`),
  badHours: (part: string) =>
    t(
      `kan inte läsa öppettiderna "${part}" (t.ex. "mån-fre 07:30-16:30" eller "mån-tor 08:00-12:00+13:00-17:00, fre 08:00-15:00")`,
      `cannot read the opening hours "${part}" (e.g. "mon-fri 07:30-16:30" or "mon-thu 08:00-12:00+13:00-17:00, fri 08:00-15:00")`,
    ),
  workingTimeBasis: (sv: string, en: string) => t(`mätt i arbetstid: ${sv}`, `measured in working time: ${en}`),
  badSeparator: (sep: string) =>
    t(`avgränsaren måste vara ett tecken, fick "${sep}"`, `the separator must be one character, got "${sep}"`),
  keyNeedsPseudonymise: t(
    "--key används bara tillsammans med --pseudonymise",
    "--key is only used together with --pseudonymise",
  ),
  tableNeedsCsv: t("--table gäller bara --format csv", "--table only applies to --format csv"),
  csvOptionNeedsCsv: (flag: string) =>
    t(`${flag} gäller bara --format csv`, `${flag} only applies to --format csv`),
  fileNotFound: (file: string) => t(`filen finns inte: ${file}`, `file not found: ${file}`),
  isDirectory: (file: string) => t(`${file} är en katalog, inte en fil`, `${file} is a directory, not a file`),
  unreadable: (file: string, detail: string) =>
    t(`kunde inte läsa ${file}: ${detail}`, `could not read ${file}: ${detail}`),
  badModel: (file: string, detail: string) =>
    t(`kunde inte läsa processmodellen ${file}: ${detail}`, `could not read the process model ${file}: ${detail}`),
  personnummer: (file: string) =>
    t(
      `${file} innehåller personnummer; filen läses inte. ` +
        "Ta bort dem, eller pseudonymisera med --pseudonymise --key <nyckel>",
      `${file} contains Swedish personal identity numbers (personnummer); the file is not read. ` +
        "Remove them, or pseudonymise with --pseudonymise --key <key>",
    ),
  cannotWrite: (file: string, detail: string) =>
    t(`kunde inte skriva ${file}: ${detail}`, `could not write ${file}: ${detail}`),
  seeHelp: (command: string | null) =>
    t(
      `Se: flodes ${command === null ? "" : `${command} `}--help`,
      `See: flodes ${command === null ? "" : `${command} `}--help`,
    ),
  categoriesAssumed: (assumed: number, total: number) =>
    assumed >= total
      ? t(
          "Obs: ingen processmodell (--model) angavs och filen har ingen kategorikolumn, så alla steg räknas som NNVA " +
            "(okänd kategori). Flödeseffektiviteten blir därför 0 tills stegen kategoriseras.",
          "Note: no process model (--model) was given and the file has no category column, so every step counts as " +
            "NNVA (unknown category). Flow efficiency is therefore 0 until the steps are categorised.",
        )
      : t(
          `Obs: ingen processmodell (--model) angavs; filens egen kategorikolumn används, men ${assumed} av ${total} ` +
            "observationer saknar kategori och räknas som NNVA (okänd kategori).",
          `Note: no process model (--model) was given; the file's own category column is used, but ${assumed} of ${total} ` +
            "observations have no category and count as NNVA (unknown category).",
        ),
  unknownProcess: (value: string, known: readonly string[]) =>
    t(
      `processen "${value}" finns inte i loggen (processer: ${known.join(", ") || "inga"})`,
      `the process "${value}" is not in the log (processes: ${known.join(", ") || "none"})`,
    ),
  byNeedsJson: t("--by gäller JSON-utdata (grupperna läggs i \"groups\")", "--by applies to JSON output (the groups go into \"groups\")"),
  stepsNotInModel: (model: string, steps: readonly string[]) =>
    t(
      `Obs: ${steps.length} steg finns inte i processmodellen ${model} och räknas som NNVA (okänd kategori): ${steps.join(", ")}`,
      `Note: ${steps.length} steps are not in the process model ${model} and count as NNVA (unknown category): ${steps.join(", ")}`,
    ),
  rowsRejected: (rejected: number, rowsIn: number) =>
    t(
      `${rejected} av ${rowsIn} rader avvisades (se rapporten nedan). Utdata bygger på de godkända raderna.`,
      `${rejected} of ${rowsIn} rows were rejected (see the report below). The output uses the accepted rows.`,
    ),
  progressRows: (done: string, total: string) => t(`importerar… ${done} / ${total} rader`, `importing… ${done} / ${total} rows`),
  progressRowsNoTotal: (done: string) => t(`importerar… ${done} rader`, `importing… ${done} rows`),
  progressAnalyze: t("beräknar…", "computing…"),
  progressBytes: (pct: string, done: string, total: string, rate: string, eta: string) =>
    t(`importerar… ${pct} % (${done} av ${total} MB, ${rate} MB/s, ca ${eta} kvar)`, `importing… ${pct} % (${done} of ${total} MB, ${rate} MB/s, about ${eta} left)`),
  progressBytesNoTotal: (done: string, rate: string) => t(`importerar… ${done} MB (${rate} MB/s)`, `importing… ${done} MB (${rate} MB/s)`),
  convertNeedsTo: t(
    "ange utformatet med --to xes|csv|parquet|arrow (eller en --out-fil som slutar på .xes, .csv, .parquet eller .arrow)",
    "give the output format with --to xes|csv|parquet|arrow (or an --out file ending in .xes, .csv, .parquet or .arrow)",
  ),
  convertNeedsOut: t("ange utfilen med --out <fil>", "give the output file with --out <file>"),
  binaryNotToStdout: (format: string) =>
    t(`${format} är binärt och skrivs inte till terminalen; ange --out <fil>`, `${format} is binary and is not written to the terminal; give --out <file>`),
  excelNeedsCsv: t("--excel gäller bara --to csv", "--excel only applies to --to csv"),
  outIsInput: (file: string) =>
    t(`--out ${file} är samma fil som loggen; välj ett annat namn`, `--out ${file} is the log itself; choose another name`),
  converted: (observations: string, flows: string, file: string, format: string) =>
    t(`Skrev ${observations} observationer i ${flows} flöden till ${file} (${format}).`, `Wrote ${observations} observations in ${flows} flows to ${file} (${format}).`),
  badSize: (flag: string, value: string) =>
    t(
      `ogiltig storlek för ${flag}: "${value}" (t.ex. 500MB, 8GB eller ett antal byte)`,
      `invalid size for ${flag}: "${value}" (e.g. 500MB, 8GB or a number of bytes)`,
    ),
  badRatio: (value: string) =>
    t(`ogiltigt värde för --max-ratio: "${value}" (ett tal större än 1, t.ex. 500)`, `invalid value for --max-ratio: "${value}" (a number above 1, e.g. 500)`),
} as const;

/** Labels of the human-readable quality report (Swedish; codes stay English so users can search them). */
export const REPORT_SV = {
  title: (file: string) => `Datakvalitet: ${file}`,
  rowsIn: "Rader in",
  accepted: "Godkända",
  rejected: "Avvisade",
  observations: "Observationer",
  ignoredRows: "Ignorerade rader (t.ex. schedule/suspend)",
  unmatched: "Omatchade start / complete",
  encoding: "Teckenkodning",
  separator: "Avgränsare",
  lifecycle: "Livscykelvärden",
  identity: "rader in = godkända + avvisade",
  noIssues: "Inga problem hittades.",
  issuesTitle: "Problem per kod:",
  error: "fel, raden avvisas",
  warning: "varning, raden behålls",
  rows: (n: number) => (n === 1 ? "1 rad" : `${n} rader`),
  row: (row: number) => (row > 0 ? `rad ${row}` : "hela filen"),
  column: (column: string) => `kolumn "${column}"`,
  more: (n: number) => `… och ${n} till`,
  omitted: (n: number) => `(${n} problem utelämnade ur listan; antalen ovan är exakta)`,
} as const;

/** Help texts: Swedish prose, English flag names. */
export const HELP = {
  programSummary:
    "flodes — flödeseffektivitet för hälso- och sjukvården: läser en händelselogg (CSV, Excel, XES),\n" +
    "kontrollerar datakvaliteten och räknar ledtid, värdeskapande tid, väntan och flödeseffektivitet.",
  programEnglish:
    "English: flodes computes lead time, value-adding time, waits and flow efficiency from an event log.\n" +
    "Flags are in English; errors are printed in Swedish and English. Run `flodes <command> --help`.",
  usage: "Användning",
  commands: "Kommandon",
  options: "Flaggor",
  examples: "Exempel",
  exitCodes:
    "Slutkoder: 0 klart · 1 klart men rader avvisades (rapporten skrivs ut) · 2 fel i anropet eller filen går inte att läsa",
  globalHelp: "visa hjälpen",
  version: "visa versionen",
  commandHelpHint: "Hjälp för ett kommando: flodes <kommando> --help",
  options_: {
    model: "processmodell (.json med en process eller en lista, eller .csv med steg;kategori;slöseri;roll;timkostnad); utan den räknas alla steg som NNVA",
    tz: "tidszon för lokala tider utan offset (standard: Europe/Stockholm)",
    json: "skriv kvalitetsrapporten som JSON på stdout",
    format: "utformat: json (standard) eller csv",
    out: "skriv till filen i stället för stdout",
    process: "räkna bara flödena i den här processen (id eller namn)",
    by: "dela upp sammanfattning, steg och överlämningar per process eller per enhet (JSON: groups)",
    table: "vilken tabell som skrivs som CSV: flows (standard), steps eller handoffs",
    excel: "CSV för svensk Excel: svenska rubriker, semikolon, decimalkomma, BOM, tider som 2025-03-14 08:30, tider i timmar eller dagar och andelar i % med högst 2 decimaler",
    outSep: "avgränsare i CSV-utdata (standard: ,); ; ger även decimalkomma",
    flowCol: "kolumnen med flöde/ärende (standard: känns igen, t.ex. ärende, case id)",
    stepCol: "kolumnen med steg/aktivitet",
    startCol: "kolumnen med starttid",
    endCol: "kolumnen med sluttid",
    timeCol: "kolumnen med tidpunkt (loggar med en tid per händelse)",
    lifecycleCol: "kolumnen med livscykel (start/complete)",
    sep: "avgränsare i indatafilen (standard: upptäcks automatiskt, , eller ;)",
    pseudonymise: "ersätt personnummer med en nyckelad pseudonym i stället för att vägra läsa filen",
    key: "nyckel för --pseudonymise (eller miljövariabeln FLODES_PSEUDONYM_KEY); utan nyckel en slumpad per körning",
    progress: "visa förlopp på stderr även när stderr inte är en terminal",
    workingTime:
      "mät i arbetstid i stället för kalendertid: öppettider (standard mån–fre 07:30–16:30, samma som webbplatsen), stängt på helgdagar, julafton, nyårsafton och midsommarafton",
    hours: 'öppettider för arbetstid, t.ex. "mån-fre 07:30-16:30" (ger arbetstid)',
    help: "visa hjälpen för kommandot",
    maxDecompressed:
      "största storlek en packad fil (.gz, delarna i en .xlsx) får packas upp till, t.ex. 20GB (standard: 8GB; skydd mot zip-bomber)",
    maxRatio: "största uppackningsfaktor för packade filer, kontrolleras efter de första 64 MiB (standard: 200; skydd mot zip-bomber)",
    to: "utformat: xes (IEEE 1849), csv, parquet eller arrow (Arrow IPC); standard: efter --out-filens ändelse",
    convertOut: "filen som skrivs (krävs; - skriver xes och csv till stdout)",
    convertExcel: "CSV för svensk Excel: semikolon, CRLF och BOM",
    convertTz: "tidszon för tidsangivelserna i XES och CSV (ISO 8601 med offset); samma som --tz för indata",
  },
  validate: {
    summary: "kontrollera datakvaliteten i en händelselogg",
    description:
      "Läser filen och skriver en rapport: antal rader in, godkända och avvisade (rader in = godkända + avvisade),\n" +
      "och problemen grupperade per kod med de första raderna. Slutkod 1 om någon rad avvisades.",
  },
  convert: {
    summary: "konvertera en händelselogg till XES, CSV, Parquet eller Arrow",
    description:
      "Läser loggen som de andra kommandona gör (samma kolumnigenkänning, tider, kvalitetskontroll och --model)\n" +
      "och skriver den godkända delen i ett annat format, ett flöde i taget i tidsordning:\n" +
      "  xes      IEEE 1849: ett trace per flöde, start/complete-par för intervall, complete för tidpunkter;\n" +
      "           läses av ProM och pm4py, och av flodes igen\n" +
      "  csv      flow, step, process, unit, role, resource, start, end, category, row och övriga kolumner;\n" +
      "           tider i ISO 8601 med offset; celler som Excel skulle köra som formler oskadliggörs\n" +
      "  parquet  samma kolumner, tider som TIMESTAMP(ms, UTC), för DuckDB, Polars och pandas\n" +
      "  arrow    Arrow IPC-fil (Feather v2), samma kolumner, för DuckDB, Polars och arquero\n" +
      "Avvisade rader ger slutkod 1 och en rapport på stderr; de övriga skrivs ändå.",
  },
  report: {
    summary: "månadsrapport per enhet mot målbilden som fristående HTML (och PDF)",
  },
  metrics: {
    summary: "räkna mått per flöde och per steg (JSON eller CSV)",
    description:
      "Räknar ledtid, VA/NNVA/NVA, väntan, beröringstid och flödeseffektivitet per flöde, och fördelningar per steg.\n" +
      "JSON (standard) innehåller quality, summary, flows och steps; CSV skriver en tabell (--table).\n" +
      "Tider i utdata är millisekunder (…Ms) i kalendertid. Percentiler: linjär interpolation, h = (n−1)·p.\n" +
      "Avvisade rader ger slutkod 1 och en rapport på stderr; stdout innehåller bara resultatet.",
  },
} as const;

/** Renders an error for the terminal: Swedish line, then English line. */
export function formatError(text: Text): string {
  return `flodes: ${terminalSafe(text.sv)}\n        (en) ${terminalSafe(text.en)}\n`;
}

/** Renders a note (not an error) for stderr in both languages. */
export function formatNote(text: Text): string {
  return `${terminalSafe(text.sv)}\n(en) ${terminalSafe(text.en)}\n`;
}

/** Texts of `flodes queue`: help, notes and errors (Swedish first, English second). */
/** Texts of `flodes effect` the program help needs without loading the command. */
export const EFFECT_TEXT = {
  summary: "från flödesfakta till styrning: effektivitetsmatris, frigjord kapacitet (årsarbetare, kronor) och förbättringsportfölj",
};

export const QUEUE_TEXT = {
  summary: "köer och tillgänglighet: öppna ärenden, pågående arbete, vårdgaranti, ledtid med öppna ärenden, prognoser",
  description:
    "Räknar vid analysdatumet (--as-of, standard: loggens sista händelse; händelser efter det räknas inte) vilka ärenden som är\n" +
    "avslutade (har nått ett slutsteg: modellens endSteps eller --end-steps) och vilka som är öppna, med ålder, nuvarande steg och\n" +
    "väntetid. Dessutom: pågående arbete (WIP) per dag och enhet, genomströmning per vecka, kumulativt flödesdiagram per process,\n" +
    "Littles lag, åldrande WIP mot avslutade ärendens 50/85/95 %, vårdgarantins regler (0-3-90-90, eller egna med --rules) per enhet\n" +
    "och månad där öppna ärenden över gränsen räknas in, ledtid med öppna ärenden som censurerade (Kaplan–Meier) bredvid enbart\n" +
    "avslutade, Monte Carlo-prognoser (10 000 körningar, fast frö) och kö per månad mot tilldelade medel för förskjuten vård.\n" +
    "Tider i utdata är millisekunder (…Ms) i kalendertid.",
  options: {
    asOf: "analysdatum ÅÅÅÅ-MM-DD (händelser efter dagens slut räknas inte; standard: loggens sista händelse)",
    endSteps: 'slutsteg för alla processer, kommaseparerade, t.ex. "Åtgärd,Avslut" (standard: modellens endSteps, annars dess sista steg)',
    rules: "vårdgarantins regler (CSV: regel;namn;från_steg;till_steg;gräns_dagar;dagtyp; standard: 0-3-90-90 med vanliga stegnamn)",
    allocation: "tilldelade medel för förskjuten vård (CSV: enhet;tilldelning_kr;från;till;målkö) för nedtrappning och kronor per köärende",
    table: "vilken tabell som skrivs som CSV: open (standard), wip, throughput, guarantee, leadtime, aging, forecast eller backlog",
    historyWeeks: "antal hela veckor av genomströmning som prognoserna bygger på (standard: 26)",
    horizonWeeks: "antal veckor för prognosen hur många som avslutas (standard: 4)",
    seed: "frö för Monte Carlo-prognoserna (standard: 20250701), samma frö ger samma prognos",
  },
  noEndSteps: {
    sv: 'inga slutsteg: ange --end-steps (t.ex. "Åtgärd,Avslut") eller en processmodell (--model) med endSteps, annars kan inget ärende räknas som avslutat',
    en: 'no end steps: give --end-steps (e.g. "Åtgärd,Avslut") or a process model (--model) with endSteps; otherwise no case can count as closed',
  },
  emptyEndSteps: { sv: "--end-steps behöver minst ett stegnamn", en: "--end-steps needs at least one step name" },
  badAsOf: (value: string) => t(`ogiltigt analysdatum: "${value}" (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-31)`, `invalid as-of date: "${value}" (write YYYY-MM-DD, e.g. 2026-03-31)`),
  badWeeks: (flag: string, value: string) => t(`${flag} ska vara ett heltal ≥ 1, fick "${value}"`, `${flag} must be a whole number ≥ 1, got "${value}"`),
  badSeed: (value: string) => t(`--seed ska vara ett heltal, fick "${value}"`, `--seed must be a whole number, got "${value}"`),
  badFile: (file: string, detail: string) => t(`kan inte läsa ${file}: ${detail}`, `cannot read ${file}: ${detail}`),
  asOf: (date: string, open: number, closed: number) =>
    t(`Analysdatum ${date}: ${open} öppna och ${closed} avslutade ärenden.`, `As of ${date}: ${open} open and ${closed} closed cases.`),
  lastModelStep: (processes: string) =>
    t(
      `Obs: processmodellen anger inga slutsteg för ${processes}; modellens sista steg används som slutsteg (ange endSteps eller --end-steps).`,
      `Note: the process model names no end steps for ${processes}; the model's last step is used as end step (give endSteps or --end-steps).`,
    ),
  noEndStepFor: (processes: string) =>
    t(
      `Obs: inga slutsteg för ${processes}; deras ärenden räknas som öppna.`,
      `Note: no end steps for ${processes}; their cases count as open.`,
    ),
  defaultRules: t(
    "Vårdgarantins standardregler används (0-3-90-90 med vanliga stegnamn); ange --rules med era stegnamn.",
    "The default care-guarantee rules are used (0-3-90-90 with common step names); give --rules with your step names.",
  ),
} as const;
