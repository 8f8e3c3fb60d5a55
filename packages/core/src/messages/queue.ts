/** User-facing messages of the queue and access analyses (Swedish first, English second). */
import { formatNumberText } from "./improvement.js";
import { type Msg, messageTable, type Text, type TextPair } from "./msg.js";

/** A queue analysis' text as results carry it (Swedish `message`, English `messageEn`). */
export type QueueMsg = TextPair;

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
  ...messageTable(
    {
      badAsOf: (text: string): Text => ({
        sv: `Analysdatumet ${q(text)} är inget giltigt datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-31).`,
        en: `The as-of date ${q(text)} is not a valid date (write YYYY-MM-DD, e.g. 2026-03-31).`,
      }),
      badEndFlag: (value: string): Text => ({
        sv: `Slutsteg ska anges med ja eller nej, inte ${q(value)}.`,
        en: `An end step is marked with ja (yes) or nej (no), not ${q(value)}.`,
      }),
      unknownEndStep: (step: string): Text => ({
        sv: `Slutsteget ${q(step)} finns inte bland processens steg.`,
        en: `The end step ${q(step)} is not one of the process's steps.`,
      }),
      noEndSteps: (): Text => ({
        sv: 'Inga slutsteg: ange --end-steps (t.ex. "Åtgärd,Avslut") eller en processmodell med endSteps, annars kan inget ärende räknas som avslutat.',
        en: 'No end steps: give --end-steps (e.g. "Åtgärd,Avslut") or a process model with endSteps; otherwise no flow can count as closed.',
      }),
      endStepsLastModelStep: (processes: readonly string[]): Text => ({
        sv: `Processmodellen anger inga slutsteg för ${processes.join(", ")}; modellens sista steg används som slutsteg.`,
        en: `The process model names no end steps for ${processes.join(", ")}; the model's last step is used as end step.`,
      }),
      ruleDuplicate: (id: string): Text => ({
        sv: `Regeln ${q(id)} finns redan på en tidigare rad.`,
        en: `The rule ${q(id)} already appears on an earlier row.`,
      }),
      ruleBadLimit: (value: string): Text => ({
        sv: `Gränsen ${q(value)} ska vara ett helt antal dagar ≥ 0.`,
        en: `The limit ${q(value)} must be a whole number of days ≥ 0.`,
      }),
      ruleBadDayType: (value: string): Text => ({
        sv: `Okänd dagtyp ${q(value)} (använd kalenderdagar eller arbetsdagar).`,
        en: `Unknown day type ${q(value)} (use kalenderdagar (calendar days) or arbetsdagar (working days)).`,
      }),
      badAmount: (value: string): Text => ({
        sv: `${q(value)} är inget belopp eller antal ≥ 0.`,
        en: `${q(value)} is not an amount or count ≥ 0.`,
      }),
      badDate: (value: string): Text => ({
        sv: `${q(value)} är inget datum (ÅÅÅÅ-MM-DD).`,
        en: `${q(value)} is not a date (YYYY-MM-DD).`,
      }),
      badPeriod: (from: string, to: string): Text => ({
        sv: `Måldatumet ${to} ligger inte efter startdatumet ${from}.`,
        en: `The target date ${to} is not after the start date ${from}.`,
      }),
      closedLine: (): Text => ({ sv: "Avslutade", en: "Closed" }),
      dayCount: (d: "calendar" | "working"): Text =>
        d === "calendar" ? { sv: "kalenderdagar", en: "calendar days" } : { sv: "arbetsdagar", en: "working days" },
      littlesLaw: (averageWip: number, expectedWip: number | null, gap: number | null, tolerance: number): Text => {
        const l = formatNumberText(averageWip, 1);
        if (expectedWip === null || gap === null) {
          return {
            sv: `Genomsnittligt pågående arbete ${l.sv} ärenden; inga ärenden avslutades i perioden, så Littles lag kan inte prövas.`,
            en: `Average work in progress ${l.en} cases; no case closed in the window, so Little's law cannot be checked.`,
          };
        }
        const e = formatNumberText(expectedWip, 1);
        const g = formatNumberText(Math.abs(gap) * 100, 0);
        if (Math.abs(gap) <= tolerance) {
          return {
            sv: `Stabilt: i genomsnitt ${l.sv} pågående ärenden, och genomströmning × ledtid ger ${e.sv} (skillnad ${g.sv} %). Ledtiden beskriver flödet väl.`,
            en: `Stable: on average ${l.en} cases in progress, and throughput × lead time gives ${e.en} (difference ${g.en} %). The lead time describes the flow well.`,
          };
        }
        return gap > 0
          ? {
              sv: `Signal: i genomsnitt ${l.sv} pågående ärenden men genomströmning × ledtid förklarar bara ${e.sv} (${g.sv} % färre). Kön växer eller gamla ärenden blir liggande; de avslutade ärendenas ledtid underskattar väntan.`,
              en: `Signal: on average ${l.en} cases in progress but throughput × lead time explains only ${e.en} (${g.en} % fewer). The queue is growing or old cases are left lying; the lead time of closed cases understates the wait.`,
            }
          : {
              sv: `Signal: i genomsnitt ${l.sv} pågående ärenden men genomströmning × ledtid ger ${e.sv} (${g.sv} % fler). En gammal kö arbetas av; ledtiden för avslutade ärenden är just nu längre än för dem som väntar.`,
              en: `Signal: on average ${l.en} cases in progress but throughput × lead time gives ${e.en} (${g.en} % more). An old queue is being worked off; closed cases currently have longer lead times than those waiting.`,
            };
      },
      censoredLeadTime: (closedMedianMs: number | null, kmMedianMs: number | null, open: number): Text => {
        if (closedMedianMs === null) {
          return { sv: "Inga avslutade ärenden: ledtiden kan inte skattas.", en: "No closed cases: the lead time cannot be estimated." };
        }
        const c = days(closedMedianMs);
        if (kmMedianMs === null) {
          return {
            sv: `De avslutade ärendenas medianledtid är ${c.sv} dagar, men med ${int(open).sv} öppna ärenden inräknade har färre än hälften avslutats: medianen kan ännu inte skattas och är längre än så.`,
            en: `The median lead time of closed cases is ${c.en} days, but counting ${int(open).en} open cases fewer than half have closed: the median cannot be estimated yet and is longer than that.`,
          };
        }
        const k = days(kmMedianMs);
        if (open === 0) {
          return {
            sv: `Alla ärenden är avslutade: medianledtiden är ${k.sv} dagar med båda metoderna.`,
            en: `Every case is closed: the median lead time is ${k.en} days by both methods.`,
          };
        }
        const diff = kmMedianMs - closedMedianMs;
        const d = days(Math.abs(diff));
        const rel = closedMedianMs > 0 ? formatNumberText((Math.abs(diff) / closedMedianMs) * 100, 0) : null;
        const share = rel ? ` (${rel.sv} %)` : "";
        const shareEn = rel ? ` (${rel.en} %)` : "";
        if (Math.abs(diff) < DAY_MS / 2) {
          return {
            sv: `Med ${int(open).sv} öppna ärenden inräknade (Kaplan–Meier) är medianledtiden ${k.sv} dagar, nästan samma som de avslutade ärendenas ${c.sv} dagar: de öppna ärendena ändrar inte bilden.`,
            en: `Counting ${int(open).en} open cases (Kaplan–Meier) the median lead time is ${k.en} days, almost the same as the ${c.en} days of closed cases: the open cases do not change the picture.`,
          };
        }
        return {
          sv: `Med ${int(open).sv} öppna ärenden inräknade (Kaplan–Meier) är medianledtiden ${k.sv} dagar, ${d.sv} dagar${share} ${diff > 0 ? "längre" : "kortare"} än de avslutade ärendenas ${c.sv} dagar.`,
          en: `Counting ${int(open).en} open cases (Kaplan–Meier) the median lead time is ${k.en} days, ${d.en} days${shareEn} ${diff > 0 ? "longer" : "shorter"} than the ${c.en} days of closed cases.`,
        };
      },
      whenDone: (confidence: number, queue: number, beforeWeek: string | null, anyClosing: boolean): Text => {
        if (queue === 0) return { sv: "Ingen kö just nu.", en: "No queue right now." };
        if (beforeWeek === null) {
          return anyClosing
            ? {
                sv: `Med ${pct(confidence)} säkerhet blir dagens kö (${int(queue).sv} ärenden) inte avklarad inom tio år i nuvarande takt.`,
                en: `With ${pct(confidence)} certainty today's queue (${int(queue).en} cases) is not cleared within ten years at the current pace.`,
              }
            : {
                sv: `Dagens kö (${int(queue).sv} ärenden) kan inte prognosticeras: inga ärenden avslutades under historikens veckor.`,
                en: `Today's queue (${int(queue).en} cases) cannot be forecast: no cases closed in the weeks of the history.`,
              };
        }
        const w = week(beforeWeek);
        return {
          sv: `Med ${pct(confidence)} säkerhet är dagens kö (${int(queue).sv} ärenden) avklarad före ${w.sv}.`,
          en: `With ${pct(confidence)} certainty today's queue (${int(queue).en} cases) is cleared before ${w.en}.`,
        };
      },
      closeNext: (confidence: number, atLeast: number, weeks: number): Text => ({
        sv: `Med ${pct(confidence)} säkerhet avslutas minst ${int(atLeast).sv} ärenden de kommande ${weeks} veckorna.`,
        en: `With ${pct(confidence)} certainty at least ${int(atLeast).en} cases close in the next ${weeks} weeks.`,
      }),
      newFlow: (confidence: number, daysValue: number | null): Text =>
        daysValue === null
          ? {
              sv: `Hur lång tid ett nytt ärende tar med ${pct(confidence)} säkerhet kan ännu inte skattas (för många ärenden är fortfarande öppna).`,
              en: `How long a new case takes with ${pct(confidence)} certainty cannot be estimated yet (too many cases are still open).`,
            }
          : {
              sv: `Med ${pct(confidence)} säkerhet är ett nytt ärende avslutat inom ${days(daysValue * DAY_MS).sv} dagar (öppna ärenden inräknade).`,
              en: `With ${pct(confidence)} certainty a new case is closed within ${days(daysValue * DAY_MS).en} days (open cases counted).`,
            },
      backlogAllocation: (
        amountSek: number,
        start: number,
        current: number,
        cleared: number,
        perCase: number | null,
        targetNow: number | null,
      ): Text => {
        const a = int(amountSek);
        const clearedText =
          perCase === null
            ? {
                sv: `av ${int(start).sv} väntande vid start har inget ärende avslutats ännu`,
                en: `of ${int(start).en} waiting at the start no case has closed yet`,
              }
            : {
                sv: `av ${int(start).sv} väntande vid start har ${int(cleared).sv} avslutats, ${int(perCase).sv} kr per avslutat köärende`,
                en: `of ${int(start).en} waiting at the start ${int(cleared).en} have closed, SEK ${int(perCase).en} per cleared backlog case`,
              };
        const net = start - current;
        const netText =
          net > 0
            ? {
                sv: `Kön har netto minskat med ${int(net).sv} till ${int(current).sv} (${int(amountSek / net).sv} kr per ärende netto).`,
                en: `The queue is down by ${int(net).en} net to ${int(current).en} (SEK ${int(amountSek / net).en} per case net).`,
              }
            : net < 0
              ? {
                  sv: `Kön har ändå ökat med ${int(-net).sv} till ${int(current).sv}.`,
                  en: `The queue has still grown by ${int(-net).en} to ${int(current).en}.`,
                }
              : {
                  sv: `Kön är lika lång som vid start (${int(current).sv}).`,
                  en: `The queue is as long as at the start (${int(current).en}).`,
                };
        const track =
          targetNow === null
            ? { sv: "", en: "" }
            : current <= targetNow
              ? {
                  sv: ` Det är i fas med nedtrappningen (${int(targetNow).sv} nu).`,
                  en: ` That is on track with the burn-down (${int(targetNow).en} now).`,
                }
              : { sv: ` Nedtrappningen kräver ${int(targetNow).sv} nu.`, en: ` The burn-down calls for ${int(targetNow).en} now.` };
        return {
          sv: `Tilldelning ${a.sv} kr för förskjuten vård: ${clearedText.sv}. ${netText.sv}${track.sv}`,
          en: `Allocation SEK ${a.en} for postponed care: ${clearedText.en}. ${netText.en}${track.en}`,
        };
      },
    },
    {
      badEndFlag: "BAD_END_STEP",
      unknownEndStep: "BAD_END_STEP",
      ruleDuplicate: "DUPLICATE_ROW",
      ruleBadLimit: "BAD_NUMBER",
      ruleBadDayType: "BAD_CATEGORY",
      badAmount: "BAD_NUMBER",
      badDate: "UNPARSEABLE_TIME",
      badPeriod: "UNPARSEABLE_TIME",
    },
  ),
  /** Its code is the caller's: the same text serves several problems. */
  ruleMissing: <C extends "MISSING_FLOW" | "MISSING_STEP">(code: C, column: string): Msg<C> => ({
    code,
    sv: `Värde saknas i kolumnen ${column}.`,
    en: `Value missing in column ${column}.`,
  }),
};
