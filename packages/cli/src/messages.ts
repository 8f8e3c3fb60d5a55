import { type Msg, msg, steeringMessage, type Text } from "@flodes/core/messages";
import { terminalSafe } from "./format/terminal-safe.js";

// Every user-facing text of the CLI, Swedish first and English second.

/** A text in Swedish and English; with a code it is a {@link Msg} (core's one message type). */
export type { Msg, Text };

/** A CLI message: its code is the key it is listed under. */
const t = <const C extends string>(code: C, sv: string, en: string): Msg<C> => msg(code, sv, en);

/** Errors and notes. Errors are always printed in both languages. */
export const MSG = {
  unknownCommand: (name: string) => t("unknownCommand", `okänt kommando: ${name}`, `unknown command: ${name}`),
  unknownOption: (flag: string) => t("unknownOption", `okänd flagga: ${flag}`, `unknown option: ${flag}`),
  missingValue: (flag: string) => t("missingValue", `flaggan ${flag} behöver ett värde`, `option ${flag} needs a value`),
  flagTakesNoValue: (flag: string) => t("flagTakesNoValue", `flaggan ${flag} tar inget värde`, `option ${flag} does not take a value`),
  badChoice: (flag: string, value: string, choices: readonly string[]) =>
    t(
      "badChoice",
      `ogiltigt värde för ${flag}: "${value}" (tillåtet: ${choices.join(", ")})`,
      `invalid value for ${flag}: "${value}" (allowed: ${choices.join(", ")})`,
    ),
  missingFile: t("missingFile", "ange en fil att läsa", "give a file to read"),
  tooManyFiles: (extra: string) =>
    t("tooManyFiles", `för många argument: ${extra} (ange en fil)`, `too many arguments: ${extra} (give one file)`),
  badTimeZone: (tz: string) =>
    t("badTimeZone", `okänd tidszon: ${tz} (t.ex. Europe/Stockholm)`, `unknown time zone: ${tz} (e.g. Europe/Stockholm)`),
  badHours: (part: string) =>
    t(
      "badHours",
      `kan inte läsa öppettiderna "${part}" (t.ex. "mån-fre 07:30-16:30" eller "mån-tor 08:00-12:00+13:00-17:00, fre 08:00-15:00")`,
      `cannot read the opening hours "${part}" (e.g. "mon-fri 07:30-16:30" or "mon-thu 08:00-12:00+13:00-17:00, fri 08:00-15:00")`,
    ),
  workingTimeBasis: (sv: string, en: string) => t("workingTimeBasis", `mätt i arbetstid: ${sv}`, `measured in working time: ${en}`),
  badSeparator: (sep: string) =>
    t("badSeparator", `avgränsaren måste vara ett tecken, fick "${sep}"`, `the separator must be one character, got "${sep}"`),
  keyNeedsPseudonymise: t(
    "keyNeedsPseudonymise",
    "--key används bara tillsammans med --pseudonymise",
    "--key is only used together with --pseudonymise",
  ),
  tableNeedsCsv: t("tableNeedsCsv", "--table gäller bara --format csv", "--table only applies to --format csv"),
  csvOptionNeedsCsv: (flag: string) => t("csvOptionNeedsCsv", `${flag} gäller bara --format csv`, `${flag} only applies to --format csv`),
  fileNotFound: (file: string) => t("fileNotFound", `filen finns inte: ${file}`, `file not found: ${file}`),
  isDirectory: (file: string) => t("isDirectory", `${file} är en katalog, inte en fil`, `${file} is a directory, not a file`),
  unreadable: (file: string, detail: string) => t("unreadable", `kunde inte läsa ${file}: ${detail}`, `could not read ${file}: ${detail}`),
  badModel: (file: string, detail: string) =>
    t("badModel", `kunde inte läsa processmodellen ${file}: ${detail}`, `could not read the process model ${file}: ${detail}`),
  /** Follows core's refusal (count, rows, columns — the text the site shows too) with the CLI's way out. */
  personnummerHint: t(
    "personnummer",
    "Med flodes: pseudonymisera med --pseudonymise --key <nyckel>.",
    "With flodes: pseudonymise with --pseudonymise --key <key>.",
  ),
  cannotWrite: (file: string, detail: string) =>
    t("cannotWrite", `kunde inte skriva ${file}: ${detail}`, `could not write ${file}: ${detail}`),
  seeHelp: (command: string | null) =>
    t("seeHelp", `Se: flodes ${command === null ? "" : `${command} `}--help`, `See: flodes ${command === null ? "" : `${command} `}--help`),
  categoriesAssumed: (assumed: number, total: number) =>
    assumed >= total
      ? t(
          "categoriesAssumed",
          "Obs: ingen processmodell (--model) angavs och filen har ingen kategorikolumn, så alla steg räknas som NNVA " +
            "(okänd kategori). Flödeseffektiviteten blir därför 0 tills stegen kategoriseras.",
          "Note: no process model (--model) was given and the file has no category column, so every step counts as " +
            "NNVA (unknown category). Flow efficiency is therefore 0 until the steps are categorised.",
        )
      : t(
          "categoriesAssumed",
          `Obs: ingen processmodell (--model) angavs; filens egen kategorikolumn används, men ${assumed} av ${total} ` +
            "observationer saknar kategori och räknas som NNVA (okänd kategori).",
          `Note: no process model (--model) was given; the file's own category column is used, but ${assumed} of ${total} ` +
            "observations have no category and count as NNVA (unknown category).",
        ),
  unknownProcess: (value: string, known: readonly string[]) =>
    t(
      "unknownProcess",
      `processen "${value}" finns inte i loggen (processer: ${known.join(", ") || "inga"})`,
      `the process "${value}" is not in the log (processes: ${known.join(", ") || "none"})`,
    ),
  byNeedsJson: t(
    "byNeedsJson",
    '--by gäller JSON-utdata (grupperna läggs i "groups")',
    '--by applies to JSON output (the groups go into "groups")',
  ),
  stepsNotInModel: (model: string, steps: readonly string[]) =>
    t(
      "stepsNotInModel",
      `Obs: ${steps.length} steg finns inte i processmodellen ${model} och räknas som NNVA (okänd kategori): ${steps.join(", ")}`,
      `Note: ${steps.length} steps are not in the process model ${model} and count as NNVA (unknown category): ${steps.join(", ")}`,
    ),
  rowsRejected: (rejected: number, rowsIn: number) =>
    t(
      "rowsRejected",
      `${rejected} av ${rowsIn} rader avvisades (se rapporten nedan). Utdata bygger på de godkända raderna.`,
      `${rejected} of ${rowsIn} rows were rejected (see the report below). The output uses the accepted rows.`,
    ),
  progressRows: (done: string, total: string) =>
    t("progressRows", `importerar… ${done} / ${total} rader`, `importing… ${done} / ${total} rows`),
  progressRowsNoTotal: (done: string) => t("progressRowsNoTotal", `importerar… ${done} rader`, `importing… ${done} rows`),
  progressAnalyze: t("progressAnalyze", "beräknar…", "computing…"),
  progressBytes: (pct: string, done: string, total: string, rate: string, eta: string) =>
    t(
      "progressBytes",
      `importerar… ${pct} % (${done} av ${total} MB, ${rate} MB/s, ca ${eta} kvar)`,
      `importing… ${pct} % (${done} of ${total} MB, ${rate} MB/s, about ${eta} left)`,
    ),
  progressBytesNoTotal: (done: string, rate: string) =>
    t("progressBytesNoTotal", `importerar… ${done} MB (${rate} MB/s)`, `importing… ${done} MB (${rate} MB/s)`),
  convertNeedsTo: t(
    "convertNeedsTo",
    "ange utformatet med --to xes|csv|parquet|arrow (eller en --out-fil som slutar på .xes, .csv, .parquet eller .arrow)",
    "give the output format with --to xes|csv|parquet|arrow (or an --out file ending in .xes, .csv, .parquet or .arrow)",
  ),
  convertNeedsOut: t("convertNeedsOut", "ange utfilen med --out <fil>", "give the output file with --out <file>"),
  binaryNotToStdout: (format: string) =>
    t(
      "binaryNotToStdout",
      `${format} är binärt och skrivs inte till terminalen; ange --out <fil>`,
      `${format} is binary and is not written to the terminal; give --out <file>`,
    ),
  excelNeedsCsv: t("excelNeedsCsv", "--excel gäller bara --to csv", "--excel only applies to --to csv"),
  outIsInput: (file: string) =>
    t("outIsInput", `--out ${file} är samma fil som loggen; välj ett annat namn`, `--out ${file} is the log itself; choose another name`),
  converted: (observations: string, flows: string, file: string, format: string) =>
    t(
      "converted",
      `Skrev ${observations} observationer i ${flows} flöden till ${file} (${format}).`,
      `Wrote ${observations} observations in ${flows} flows to ${file} (${format}).`,
    ),
  badSize: (flag: string, value: string) =>
    t(
      "badSize",
      `ogiltig storlek för ${flag}: "${value}" (t.ex. 500MB, 8GB eller ett antal byte)`,
      `invalid size for ${flag}: "${value}" (e.g. 500MB, 8GB or a number of bytes)`,
    ),
  badFile: (file: string, detail: string) => t("badFile", `kan inte läsa ${file}: ${detail}`, `cannot read ${file}: ${detail}`),
  sideFileRejected: (file: string, rejected: number, rowsIn: number) =>
    t(
      "sideFileRejected",
      `${file}: ${rejected} av ${rowsIn} rader avvisades (rader in = godkända + avvisade).`,
      `${file}: ${rejected} of ${rowsIn} rows were rejected (rows in = accepted + rejected).`,
    ),
  badRatio: (value: string) =>
    t(
      "badRatio",
      `ogiltigt värde för --max-ratio: "${value}" (ett tal större än 1, t.ex. 500)`,
      `invalid value for --max-ratio: "${value}" (a number above 1, e.g. 500)`,
    ),
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
  exitCodes: "Slutkoder: 0 klart · 1 klart men rader avvisades (rapporten skrivs ut) · 2 fel i anropet eller filen går inte att läsa",
  globalHelp: "visa hjälpen",
  version: "visa versionen",
  commandHelpHint: "Hjälp för ett kommando: flodes <kommando> --help",
  options_: {
    model:
      "processmodell (.json med en process eller en lista, eller .csv med steg;kategori;slöseri;roll;timkostnad); utan den räknas alla steg som NNVA",
    tz: "tidszon för lokala tider utan offset (standard: Europe/Stockholm)",
    json: "skriv kvalitetsrapporten som JSON på stdout",
    format: "utformat: json (standard) eller csv",
    out: "skriv till filen i stället för stdout",
    process: "räkna bara flödena i den här processen (id eller namn)",
    by: "dela upp sammanfattning, steg och överlämningar per process eller per enhet (JSON: groups)",
    table: "vilken tabell som skrivs som CSV: flows (standard), steps eller handoffs",
    excel:
      "CSV för svensk Excel: svenska rubriker, semikolon, decimalkomma, BOM, tider som 2025-03-14 08:30, tider i timmar eller dagar och andelar i % med högst 2 decimaler",
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
    code: "queue.noEndSteps",
    sv: 'inga slutsteg: ange --end-steps (t.ex. "Åtgärd,Avslut") eller en processmodell (--model) med endSteps, annars kan inget ärende räknas som avslutat',
    en: 'no end steps: give --end-steps (e.g. "Åtgärd,Avslut") or a process model (--model) with endSteps; otherwise no case can count as closed',
  },
  emptyEndSteps: {
    code: "queue.emptyEndSteps",
    sv: "--end-steps behöver minst ett stegnamn",
    en: "--end-steps needs at least one step name",
  },
  badAsOf: (value: string) =>
    t(
      "queue.badAsOf",
      `ogiltigt analysdatum: "${value}" (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-31)`,
      `invalid as-of date: "${value}" (write YYYY-MM-DD, e.g. 2026-03-31)`,
    ),
  badWeeks: (flag: string, value: string) =>
    t("queue.badWeeks", `${flag} ska vara ett heltal ≥ 1, fick "${value}"`, `${flag} must be a whole number ≥ 1, got "${value}"`),
  badSeed: (value: string) =>
    t("queue.badSeed", `--seed ska vara ett heltal, fick "${value}"`, `--seed must be a whole number, got "${value}"`),
  asOf: (date: string, open: number, closed: number) =>
    t(
      "queue.asOf",
      `Analysdatum ${date}: ${open} öppna och ${closed} avslutade ärenden.`,
      `As of ${date}: ${open} open and ${closed} closed cases.`,
    ),
  lastModelStep: (processes: string) =>
    t(
      "queue.lastModelStep",
      `Obs: processmodellen anger inga slutsteg för ${processes}; modellens sista steg används som slutsteg (ange endSteps eller --end-steps).`,
      `Note: the process model names no end steps for ${processes}; the model's last step is used as end step (give endSteps or --end-steps).`,
    ),
  noEndStepFor: (processes: string) =>
    t(
      "queue.noEndStepFor",
      `Obs: inga slutsteg för ${processes}; deras ärenden räknas som öppna.`,
      `Note: no end steps for ${processes}; their cases count as open.`,
    ),
  defaultRules: t(
    "queue.defaultRules",
    "Vårdgarantins standardregler används (0-3-90-90 med vanliga stegnamn); ange --rules med era stegnamn.",
    "The default care-guarantee rules are used (0-3-90-90 with common step names); give --rules with your step names.",
  ),
} as const;

