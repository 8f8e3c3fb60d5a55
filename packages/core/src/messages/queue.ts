/** User-facing messages of the queue and access analyses (Swedish first, English second). */
import { formatNumberText } from "./improvement.js";

/** A message in Swedish and English. */
export type QueueMsg = { message: string; messageEn: string };

/** An error thrown by a queue analysis for invalid input; `code` names the rule broken. */
export class QueueError extends Error {
  constructor(
    readonly code: "badAsOf" | "badOption",
    msg: QueueMsg,
  ) {
    super(`${msg.message} / ${msg.messageEn}`);
    this.name = "QueueError";
  }
}

const DAY_MS = 86_400_000;
const q = (s: string): string => `"${s}"`;
const pct = (c: number): string => `${Math.round(c * 100)} %`;
const int = (x: number) => formatNumberText(x, 0);
const days = (ms: number) => formatNumberText(ms / DAY_MS, ms >= 10 * DAY_MS ? 0 : 1);

/** "2026-W14" → { sv: "v. 14 (2026)", en: "week 14 (2026)" }. */
function week(key: string): { sv: string; en: string } {
  const [y, w] = key.split("-W");
  return { sv: `v. ${Number(w)} (${y})`, en: `week ${Number(w)} (${y})` };
}

export const queueMessage = {
  badAsOf: (text: string): QueueMsg => ({
    message: `Analysdatumet ${q(text)} är inget giltigt datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-31).`,
    messageEn: `The as-of date ${q(text)} is not a valid date (write YYYY-MM-DD, e.g. 2026-03-31).`,
  }),
  badOption: (fn: string, option: string, rule: string): QueueMsg => ({
    message: `${fn}: ${option} måste vara ${rule.split(" / ")[0]}.`,
    messageEn: `${fn}: ${option} must be ${rule.split(" / ")[1] ?? rule}.`,
  }),
  badEndFlag: (value: string): QueueMsg => ({
    message: `Slutsteg ska anges med ja eller nej, inte ${q(value)}.`,
    messageEn: `An end step is marked with ja (yes) or nej (no), not ${q(value)}.`,
  }),
  unknownEndStep: (step: string): QueueMsg => ({
    message: `Slutsteget ${q(step)} finns inte bland processens steg.`,
    messageEn: `The end step ${q(step)} is not one of the process's steps.`,
  }),
  noEndSteps: (): QueueMsg => ({
    message: "Inga slutsteg: ange --end-steps (t.ex. \"Åtgärd,Avslut\") eller en processmodell med endSteps, annars kan inget ärende räknas som avslutat.",
    messageEn: "No end steps: give --end-steps (e.g. \"Åtgärd,Avslut\") or a process model with endSteps; otherwise no flow can count as closed.",
  }),
  endStepsLastModelStep: (processes: readonly string[]): QueueMsg => ({
    message: `Processmodellen anger inga slutsteg för ${processes.join(", ")}; modellens sista steg används som slutsteg.`,
    messageEn: `The process model names no end steps for ${processes.join(", ")}; the model's last step is used as end step.`,
  }),
  ruleMissing: (column: string): QueueMsg => ({
    message: `Värde saknas i kolumnen ${column}.`,
    messageEn: `Value missing in column ${column}.`,
  }),
  ruleDuplicate: (id: string): QueueMsg => ({
    message: `Regeln ${q(id)} finns redan på en tidigare rad.`,
    messageEn: `The rule ${q(id)} already appears on an earlier row.`,
  }),
  ruleBadLimit: (value: string): QueueMsg => ({
    message: `Gränsen ${q(value)} ska vara ett helt antal dagar ≥ 0.`,
    messageEn: `The limit ${q(value)} must be a whole number of days ≥ 0.`,
  }),
  ruleBadDayType: (value: string): QueueMsg => ({
    message: `Okänd dagtyp ${q(value)} (använd kalenderdagar eller arbetsdagar).`,
    messageEn: `Unknown day type ${q(value)} (use kalenderdagar (calendar days) or arbetsdagar (working days)).`,
  }),
  badAmount: (value: string): QueueMsg => ({
    message: `${q(value)} är inget belopp eller antal ≥ 0.`,
    messageEn: `${q(value)} is not an amount or count ≥ 0.`,
  }),
  badDate: (value: string): QueueMsg => ({
    message: `${q(value)} är inget datum (ÅÅÅÅ-MM-DD).`,
    messageEn: `${q(value)} is not a date (YYYY-MM-DD).`,
  }),
  badPeriod: (from: string, to: string): QueueMsg => ({
    message: `Måldatumet ${to} ligger inte efter startdatumet ${from}.`,
    messageEn: `The target date ${to} is not after the start date ${from}.`,
  }),
  closedLine: (): QueueMsg => ({ message: "Avslutade", messageEn: "Closed" }),
  dayCount: (d: "calendar" | "working"): QueueMsg =>
    d === "calendar" ? { message: "kalenderdagar", messageEn: "calendar days" } : { message: "arbetsdagar", messageEn: "working days" },
  littlesLaw: (averageWip: number, expectedWip: number | null, gap: number | null, tolerance: number): QueueMsg => {
    const l = formatNumberText(averageWip, 1);
    if (expectedWip === null || gap === null) {
      return {
        message: `Genomsnittligt pågående arbete ${l.sv} ärenden; inga ärenden avslutades i perioden, så Littles lag kan inte prövas.`,
        messageEn: `Average work in progress ${l.en} cases; no case closed in the window, so Little's law cannot be checked.`,
      };
    }
    const e = formatNumberText(expectedWip, 1);
    const g = formatNumberText(Math.abs(gap) * 100, 0);
    if (Math.abs(gap) <= tolerance) {
      return {
        message: `Stabilt: i genomsnitt ${l.sv} pågående ärenden, och genomströmning × ledtid ger ${e.sv} (skillnad ${g.sv} %). Ledtiden beskriver flödet väl.`,
        messageEn: `Stable: on average ${l.en} cases in progress, and throughput × lead time gives ${e.en} (difference ${g.en} %). The lead time describes the flow well.`,
      };
    }
    return gap > 0
      ? {
          message: `Signal: i genomsnitt ${l.sv} pågående ärenden men genomströmning × ledtid förklarar bara ${e.sv} (${g.sv} % färre). Kön växer eller gamla ärenden blir liggande; de avslutade ärendenas ledtid underskattar väntan.`,
          messageEn: `Signal: on average ${l.en} cases in progress but throughput × lead time explains only ${e.en} (${g.en} % fewer). The queue is growing or old cases are left lying; the lead time of closed cases understates the wait.`,
        }
      : {
          message: `Signal: i genomsnitt ${l.sv} pågående ärenden men genomströmning × ledtid ger ${e.sv} (${g.sv} % fler). En gammal kö arbetas av; ledtiden för avslutade ärenden är just nu längre än för dem som väntar.`,
          messageEn: `Signal: on average ${l.en} cases in progress but throughput × lead time gives ${e.en} (${g.en} % more). An old queue is being worked off; closed cases currently have longer lead times than those waiting.`,
        };
  },
  censoredLeadTime: (closedMedianMs: number | null, kmMedianMs: number | null, open: number): QueueMsg => {
    if (closedMedianMs === null) {
      return { message: "Inga avslutade ärenden: ledtiden kan inte skattas.", messageEn: "No closed cases: the lead time cannot be estimated." };
    }
    const c = days(closedMedianMs);
    if (kmMedianMs === null) {
      return {
        message: `De avslutade ärendenas medianledtid är ${c.sv} dagar, men med ${int(open).sv} öppna ärenden inräknade har färre än hälften avslutats: medianen kan ännu inte skattas och är längre än så.`,
        messageEn: `The median lead time of closed cases is ${c.en} days, but counting ${int(open).en} open cases fewer than half have closed: the median cannot be estimated yet and is longer than that.`,
      };
    }
    const k = days(kmMedianMs);
    if (open === 0) {
      return {
        message: `Alla ärenden är avslutade: medianledtiden är ${k.sv} dagar med båda metoderna.`,
        messageEn: `Every case is closed: the median lead time is ${k.en} days by both methods.`,
      };
    }
    const diff = kmMedianMs - closedMedianMs;
    const d = days(Math.abs(diff));
    const rel = closedMedianMs > 0 ? formatNumberText((Math.abs(diff) / closedMedianMs) * 100, 0) : null;
    const share = rel ? ` (${rel.sv} %)` : "";
    const shareEn = rel ? ` (${rel.en} %)` : "";
    if (Math.abs(diff) < DAY_MS / 2) {
      return {
        message: `Med ${int(open).sv} öppna ärenden inräknade (Kaplan–Meier) är medianledtiden ${k.sv} dagar, nästan samma som de avslutade ärendenas ${c.sv} dagar: de öppna ärendena ändrar inte bilden.`,
        messageEn: `Counting ${int(open).en} open cases (Kaplan–Meier) the median lead time is ${k.en} days, almost the same as the ${c.en} days of closed cases: the open cases do not change the picture.`,
      };
    }
    return {
      message: `Med ${int(open).sv} öppna ärenden inräknade (Kaplan–Meier) är medianledtiden ${k.sv} dagar, ${d.sv} dagar${share} ${diff > 0 ? "längre" : "kortare"} än de avslutade ärendenas ${c.sv} dagar.`,
      messageEn: `Counting ${int(open).en} open cases (Kaplan–Meier) the median lead time is ${k.en} days, ${d.en} days${shareEn} ${diff > 0 ? "longer" : "shorter"} than the ${c.en} days of closed cases.`,
    };
  },
  whenDone: (confidence: number, queue: number, beforeWeek: string | null, anyClosing: boolean): QueueMsg => {
    if (queue === 0) return { message: "Ingen kö just nu.", messageEn: "No queue right now." };
    if (beforeWeek === null) {
      return anyClosing
        ? {
            message: `Med ${pct(confidence)} säkerhet blir dagens kö (${int(queue).sv} ärenden) inte avklarad inom tio år i nuvarande takt.`,
            messageEn: `With ${pct(confidence)} certainty today's queue (${int(queue).en} cases) is not cleared within ten years at the current pace.`,
          }
        : {
            message: `Dagens kö (${int(queue).sv} ärenden) kan inte prognosticeras: inga ärenden avslutades under historikens veckor.`,
            messageEn: `Today's queue (${int(queue).en} cases) cannot be forecast: no cases closed in the weeks of the history.`,
          };
    }
    const w = week(beforeWeek);
    return {
      message: `Med ${pct(confidence)} säkerhet är dagens kö (${int(queue).sv} ärenden) avklarad före ${w.sv}.`,
      messageEn: `With ${pct(confidence)} certainty today's queue (${int(queue).en} cases) is cleared before ${w.en}.`,
    };
  },
  closeNext: (confidence: number, atLeast: number, weeks: number): QueueMsg => ({
    message: `Med ${pct(confidence)} säkerhet avslutas minst ${int(atLeast).sv} ärenden de kommande ${weeks} veckorna.`,
    messageEn: `With ${pct(confidence)} certainty at least ${int(atLeast).en} cases close in the next ${weeks} weeks.`,
  }),
  newFlow: (confidence: number, daysValue: number | null): QueueMsg =>
    daysValue === null
      ? {
          message: `Hur lång tid ett nytt ärende tar med ${pct(confidence)} säkerhet kan ännu inte skattas (för många ärenden är fortfarande öppna).`,
          messageEn: `How long a new case takes with ${pct(confidence)} certainty cannot be estimated yet (too many cases are still open).`,
        }
      : {
          message: `Med ${pct(confidence)} säkerhet är ett nytt ärende avslutat inom ${days(daysValue * DAY_MS).sv} dagar (öppna ärenden inräknade).`,
          messageEn: `With ${pct(confidence)} certainty a new case is closed within ${days(daysValue * DAY_MS).en} days (open cases counted).`,
        },
  backlogAllocation: (amountSek: number, start: number, current: number, cleared: number, perCase: number | null, targetNow: number | null): QueueMsg => {
    const a = int(amountSek);
    const clearedText =
      perCase === null
        ? { sv: `av ${int(start).sv} väntande vid start har inget ärende avslutats ännu`, en: `of ${int(start).en} waiting at the start no case has closed yet` }
        : {
            sv: `av ${int(start).sv} väntande vid start har ${int(cleared).sv} avslutats, ${int(perCase).sv} kr per avslutat köärende`,
            en: `of ${int(start).en} waiting at the start ${int(cleared).en} have closed, SEK ${int(perCase).en} per cleared backlog case`,
          };
    const net = start - current;
    const netText =
      net > 0
        ? { sv: `Kön har netto minskat med ${int(net).sv} till ${int(current).sv} (${int(amountSek / net).sv} kr per ärende netto).`, en: `The queue is down by ${int(net).en} net to ${int(current).en} (SEK ${int(amountSek / net).en} per case net).` }
        : net < 0
          ? { sv: `Kön har ändå ökat med ${int(-net).sv} till ${int(current).sv}.`, en: `The queue has still grown by ${int(-net).en} to ${int(current).en}.` }
          : { sv: `Kön är lika lång som vid start (${int(current).sv}).`, en: `The queue is as long as at the start (${int(current).en}).` };
    const track =
      targetNow === null
        ? { sv: "", en: "" }
        : current <= targetNow
          ? { sv: ` Det är i fas med nedtrappningen (${int(targetNow).sv} nu).`, en: ` That is on track with the burn-down (${int(targetNow).en} now).` }
          : { sv: ` Nedtrappningen kräver ${int(targetNow).sv} nu.`, en: ` The burn-down calls for ${int(targetNow).en} now.` };
    return {
      message: `Tilldelning ${a.sv} kr för förskjuten vård: ${clearedText.sv}. ${netText.sv}${track.sv}`,
      messageEn: `Allocation SEK ${a.en} for postponed care: ${clearedText.en}. ${netText.en}${track.en}`,
    };
  },
} as const;
