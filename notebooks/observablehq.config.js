import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const src = fileURLToPath(new URL("./src/", import.meta.url));

// Sidebar order is fixed; a page appears as soon as its file exists (others add pages later).
const PAGES = [
  ["Översikt", "index"],
  ["Flöde", "flode"],
  ["Slöseri", "sloseri"],
  ["Förbättring", "forbattring"],
  ["Förbättringsportfölj", "forbattringsportfolj"],
  ["Beroenden", "beroenden"],
  ["Uppföljning", "uppfoljning"],
  ["Tillgänglighet och köer", "tillganglighet"],
  ["Datakvalitet", "datakvalitet"],
  ["Egen analys", "egen-analys"],
  ["Om metoden", "om-metoden"],
];

export default {
  title: "flodes — flödeseffektivitet",
  root: "src",
  output: "dist",
  lang: "sv",
  pages: PAGES.filter(([, file]) => existsSync(`${src}${file}.md`)).map(([name, file]) => ({
    name,
    path: file === "index" ? "/" : `/${file}`,
  })),
  // Local stylesheet only: the default stylesheet pulls web fonts from a CDN (offline machines).
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  // The theme pair is air (light) + near-midnight (dark). With a custom `style` Framework ignores `theme`, so
  // style.css imports the same pair itself (and adds the print rules); `theme` is kept to document the choice.
  style: "style.css",
  theme: ["air", "near-midnight"],
  // No favicon request (Framework has none; a 404 would be a console error).
  head: '<link rel="icon" href="data:,"><meta name="robots" content="noindex">',
  footer: "Pilotens data är syntetiska — inga riktiga patientuppgifter. En egen fil läses bara i din webbläsare.",
  // Links end in ".html" (and "index.html"), so the built site works under any plain static file server — no rewrite
  // rules needed (see README: pnpm preview).
  preserveExtension: true,
  preserveIndex: true,
  toc: false,
  search: false,
  pager: false,
};
