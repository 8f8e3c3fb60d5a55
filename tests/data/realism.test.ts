// Realism checks on the committed synthetic pilot data, computed with plain arithmetic in this file and
// pilot-log.ts (independent of data/src and of @flodes/core).
import { beforeAll, describe, expect, it } from "vitest";
import {
  byFlow,
  dataFiles,
  endSteps,
  type FlowFigures,
  figures,
  isClosed,
  localMs,
  median,
  type Row,
  readEvents,
  readText,
} from "./pilot-log.js";

const PILOT = [
  "narsjukvard-umea",
  "narsjukvard-skelleftea",
  "narsjukvard-sodra-lappland",
  "lansjukvardsomrade-1",
  "lansjukvardsomrade-2",
  "tandvard",
];
const IMPROVING = ["narsjukvard-umea", "narsjukvard-skelleftea", "tandvard"];
const HOUR = 3_600_000;

// Swedish public holidays and closed days (midsommarafton, julafton, nyårsafton), from the almanac.
const CLOSED = new Set([
  "2025-01-01",
  "2025-01-06",
  "2025-04-18",
  "2025-04-21",
  "2025-05-01",
  "2025-05-29",
  "2025-06-06",
  "2025-06-20",
  "2025-12-24",
  "2025-12-25",
  "2025-12-26",
  "2025-12-31",
  "2026-01-01",
  "2026-01-06",
  "2026-04-03",
  "2026-04-06",
]);

let rows: Row[];
let flows: Map<string, Row[]>;
let figs: FlowFigures[];
let closed: Set<string>;
// The generator's two half-years by arrival; flows arriving in the autumn 2024 warm-up belong to neither, flows
// starting after the improvement half (up to the extract) are mostly still open.
const baseline = (f: FlowFigures) => f.firstStart >= "2025-01-01" && f.firstStart < "2025-07-01";
const improvement = (f: FlowFigures) => f.firstStart >= "2025-07-01" && f.firstStart < "2026-01-01";

beforeAll(() => {
  rows = readEvents();
  flows = byFlow(rows);
  figs = [...flows.values()].map(figures);
  const ends = endSteps();
  closed = new Set([...flows.values()].filter((fr) => isClosed(fr, ends)).map((fr) => fr[0].flow));
});

