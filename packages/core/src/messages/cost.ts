/** User-facing labels of cost of waste, waste types and %C&A (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const costMessage = messageTable(
  {
    nvaWorkCost: (): Text => ({ sv: "Kostnad för slöseriarbete (NVA)", en: "Cost of non-value-adding work (NVA)" }),
    nnvaCost: (): Text => ({
      sv: "Kostnad för nödvändigt ej värdeskapande arbete (NNVA, visas separat)",
      en: "Cost of necessary non-value-adding work (NNVA, shown apart)",
    }),
    waitCost: (): Text => ({ sv: "Kostnad för väntan", en: "Cost of waiting" }),
    wasteCost: (): Text => ({ sv: "Kostnad för slöseri (NVA-arbete + väntan)", en: "Cost of waste (NVA work + waiting)" }),
    uncosted: (hours: string): Text => ({
      sv: `${hours} timmar saknar timkostnad (varken roll eller steg har en) och ingår inte i kostnaden.`,
      en: `${hours} hours have no hourly cost (neither role nor step has one) and are not in the cost.`,
    }),
    noWaitingCost: (): Text => ({
      sv: "Ingen kostnad för väntan angiven: väntan visas i timmar men inte i kronor.",
      en: "No cost of waiting given: waiting is shown in hours but not in SEK.",
    }),
    periodByFlowStart: (): Text => ({
      sv: "Ett flöde räknas till den period då det startade.",
      en: "A flow counts in the period in which it started.",
    }),
    pcaDefinition: (): Text => ({
      sv: "%C&A (komplett och korrekt) per överlämning: andel flöden där mottagande steg inte skickar tillbaka flödet till ett tidigare steg.",
      en: "%C&A (complete and accurate) per handoff: share of flows where the receiving step does not send the flow back to an earlier step.",
    }),
    pcaSource: (source: "data" | "estimate"): Text =>
      source === "data" ? { sv: "Mätt i data", en: "Measured in data" } : { sv: "Skattning", en: "Estimate" },
  },
  {},
);