/** Texts of `flodes effect`. */
export const EFFECT_MSG = {
  summary: EFFECT_TEXT.summary,
  description:
    "Räknar per enhet och månad flödeseffektivitet mot resurseffektivitet (beröringstid per roll ÷ tillgänglig personaltid " +
    "enligt bemanningsfilen) — effektivitetsmatrisen; per förbättring med före/efter-resultat den personaltid i slöseriarbete " +
    "(NVA) och omarbete som inte längre behövs, per roll, i timmar per månad, årsarbetare och kronor med 95 % intervall; och " +
    "förbättringsportföljen: status per enhet, förväntad mot uppnådd effekt, stödbehov och vilket mål i målhierarkin varje " +
    "åtgärd tjänar. Frigjord tid är inte sparade pengar förrän den används.",
  needsOne: t(
    "effect.needsOne",
    "ange minst en av --staffing (bemanningsfil) och --improvements (förbättringsfil)",
    "give at least one of --staffing (staffing file) and --improvements (improvements file)",
  ),
  needsUnits: t(
    "effect.needsUnits",
    "--goal-tree behöver --units (enhetsfilen) för att mäta mål på alla nivåer",
    "--goal-tree needs --units (the units file) to measure goals at every level",
  ),
  badMonth: (m: string) =>
    t("effect.badMonth", `ogiltig månad: "${m}" (skriv ÅÅÅÅ-MM, t.ex. 2025-12)`, `invalid month: "${m}" (write YYYY-MM, e.g. 2025-12)`),
  badHours: (v: string) =>
    t(
      "effect.badHours",
      `ogiltigt antal timmar per årsarbetare: "${v}" (t.ex. 1700)`,
      `invalid hours per full-time equivalent: "${v}" (e.g. 1700)`,
    ),
  tableNeedsCsv: t(
    "effect.tableNeedsCsv",
    "--table och --excel gäller bara --format csv",
    "--table and --excel only apply to --format csv",
  ),
  caveat: steeringMessage.freedNotSaved(),
};