describe("synthetic pilot event log", () => {
  it("has ten fields per row, end ≥ start, and källa = syntetisk on every row", () => {
    const text = readText("pilot/syntetisk-handelser.csv");
    expect(text.startsWith("\uFEFFärende;process;enhet;steg;start;slut;roll;kategori;länk;källa\n")).toBe(true);
    for (const line of text.slice(1).split("\n").filter(Boolean)) expect(line.split(";").length).toBe(10);
    expect(rows.every((r) => r.endMs >= r.startMs && r.source === "syntetisk")).toBe(true);
    expect(rows.every((r) => ["VA", "NNVA", "NVA"].includes(r.category))).toBe(true);
  });

  it("stays within 60 000 events and 150–600 flows per pilot process and half-year", () => {
    expect(rows.length).toBeLessThanOrEqual(60_000);
    const processes = new Set(figs.filter((f) => PILOT.includes(f.unit)).map((f) => f.process));
    expect(processes.size).toBeGreaterThanOrEqual(9);
    for (const p of processes) {
      for (const half of [true, false]) {
        const n = figs.filter((f) => f.process === p && (half ? baseline(f) : improvement(f))).length;
        expect(n, `${p} ${half ? "H1" : "H2"}`).toBeGreaterThanOrEqual(150);
        expect(n).toBeLessThanOrEqual(600);
      }
    }
  });

  it("has every pilot unit with one or two processes", () => {
    for (const u of PILOT) {
      const n = new Set(figs.filter((f) => f.unit === u).map((f) => f.process)).size;
      expect(n, u).toBeGreaterThanOrEqual(1);
      expect(n, u).toBeLessThanOrEqual(2);
    }
  });

  it("puts all work in opening hours on weekdays that are not holidays", () => {
    for (const r of rows) {
      for (const t of [r.start, r.end]) {
        const [d, hm] = t.split(" ");
        const [y, m, day] = d.split("-").map(Number);
        const dow = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
        expect(dow === 0 || dow === 6 || CLOSED.has(d), `${r.flow} ${t}`).toBe(false);
        expect(hm >= "07:30" && hm <= "16:30", `${r.flow} ${t}`).toBe(true);
      }
    }
  });

  it("has waits that span both DST changes, one hour shorter in spring and longer in autumn", () => {
    // The changes happen at 01:00 UTC: 2025-03-30 (clocks forward, −1 h elapsed) and 2025-10-26 (back, +1 h).
    const changes = [
      { atMs: Date.UTC(2025, 2, 30, 1), deltaMs: -HOUR },
      { atMs: Date.UTC(2025, 9, 26, 1), deltaMs: HOUR },
      { atMs: Date.UTC(2026, 2, 29, 1), deltaMs: -HOUR }, // flows started in late 2025 may reach spring 2026
    ];
    const wall = (x: string) => Date.UTC(+x.slice(0, 4), +x.slice(5, 7) - 1, +x.slice(8, 10), +x.slice(11, 13), +x.slice(14, 16));
    const spanning = [0, 0];
    for (const fr of flows.values()) {
      const s = [...fr].sort((a, b) => a.startMs - b.startMs);
      for (let i = 1; i < s.length; i++) {
        const inside = changes.filter((c) => s[i - 1].endMs < c.atMs && s[i].startMs > c.atMs);
        if (inside.length === 0) continue;
        changes.forEach((c, k) => {
          if (inside.includes(c)) spanning[k]++;
        });
        // Real elapsed time = wall-clock difference shifted by each DST change inside the gap.
        const delta = inside.reduce((d, c) => d + c.deltaMs, 0);
        expect(s[i].startMs - s[i - 1].endMs).toBe(wall(s[i].start) - wall(s[i - 1].end) + delta);
      }
    }
    expect(spanning[0]).toBeGreaterThan(20);
    expect(spanning[1]).toBeGreaterThan(20);
    expect(localMs("2025-03-30 03:00") - localMs("2025-03-30 01:00")).toBe(HOUR);
  });

  it("has a baseline where waiting between steps is ≥ 25 % and NVA (work + wait) ≥ 33 % of lead time", () => {
    const b = figs.filter(baseline);
    const lead = b.reduce((s, f) => s + f.leadMs, 0);
    const wait = b.reduce((s, f) => s + f.waitMs, 0);
    const nvaWork = b.reduce((s, f) => s + f.nvaWorkMs, 0);
    expect(wait / lead).toBeGreaterThanOrEqual(0.25);
    expect((wait + nvaWork) / lead).toBeGreaterThanOrEqual(0.33);
    expect(nvaWork).toBeGreaterThan(0);
    for (const u of PILOT) {
      const fu = b.filter((f) => f.unit === u);
      const l = fu.reduce((s, f) => s + f.leadMs, 0);
      expect(fu.reduce((s, f) => s + f.waitMs, 0) / l, u).toBeGreaterThanOrEqual(0.25);
    }
  });

  it("carries NVA work near a third of the staff's time at baseline (the region's ≥ 35 % estimate), per pilot unit", () => {
    // Staff view: Σ durations of NVA rows ÷ Σ durations of all rows, flows completed in 2025-01..2025-06.
    const share = (fs: FlowFigures[]) => fs.reduce((a, f) => a + f.nvaTouchMs, 0) / fs.reduce((a, f) => a + f.touchMs, 0);
    const base = figs.filter((f) => PILOT.includes(f.unit) && f.completionMonth >= "2025-01" && f.completionMonth <= "2025-06");
    expect(share(base)).toBeGreaterThan(0.3);
    expect(share(base)).toBeLessThan(0.4);
    for (const u of PILOT) {
      const s = share(base.filter((f) => f.unit === u));
      expect(s, u).toBeGreaterThan(0.25);
      expect(s, u).toBeLessThan(0.45);
    }
  });

  it("moves the NVA-work share where improvements act: down in Närsjukvård Umeå, up in Länssjukvårdsområde 2", () => {
    const share = (u: string, from: string, to: string) => {
      const fs = figs.filter((f) => f.unit === u && f.completionMonth >= from && f.completionMonth <= to);
      return fs.reduce((a, f) => a + f.nvaTouchMs, 0) / fs.reduce((a, f) => a + f.touchMs, 0);
    };
    expect(share("narsjukvard-umea", "2025-10", "2025-12") / share("narsjukvard-umea", "2025-01", "2025-06")).toBeLessThan(0.8);
    expect(share("lansjukvardsomrade-2", "2025-10", "2025-12") / share("lansjukvardsomrade-2", "2025-01", "2025-06")).toBeGreaterThan(1.05);
  });

  it("has cases in progress when 2025 starts: flows completed in January 2025 are as long as those of the spring", () => {
    const lead = (m: string) => median(figs.filter((f) => PILOT.includes(f.unit) && f.completionMonth === m).map((f) => f.leadMs));
    expect(figs.some((f) => f.firstStart < "2025-01-01")).toBe(true);
    expect(lead("2025-01") / lead("2025-04")).toBeGreaterThan(0.8);
  });

  it("has rework (repeated steps) and parallel steps", () => {
    expect(figs.filter((f) => f.repeats > 0).length).toBeGreaterThan(100);
    let overlapping = 0;
    for (const fr of flows.values()) {
      const s = [...fr].sort((a, b) => a.startMs - b.startMs);
      for (let i = 1; i < s.length; i++) if (s[i].startMs < s[i - 1].endMs) overlapping++;
    }
    expect(overlapping).toBeGreaterThan(100);
  });

  it("shows a lower median lead time after the change for improving units, a higher one for Länssjukvårdsområde 2", () => {
    // Closed flows only: an open flow's time so far is not a lead time (and would flatter a growing queue).
    const ratio = (u: string) => {
      const fu = figs.filter((f) => f.unit === u && closed.has(f.flow));
      return median(fu.filter(improvement).map((f) => f.leadMs)) / median(fu.filter(baseline).map((f) => f.leadMs));
    };
    for (const u of IMPROVING) expect(ratio(u), u).toBeLessThan(0.9);
    // Länssjukvårdsområde 1: ortopedi improves clearly; psykiatri's gains are eaten by its growing queue (data/src/queues.ts).
    const processRatio = (p: string) => {
      const fp = figs.filter((f) => f.process === p && closed.has(f.flow));
      return median(fp.filter(improvement).map((f) => f.leadMs)) / median(fp.filter(baseline).map((f) => f.leadMs));
    };
    expect(processRatio("lso1-ortopedi")).toBeLessThan(0.85);
    expect(processRatio("lso1-psykiatri")).toBeGreaterThan(0.95);
    expect(ratio("lansjukvardsomrade-2")).toBeGreaterThan(1.05);
    const barely = ratio("narsjukvard-sodra-lappland");
    expect(barely).toBeGreaterThan(0.9);
    expect(barely).toBeLessThan(1.1);
  });

  it("shows fewer repeats after the change in Närsjukvård Umeå and more in Länssjukvårdsområde 2", () => {
    const rate = (u: string, h1: boolean) => {
      const fu = figs.filter((f) => f.unit === u && (h1 ? baseline(f) : improvement(f)));
      return fu.filter((f) => f.repeats > 0).length / fu.length;
    };
    expect(rate("narsjukvard-umea", false)).toBeLessThan(rate("narsjukvard-umea", true));
    expect(rate("lansjukvardsomrade-2", false)).toBeGreaterThan(rate("lansjukvardsomrade-2", true));
  });
});

