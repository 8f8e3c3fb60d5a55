import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  type BaselinePeriod,
  type EventLog,
  type Goal,
  loadBacklogAllocations,
  loadCareGuaranteeRules,
  loadGoals,
  loadUnits,
  monthlyReport,
  type Process,
  parseBaselinePeriod,
  type Unit,
} from "@flodes/core/node";
import { renderReportHtml } from "@flodes/viz";
import { flagOption, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { qualityReportText } from "../format/human.js";
import { CALENDAR_OPTIONS, calendarFrom } from "../input/calendar-options.js";
import { DEFAULT_TZ, IMPORT_OPTIONS, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { loadSmallFile, loadSteeringFiles, reportSteeringIssues, STEERING_OPTIONS, steeringInput } from "../input/steering-files.js";
import { EXIT_OK, EXIT_REJECTED } from "../io.js";
import { formatNote, HELP, MSG, type Msg, REPORT_MSG } from "../messages.js";
import { writeResult } from "../output.js";
import type { Command } from "./command.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** True when the log says its data are synthetic: a file name or a value of an extra column (e.g. källa) containing "syntet". */
function isSynthetic(file: string, log: EventLog): boolean {
  if (/syntet/i.test(file)) return true;
  return log.attributes.some((a) => a.values.slice(0, 1000).some((v) => /syntet/i.test(v)));
}

/**
 * Prints `html` to an A4 PDF with headless Chromium (playwright-core). Returns an error text instead of throwing
 * when Chromium is missing or fails, so the HTML report still counts as done.
 */
export async function htmlToPdf(html: string, pdfPath: string, executablePath = CHROMIUM): Promise<Msg | null> {
  if (!existsSync(executablePath)) return REPORT_MSG.noChromium(executablePath);
  try {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: "load" });
      await page.pdf({ path: pdfPath, format: "A4", printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
    return null;
  } catch (e) {
    return REPORT_MSG.pdfFailed((e as Error).message.split("\n")[0] ?? "");
  }
}

/** `flodes report <data> --model … --units … --goals … --month YYYY-MM --out rapport.html [--pdf]`. */
export const reportCommand: Command = {
  name: "report",
  summary: HELP.report.summary,
  description: REPORT_MSG.description,
  usage:
    "report <fil> --model processer.json --units enheter.json --goals mal.json --month ÅÅÅÅ-MM [--baseline ÅÅÅÅ-MM..ÅÅÅÅ-MM] --out rapport.html [--pdf]",
  options: [
    MODEL_OPTION,
    { name: "units", kind: "string", valueName: "fil", help: "enhetsfil (JSON eller CSV: id;namn;nivå;förälder)" },
    {
      name: "goals",
      kind: "string",
      valueName: "fil",
      help: "målfil, målbilden (JSON eller CSV: enhet;mått;baslinje;mål;datum;baslinjedatum)",
    },
    { name: "month", kind: "string", valueName: "ÅÅÅÅ-MM", help: "rapportmånad, t.ex. 2025-10 (ärenden som avslutades under månaden)" },
    {
      name: "baseline",
      kind: "string",
      valueName: "ÅÅÅÅ-MM..ÅÅÅÅ-MM",
      help: "baslinjeperiod som allt jämförs med, samma som målens, t.ex. 2025-01..2025-06 (standard: de sex månaderna före rapportmånaden)",
    },
    { name: "out", kind: "string", valueName: "fil", help: "HTML-fil att skriva (standard: stdout)" },
    { name: "pdf", kind: "flag", help: "skriv även en PDF bredvid HTML-filen (kräver Chromium i /usr/bin/chromium)" },
    {
      name: "rules",
      kind: "string",
      valueName: "fil",
      help: "vårdgarantins regler för kösektionen (som för flodes queue; standard: 0-3-90-90)",
    },
    { name: "allocation", kind: "string", valueName: "fil", help: "tilldelade medel för förskjuten vård (som för flodes queue)" },
    ...STEERING_OPTIONS,
    ...CALENDAR_OPTIONS,
    ...IMPORT_OPTIONS,
  ],
  examples: [
    {
      comment: "månadsrapport för oktober 2025 på de syntetiska pilotdata",
      command:
        "flodes report data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --units data/pilot/enheter.json --goals data/pilot/mal.json --month 2025-10 --baseline 2025-01..2025-06 --out rapport.html",
    },
    {
      comment: "med avsnitten om effektivitetsmatris, frigjord kapacitet, förbättringsportfölj och målhierarki",
      command:
        "flodes report data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --units data/pilot/enheter.json --goals data/pilot/mal.json --month 2025-10 --staffing data/pilot/bemanning.csv --improvements data/pilot/forbattringar.csv --goal-tree data/pilot/malhierarki.csv --context data/pilot/kontext.csv --out rapport.html",
    },
    {
      comment: "samma i arbetstid och som PDF",
      command:
        "flodes report data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --units data/pilot/enheter.csv --goals data/pilot/mal.csv --month 2025-10 --working-time --out rapport.html --pdf",
    },
  ],
  async run(args, io) {
    const month = stringOption(args, "month");
    if (month === undefined) throw new CliError("usage", REPORT_MSG.needsOption("--month"));
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new CliError("usage", REPORT_MSG.badMonth(month));
    const baselineText = stringOption(args, "baseline");
    let baseline: BaselinePeriod | undefined;
    if (baselineText !== undefined) {
      try {
        baseline = parseBaselinePeriod(baselineText);
      } catch {
        throw new CliError("usage", REPORT_MSG.badBaseline(baselineText));
      }
    }
    const modelFile = stringOption(args, "model");
    if (modelFile === undefined) throw new CliError("usage", REPORT_MSG.needsOption("--model"));
    const unitsFile = stringOption(args, "units");
    if (unitsFile === undefined) throw new CliError("usage", REPORT_MSG.needsOption("--units"));
    const goalsFile = stringOption(args, "goals");
    const out = stringOption(args, "out");
    const pdf = flagOption(args, "pdf");
    if (pdf && (out === undefined || out === "-")) throw new CliError("usage", REPORT_MSG.needsOption("--out"));

    const tz = stringOption(args, "tz") ?? DEFAULT_TZ;
    const calendar = calendarFrom(args, tz);
    const units = await loadSmallFile<Unit[]>(io, unitsFile, (path) => loadUnits(path));
    const goals = goalsFile !== undefined ? await loadSmallFile<Goal[]>(io, goalsFile, (path) => loadGoals(path)) : [];
    const rulesFile = stringOption(args, "rules");
    const rules = rulesFile !== undefined ? await loadSmallFile(io, rulesFile, (path) => loadCareGuaranteeRules(path)) : undefined;
    const allocationFile = stringOption(args, "allocation");
    const allocations =
      allocationFile !== undefined ? await loadSmallFile(io, allocationFile, (path) => loadBacklogAllocations(path)) : undefined;
    const steering = await loadSteeringFiles(args, io);
    const withSteering = Object.keys(steering).length > 0;
    const { file, result, model, progress } = await loadLog(args, io);
    progress.analyzing();
    const processes: readonly Process[] =
      model === undefined ? [] : Array.isArray(model) ? (model as readonly Process[]) : [model as Process];
    const synthetic = isSynthetic(file, result.log);
    const report = monthlyReport(
      { processes, units, goals, log: result.log, ...(withSteering ? { steering: steeringInput(steering) } : {}) },
      {
        month,
        tz,
        synthetic,
        quality: result.quality,
        ...(baseline ? { baseline } : {}),
        ...(calendar ? { calendar } : {}),
        // The queue section appears when the model names end steps.
        queue: { ...(rules ? { rules } : {}), ...(allocations ? { allocations } : {}) },
      },
    );
    const html = await renderReportHtml(report);
    progress.done();
    await writeResult(io, html, out);
    if (out !== undefined && out !== "-") io.stderr.write(formatNote(REPORT_MSG.written(out)));
    if (synthetic) io.stderr.write(formatNote(REPORT_MSG.synthetic));
    if (!baseline) io.stderr.write(formatNote(REPORT_MSG.defaultBaseline(report.baseline.label)));
    if (calendar) io.stderr.write(formatNote(MSG.workingTimeBasis(calendar.label, calendar.labelEn)));
    if (pdf && out !== undefined) {
      const pdfPath = resolve(io.cwd ?? process.cwd(), `${out.replace(/\.html?$/i, "")}.pdf`);
      const failure = await htmlToPdf(html, pdfPath);
      // The HTML is written; the PDF that was asked for is not, so the run fails with exit code 2.
      if (failure) throw new CliError("input", failure);
      io.stderr.write(formatNote(REPORT_MSG.pdfWritten(pdfPath)));
    }
    const steeringRejected = reportSteeringIssues(steering, io);
    if (result.quality.rejected > 0) {
      io.stderr.write(formatNote(MSG.rowsRejected(result.quality.rejected, result.quality.rowsIn)));
      io.stderr.write(qualityReportText(result.quality, { file }));
      return EXIT_REJECTED;
    }
    return steeringRejected ? EXIT_REJECTED : EXIT_OK;
  },
};