/** Texts of `flodes report`. */
export const REPORT_MSG = {
  description:
    "Bygger månadsrapporten: per enhet (region → förvaltning → verksamhetsområde → enhet) ledtid median och p85, " +
    "flödeseffektivitet, väntan som andel av ledtid, slöseri som andel av arbetad tid och kostnad för slöseri för ärenden " +
    "som avslutades under månaden; förändring mot baslinjeperioden (--baseline) med osäkerhet; seriediagram med signaler; målstatus; " +
    "ärvd väntan mellan processer; med --staffing, --improvements, --goal-tree och --context även effektivitetsmatris, frigjord " +
    "kapacitet, förbättringsportfölj och målhierarki. Skriver en " +
    "fristående HTML-fil (inga skript, inga nätverksresurser) som går att skriva ut på A4, och med --pdf även en PDF.",
  needsOption: (flag: string) => t("report.needsOption", `flaggan ${flag} behövs för report`, `option ${flag} is required for report`),
  badMonth: (m: string) =>
    t("report.badMonth", `ogiltig månad: "${m}" (skriv ÅÅÅÅ-MM, t.ex. 2025-10)`, `invalid month: "${m}" (write YYYY-MM, e.g. 2025-10)`),
  badBaseline: (b: string) =>
    t(
      "report.badBaseline",
      `ogiltig baslinje: "${b}" (skriv ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. 2025-01..2025-06)`,
      `invalid baseline: "${b}" (write YYYY-MM..YYYY-MM, e.g. 2025-01..2025-06)`,
    ),
  defaultBaseline: (label: string) =>
    t(
      "report.defaultBaseline",
      `Baslinje: de sex månaderna före rapportmånaden (${label}). Ange samma period som målen med --baseline, t.ex. --baseline 2025-01..2025-06.`,
      `Baseline: the six months before the report month (${label}). Give the goals' period with --baseline, e.g. --baseline 2025-01..2025-06.`,
    ),
  written: (file: string) => t("report.written", `Rapporten skrevs till ${file}.`, `The report was written to ${file}.`),
  pdfWritten: (file: string) => t("report.pdfWritten", `PDF skrevs till ${file}.`, `PDF written to ${file}.`),
  noChromium: (path: string) =>
    t(
      "report.noChromium",
      `PDF kunde inte skapas: Chromium saknas (${path}). Installera chromium (t.ex. apt-get install chromium) eller skriv ut HTML-filen till PDF från webbläsaren.`,
      `Could not create the PDF: Chromium is missing (${path}). Install chromium (e.g. apt-get install chromium) or print the HTML file to PDF from a browser.`,
    ),
  pdfFailed: (detail: string) => t("report.pdfFailed", `PDF kunde inte skapas: ${detail}`, `Could not create the PDF: ${detail}`),
  synthetic: t(
    "report.synthetic",
    "Indata är märkta som syntetiska; rapporten säger det.",
    "The input is marked synthetic; the report says so.",
  ),
};
