/** User-facing messages for process dependencies, what-if and roll-up (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const depsMessage = messageTable(
  {
    missingLink: (flow: string, upstream: string, key: string | undefined): Text => ({
      sv: key
        ? `Flöde ${flow}: hittar inget uppströmsflöde i ${upstream} med länknyckeln ${key}.`
        : `Flöde ${flow}: saknar länk till uppströmsprocessen ${upstream}.`,
      en: key
        ? `Flow ${flow}: no upstream flow in ${upstream} has link key ${key}.`
        : `Flow ${flow}: no link to the upstream process ${upstream}.`,
    }),
    whatIfAssumption: (): Text => ({
      sv:
        "Antagande: varje aktivitet behåller sin ordning och sitt avstånd till slutet av den aktivitet som lämnade över till den. " +
        "En förkortad väntan eller ett förkortat steg flyttar allt som kommer efter tidigare. " +
        "Ett steg som väntade på ett uppströms svar startar lika långt efter det nya svaret som förut, men aldrig tidigare än flödets egen väntan tillåter. " +
        "Kapacitet, köer och bemanning antas oförändrade — projektionen visar vad tidslinjen medger, inte vad som säkert händer.",
      en:
        "Assumption: every activity keeps its order and its distance to the end of the activity that handed over to it. " +
        "A shortened wait or step moves everything after it earlier. " +
        "A step that waited on an upstream answer starts as long after the new answer as before, but never earlier than the flow's own waiting allows. " +
        "Capacity, queues and staffing are assumed unchanged — the projection shows what the timeline allows, not what will surely happen.",
    }),
    unknownParent: (unit: string, parent: string): Text => ({
      sv: `Enheten ${unit} har en överordnad enhet (${parent}) som inte finns i enhetsfilen.`,
      en: `Unit ${unit} has a parent (${parent}) that is not in the units file.`,
    }),
    cycle: (unit: string): Text => ({
      sv: `Enhetshierarkin har en cirkel som går genom ${unit}.`,
      en: `The unit hierarchy has a cycle through ${unit}.`,
    }),
    goalNoValue: (): Text => ({ sv: "Inget värde för perioden.", en: "No value for the period." }),
    goalReached: (): Text => ({ sv: "Målet är nått.", en: "The goal is reached." }),
    goalProgress: (progress: string, elapsed: string, past: boolean): Text => ({
      sv: `${progress} av vägen från baslinje till mål efter ${elapsed} av tiden${past ? " (måldatum passerat)" : ""}.`,
      en: `${progress} of the way from baseline to target after ${elapsed} of the time${past ? " (deadline passed)" : ""}.`,
    }),
    unknownUnit: (unit: string): Text => ({
      sv: `Flöden med enheten ${unit} finns inte i enhetshierarkin och räknas bara på regionnivå.`,
      en: `Flows with unit ${unit} are not in the unit hierarchy and count only at region level.`,
    }),
  },
  { missingLink: "MISSING_LINK", unknownParent: "UNKNOWN_UNIT", cycle: "UNIT_CYCLE", unknownUnit: "UNKNOWN_UNIT" },
);
