/** User-facing labels of cost of waste, waste types and %C&A (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const costMessage = {
  nvaWorkCost: (): Msg => ({ message: "Kostnad för slöseriarbete (NVA)", messageEn: "Cost of non-value-adding work (NVA)" }),
  nnvaCost: (): Msg => ({ message: "Kostnad för nödvändigt ej värdeskapande arbete (NNVA, visas separat)", messageEn: "Cost of necessary non-value-adding work (NNVA, shown apart)" }),
  waitCost: (): Msg => ({ message: "Kostnad för väntan", messageEn: "Cost of waiting" }),
  wasteCost: (): Msg => ({ message: "Kostnad för slöseri (NVA-arbete + väntan)", messageEn: "Cost of waste (NVA work + waiting)" }),
  uncosted: (hours: string): Msg => ({
    message: `${hours} timmar saknar timkostnad (varken roll eller steg har en) och ingår inte i kostnaden.`,
    messageEn: `${hours} hours have no hourly cost (neither role nor step has one) and are not in the cost.`,
  }),
  noWaitingCost: (): Msg => ({
    message: "Ingen kostnad för väntan angiven: väntan visas i timmar men inte i kronor.",
    messageEn: "No cost of waiting given: waiting is shown in hours but not in SEK.",
  }),
  periodByFlowStart: (): Msg => ({
    message: "Ett flöde räknas till den period då det startade.",
    messageEn: "A flow counts in the period in which it started.",
  }),
  pcaDefinition: (): Msg => ({
    message: "%C&A (komplett och korrekt) per överlämning: andel flöden där mottagande steg inte skickar tillbaka flödet till ett tidigare steg.",
    messageEn: "%C&A (complete and accurate) per handoff: share of flows where the receiving step does not send the flow back to an earlier step.",
  }),
  pcaSource: (source: "data" | "estimate"): Msg =>
    source === "data" ? { message: "Mätt i data", messageEn: "Measured in data" } : { message: "Skattning", messageEn: "Estimate" },
};
