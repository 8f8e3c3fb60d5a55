import { escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Om måtten: short definitions of every figure in the report. */
export const aboutSection: ReportSection = {
  id: "om-matten",
  title: "Om måtten",
  render(report, { basisText }) {
    return `<ul class="small">
<li><strong>Ledtid</strong>: från ärendets första start till sista slut. Median och 85:e percentil (linjär interpolation, h = (n − 1)·p).</li>
<li><strong>Flödeseffektivitet</strong>: Σ värdeskapande tid ÷ Σ ledtid för månadens avslutade ärenden. Parallellt arbete räknas en gång.</li>
<li><strong>Väntan som andel av ledtid</strong> (patientens perspektiv): Σ väntan mellan stegen ÷ Σ ledtid.</li>
<li><strong>Slöseri som andel av arbetad tid</strong> (personalens perspektiv): Σ tid i slöseriarbete (NVA: omarbete, leta provsvar, ombokning, jaga uppgifter) ÷ Σ all arbetad tid i ärendena — jämförbart med regionens uppskattning att minst 35 % av tiden i processerna är störningar och slöseri.</li>
<li><strong>Enheter</strong>: varje nivå beräknas från alla ärenden under den, aldrig som medianer av medianer. Ett ärende räknas den månad det avslutades.</li>
<li><strong>Baslinje</strong>: ärenden som avslutades ${escapeHtml(report.baseline.label)} — samma period som målens baslinjevärden.</li>
<li><strong>Förändring</strong>: skillnad i median mot baslinjen med 95 % bootstrap-intervall. En riktning anges bara när intervallet inte rymmer 0 (flodes enda beslutsregel); annars ”Ingen säker skillnad”.</li>
<li><strong>Målstatus</strong>: på väg om minst (andel av tiden − 10 procentenheter) av vägen från baslinje till mål är avklarad; risk om rätt håll men långsammare; ej på väg om ingen förbättring eller måldatum passerat.</li>
<li><strong>Tider</strong> i ${basisText}. Fullständiga definitioner: docs/metrics.md i flodes.</li></ul>`;
  },
};
