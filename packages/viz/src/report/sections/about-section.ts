import type { ReportSection } from "../report-section.js";

/** Om måtten: short definitions of every figure in the report. */
export const aboutSection: ReportSection = {
  id: "om-matten",
  title: "Om måtten",
  render(_report, { basisText }) {
    return `<ul class="small">
<li><strong>Ledtid</strong>: från ärendets första start till sista slut. Median och 85:e percentil (linjär interpolation, h = (n − 1)·p).</li>
<li><strong>Flödeseffektivitet</strong>: Σ värdeskapande tid ÷ Σ ledtid för månadens avslutade ärenden. Parallellt arbete räknas en gång.</li>
<li><strong>Andel slöseri av ledtiden</strong>: icke värdeskapande tid ÷ ledtid; väntan mellan stegen räknas som slöseri.</li>
<li><strong>Enheter</strong>: varje nivå beräknas från alla ärenden under den, aldrig som medianer av medianer. Ett ärende räknas den månad det avslutades.</li>
<li><strong>Förändring</strong>: skillnad i median mot baslinjen med 95 % bootstrap-intervall och Mann–Whitney-test; en riktning anges bara när båda visar den.</li>
<li><strong>Målstatus</strong>: på väg om minst (andel av tiden − 10 procentenheter) av vägen från baslinje till mål är avklarad; risk om rätt håll men långsammare; ej på väg om ingen förbättring eller måldatum passerat.</li>
<li><strong>Tider</strong> i ${basisText}. Fullständiga definitioner: docs/metrics.md i flodes.</li></ul>`;
  },
};
