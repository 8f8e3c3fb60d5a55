// The queue story of the synthetic pilot data (data/src/queues.ts), checked with plain arithmetic on the committed
// files (independent of data/src and of @flodes/core).
import { beforeAll, describe, expect, it } from "vitest";
import { byFlow, endSteps, isClosed, localMs, type Row, readEvents, readText } from "./pilot-log.js";

const DAY = 86_400_000;
let flows: Map<string, Row[]>;
let ends: Map<string, string[]>;

beforeAll(() => {
  flows = byFlow(readEvents());
  ends = endSteps();
});

const firstStart = (rs: readonly Row[]) => Math.min(...rs.map((r) => r.startMs));
/** Closing time: end of the earliest-ending end-step row; null while open. */
const closeMs = (rs: readonly Row[]) => {
  const e = ends.get(rs[0].process) ?? [];
  const hits = rs.filter((r) => e.includes(r.step)).map((r) => r.endMs);
  return hits.length ? Math.min(...hits) : null;
};
const openAt = (process: string, t: number) =>
  [...flows.values()].filter((rs) => rs[0].process === process && firstStart(rs) < t && (closeMs(rs) ?? Infinity) >= t).length;

describe("the extract", () => {
  it("ends on 2026-03-31: nothing starts later, and the last day has events", () => {
    const starts = [...flows.values()].flat().map((r) => r.start);
    expect(starts.every((s) => s < "2026-04-01")).toBe(true);
    expect(starts.some((s) => s.startsWith("2026-03-31"))).toBe(true);
  });

  it("names end steps for every process, each one a step of the process", () => {
    const processes = JSON.parse(readText("pilot/processer.json")) as { id: string; steps: { id: string }[]; endSteps?: string[] }[];
    for (const p of processes) {
      expect(p.endSteps?.length, p.id).toBeGreaterThan(0);
      for (const e of p.endSteps!)
        expect(
          p.steps.map((s) => s.id),
          p.id,
        ).toContain(e);
    }
  });

  it("has open flows at the end in every pilot process, most of them started in 2026", () => {
    const open = [...flows.values()].filter((rs) => !isClosed(rs, ends));
    expect(open.length).toBeGreaterThan(300);
    const processes = new Set(open.map((rs) => rs[0].process));
    for (const p of [
      "ume-diabetes",
      "ume-1177",
      "ske-1177",
      "ske-rehab",
      "sl-1177",
      "lso1-ortopedi",
      "lso1-psykiatri",
      "lso2-lunga",
      "tand-revision",
    ]) {
      expect(processes.has(p), p).toBe(true);
    }
    const in2026 = open.filter((rs) => firstStart(rs) >= localMs("2026-01-01 00:00")).length;
    expect(in2026 / open.length).toBeGreaterThan(0.5);
  });
});

describe("growing queues", () => {
  const monthEnds = ["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-03-31"].map((d) =>
    localMs(`${d} 00:00`),
  );

  it("psykiatri's queue grows month by month from October 2025 to the extract", () => {
    const q = monthEnds.map((t) => openAt("lso1-psykiatri", t));
    for (let i = 1; i < q.length; i++) expect(q[i], `${q}`).toBeGreaterThan(q[i - 1]);
    expect(q[q.length - 1]).toBeGreaterThan(2 * q[0]);
  });

  it("lunga's queue grows while visits are short (October–January) and shrinks after", () => {
    const [oct, , , jan, feb] = monthEnds.map((t) => openAt("lso2-lunga", t));
    const end = openAt("lso2-lunga", localMs("2026-03-31 23:59"));
    expect(feb).toBeGreaterThan(1.5 * oct);
    expect(jan).toBeGreaterThan(oct);
    expect(end).toBeLessThan(feb);
  });

  it("breaks the 90-day care guarantee: referral to first visit beyond 90 days, reached or still waiting", () => {
    const extract = localMs("2026-03-31 23:59");
    const beyond = (process: string, visit: string) =>
      [...flows.values()].filter((rs) => {
        if (rs[0].process !== process) return false;
        const from = rs.find((r) => r.step === "Remiss inkommer");
        if (!from) return false;
        const to = rs.filter((r) => r.step === visit && r.startMs >= from.startMs).map((r) => r.startMs);
        const until = to.length ? Math.min(...to) : closeMs(rs) === null ? extract : null;
        return until !== null && (until - from.startMs) / DAY > 90;
      }).length;
    expect(beyond("lso1-psykiatri", "Bedömningssamtal")).toBeGreaterThan(20);
    expect(beyond("lso2-lunga", "Besök")).toBeGreaterThan(20);
  });
});

describe("care guarantee and allocation files", () => {
  it("vardgaranti.csv holds 0-3-90-90 and a rule in working days, marked synthetic", () => {
    const lines = readText("pilot/vardgaranti.csv")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
      .map((l) => l.split(";"));
    expect(lines[0]).toEqual(["regel", "namn", "från_steg", "till_steg", "gräns_dagar", "dagtyp", "processer", "beskrivning", "källa"]);
    expect(lines.slice(1).map((l) => [l[4], l[5]])).toEqual([
      ["0", "kalenderdagar"],
      ["3", "kalenderdagar"],
      ["90", "kalenderdagar"],
      ["90", "kalenderdagar"],
      ["3", "arbetsdagar"],
    ]);
    expect(lines.slice(1).every((l) => l[8].includes("syntetisk"))).toBe(true);
  });

  it("forskjuten-vard.csv gives every pilot unit an allocation and a target below the queue at its start", () => {
    const lines = readText("pilot/forskjuten-vard.csv")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
      .map((l) => l.split(";"));
    expect(lines[0]).toEqual(["enhet", "namn", "tilldelning_kr", "från", "till", "målkö", "beskrivning", "källa"]);
    expect(lines.length - 1).toBe(6);
    for (const l of lines.slice(1)) {
      const start = localMs(`${l[3]} 00:00`);
      const queue = [...flows.values()].filter(
        (rs) => rs[0].unit === l[0] && firstStart(rs) < start && (closeMs(rs) ?? Infinity) >= start,
      ).length;
      expect(l[6], l[0]).toContain(`(${queue} väntande vid start)`);
      expect(Number(l[5]), l[0]).toBeLessThan(queue);
      expect(Number(l[2])).toBeGreaterThan(0);
      expect(l[7]).toBe("syntetisk");
    }
  });
});