describe("dependent processes", () => {
  interface Dep {
    step: string;
    upstreamProcess: string;
    linkColumn?: string;
  }
  const processes = () => JSON.parse(readText("pilot/processer.json")) as { id: string; dependencies?: Dep[] }[];

  it("declares the lab and imaging dependencies on the link column länk", () => {
    const deps = processes().flatMap((p) => (p.dependencies ?? []).map((d) => `${p.id}:${d.step}→${d.upstreamProcess}:${d.linkColumn}`));
    expect(deps.sort()).toEqual([
      "lso1-ortopedi:Beslut→bfm-rontgen:länk",
      "lso2-lunga:Beslut→bfm-rontgen:länk",
      "ume-diabetes:Beslut→lab-provanalys:länk",
    ]);
  });

  it("resolves every link except the 11 deliberate missing ones, and the downstream wait overlaps the upstream flow", () => {
    let unresolved = 0;
    for (const p of processes()) {
      for (const d of p.dependencies ?? []) {
        const upByLink = new Map<string, Row[]>();
        for (const fr of flows.values()) if (fr[0].process === d.upstreamProcess && fr[0].link) upByLink.set(fr[0].link, fr);
        let linked = 0;
        let overlapping = 0;
        for (const fr of flows.values()) {
          if (fr[0].process !== p.id) continue;
          expect(new Set(fr.map((r) => r.link)).size).toBe(1);
          // Flows still waiting for the dependent step at the extract may wait on an order the upstream unit has not received yet.
          if (!fr.some((r) => r.step === d.step)) continue;
          const up = upByLink.get(fr[0].link);
          if (!up) {
            unresolved++;
            continue;
          }
          linked++;
          const upStart = Math.min(...up.map((r) => r.startMs));
          const upEnd = Math.max(...up.map((r) => r.endMs));
          const s = [...fr].sort((a, b) => a.startMs - b.startMs);
          const dep = s.findIndex((r) => r.step === d.step);
          expect(s[dep].startMs).toBeGreaterThanOrEqual(upEnd);
          // Overlap of the downstream gaps before the dependent step with the upstream flow's open time.
          let reached = s[0].endMs;
          let inherited = 0;
          for (let i = 1; i <= dep; i++) {
            if (s[i].startMs > reached) inherited += Math.max(0, Math.min(s[i].startMs, upEnd) - Math.max(reached, upStart));
            reached = Math.max(reached, s[i].endMs);
          }
          if (inherited > 0) overlapping++;
        }
        expect(linked, p.id).toBeGreaterThan(100);
        expect(overlapping / linked, p.id).toBeGreaterThan(0.5);
      }
    }
    // ume-diabetes 4 dangling + 1 empty, lso1-ortopedi 3 dangling, lso2-lunga 2 dangling + 1 empty.
    expect(unresolved).toBe(4 + 1 + 3 + 2 + 1);
  });
});

