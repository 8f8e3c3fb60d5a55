/** Swedish texts of the steering charts (efficiency matrix, freed capacity, portfolio), in one place. */
export const STEERING_TEXT_SV = {
  matrixTitle: "Effektivitetsmatrisen",
  matrixSubtitle: "Flödeseffektivitet mot resurseffektivitet: varje enhets väg över tiden, den sista punkten märkt med enhetens namn",
  flowEfficiency: "Flödeseffektivitet (Σ VA ÷ Σ ledtid, logaritmisk skala)",
  flowEfficiencyLinear: "Flödeseffektivitet (Σ VA ÷ Σ ledtid)",
  resourceEfficiency: "Resurseffektivitet (beröringstid ÷ tillgänglig tid)",
  period: "Period",
  unit: "Enhet",
  flows: "Avslutade ärenden",
  touchHours: "Beröringstid, timmar",
  availableHours: "Tillgänglig tid, timmar",
  quadrant: "Kvadrant",
  quadrants: { "effektiva öar": "Effektiva öar", "perfekt tillstånd": "Perfekt tillstånd", ödemark: "Ödemark", "effektivt hav": "Effektivt hav" },
  freedTitle: "Frigjord kapacitet per förbättring",
  freedSubtitleHours: "Timmar per månad som inte längre går till slöseriarbete och omarbete, med 95 % intervall",
  freedSubtitleSek: "Värdet av den frigjorda tiden i kronor per år, med 95 % intervall — inte sparade pengar förrän tiden används",
  hoursPerMonth: "Timmar per månad",
  sekPerYear: "Kronor per år",
  fte: "Årsarbetare",
  interval: "95 % intervall",
  improvement: "Förbättring",
  role: "Roll",
  estimate: "Skattning",
  statusTitle: "Förbättringar per enhet och status",
  status: "Status",
  count: "Antal",
  improvements: "Förbättringar",
  support: "Ber om stöd",
  effectTitle: "Förväntad och uppnådd effekt",
  effectSubtitle: "Förändring av medianen i procent: ◇ förväntad, ● uppnådd med 95 % intervall från före/efter-analysen",
  change: "Förändring, %",
  expected: "Förväntad",
  realised: "Uppnådd",
  verdict: "Bedömning",
  measure: "Mått",
  priorityTitle: "Effekt mot insats",
  prioritySubtitle: "Förväntad effekt (uppnådd där den finns) mot den insats enheten bedömer; större punkt = högre prioritet, röd ring = ber om stöd",
  effort: "Insats",
  effect: "Effekt, % förbättring",
  priority: "Prioritet",
  priorityQuadrants: { quickWins: "Snabba vinster", bigBets: "Stora satsningar", fillIns: "Småförbättringar", questionable: "Ompröva" },
} as const;

/** Statuses in board order, with colours that read in order (light → dark) and in greyscale. */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  idé: "#c6dbef",
  planerad: "#9ecae1",
  pågår: "#4292c6",
  klar: "#2171b5",
  uppföljd: "#08306b",
};

/**
 * Breaks a subtitle into lines of at most `max` characters at spaces, so a chart that fits its width ("fit-x") in a
 * narrow card is not squeezed by one long title line.
 * @example wrapLines("Förändring av medianen i procent; uppnådd effekt med 95 % intervall", 40)
 * // ["Förändring av medianen i procent;", "uppnådd effekt med 95 % intervall"]
 */
export function wrapLines(text: string, max = 56): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