describe("files", () => {
  it("label every pilot CSV and Markdown file as synthetic", () => {
    const files = dataFiles().filter((f) => f.startsWith("pilot/"));
    expect(files).toContain("pilot/LÄS_MIG.md");
    for (const f of files.filter((x) => /\.(csv|md)$/.test(x))) expect(readText(f).includes("syntetisk"), f).toBe(true);
  });

  it("contain no personnummer-like value (YYMMDD-XXXX or YYYYMMDD-XXXX with a valid date and Luhn digit)", () => {
    const luhn = (ten: string) =>
      [...ten].reduce((s, c, i) => {
        const v = Number(c) * (i % 2 === 0 ? 2 : 1);
        return s + (v > 9 ? v - 9 : v);
      }, 0) %
        10 ===
      0;
    for (const f of dataFiles()) {
      const text = readText(f);
      for (const m of text.matchAll(/(?<!\d)(\d{6}|\d{8})[-+]?(\d{4})(?!\d)/g)) {
        const ten = (m[1].length === 8 ? m[1].slice(2) : m[1]) + m[2];
        const month = Number(ten.slice(2, 4));
        const day = Number(ten.slice(4, 6));
        const dateLike = month >= 1 && month <= 12 && day >= 1 && day <= 31;
        expect(dateLike && luhn(ten), `${f}: ${m[0]}`).toBe(false);
      }
    }
  });
});

describe("pilot CSV tables", () => {
  it("have the same number of fields on every row, UTF-8 BOM and a header (the messy import example excepted)", () => {
    const files = dataFiles().filter((f) => f.endsWith(".csv") && !f.includes("importexempel"));
    expect(files.length).toBe(14);
    for (const f of files) {
      const text = readText(f);
      expect(text.startsWith("\uFEFF"), f).toBe(true);
      const lines = text.slice(1).split("\n").filter(Boolean);
      const n = lines[0].split(";").length;
      for (const l of lines) expect(l.split(";").length, `${f}: ${l}`).toBe(n);
    }
  });
});
