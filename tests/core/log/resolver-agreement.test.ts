import { analyze, type Category, costItems, handoffPca, importCsv, type Observation, type Process, whatIf } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const CATS: Category[] = ["VA", "NNVA", "NVA"];

/**
 * Two processes whose ids and names collide on purpose: process a has step {id "x", name "y"}, process b has
 * {id "y", name "z"}, both define "k" (by id in a, by name in b) with different categories.
 */
function stressModel(cats: Category[]): Process[] {
  return [
    {
      id: "a",
      name: "Process A",
      steps: [
        { id: "x", name: "y", category: cats[0] },
        { id: "k", name: "Kontroll", category: cats[1] },
      ],
    },
    {
      id: "b",
      name: "Process B",
      steps: [
        { id: "y", name: "z", category: cats[2] },
        { id: "q", name: "K", category: cats[3] },
        { id: "w", name: "W", category: cats[4] },
      ],
    },
  ];
}

/** The documented precedence, written out independently: own process id, own name, any id, any name; trimmed, case-insensitive. */
function referenceStep(model: Process[], process: string | undefined, step: string): { process: Process; category: Category } | undefined {
  const k = step.trim().toLowerCase();
  const own = model.find(
    (p) => p.id.toLowerCase() === process?.trim().toLowerCase() || p.name.toLowerCase() === process?.trim().toLowerCase(),
  );
  for (const candidates of [own ? [own] : [], own ? [own] : [], model, model].map((ps, level) => ({ ps, byId: level % 2 === 0 }))) {
    for (const p of candidates.ps) {
      const s = p.steps.find((x) => (candidates.byId ? x.id : x.name).toLowerCase() === k);
      if (s) return { process: p, category: s.category };
    }
  }
  return undefined;
}

/** A flow without a process value: the process most of its steps resolve to across processes; ties to the earlier. */
function referenceProcess(model: Process[], steps: string[]): string | undefined {
  const score = model.map((p) => steps.filter((s) => referenceStep(model, undefined, s)?.process === p).length);
  const best = Math.max(...score);
  return best > 0 ? model[score.indexOf(best)].id : undefined;
}

const STEP_SPELLINGS = ["x", " X", "y", "Y ", "z", "k", "K", "kontroll", "Kontroll ", "q", "w", "okänt"];

const arbitraryLog = fc.record({
  cats: fc.array(fc.constantFrom(...CATS), { minLength: 5, maxLength: 5 }),
  rows: fc.array(
    fc.record({
      flow: fc.integer({ min: 0, max: 5 }),
      process: fc.constantFrom("a", "B", "Process A", " b ", ""),
      step: fc.constantFrom(...STEP_SPELLINGS),
      start: fc.integer({ min: 0, max: 40 }),
      dur: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 1, maxLength: 30 },
  ),
});

describe("one step resolver everywhere", () => {
  it("gives import + analyze, analyze of objects, cost, %C&A and what-if the same categories, by the documented precedence (property)", () => {
    fc.assert(
      fc.property(arbitraryLog, ({ cats, rows }) => {
        const model = stressModel(cats);
        // A flow has one process: the first row's value (as the importer and the adapter take it).
        const processOf = new Map<number, string>();
        for (const r of rows) if (!processOf.has(r.flow) && r.process.trim() !== "") processOf.set(r.flow, r.process);
        const t0 = Date.UTC(2025, 0, 6, 7);
        const obs: Observation[] = rows.map((r, i) => ({
          flow: `F${r.flow}`,
          step: r.step,
          startMs: t0 + r.start * H,
          endMs: t0 + (r.start + r.dur) * H,
          ...(r.process.trim() !== "" ? { process: r.process } : {}),
          row: i + 2,
          attrs: { nr: String(i) },
        }));
        const iso = (ms: number) => new Date(ms).toISOString();
        const csv = `ärende;process;steg;start;slut;nr\n${obs.map((o, i) => `${o.flow};${rows[i].process};${o.step};${iso(o.startMs)};${iso(o.endMs)};${i}`).join("\n")}\n`;
        const imported = importCsv(csv, { model });
        expect(imported.quality.rejected).toBe(0);
        const log = imported.log;

        // Each observation's category follows the documented precedence within its flow's process.
        for (const r of rows)
          if (!processOf.has(r.flow))
            processOf.set(
              r.flow,
              referenceProcess(
                model,
                rows.filter((x) => x.flow === r.flow).map((x) => x.step),
              ) ?? "",
            );
        const expected = obs.map((o, i) => referenceStep(model, processOf.get(rows[i].flow) || undefined, o.step)?.category ?? "NNVA");
        const byRow = new Map<number, Category>();
        for (let i = 0; i < log.length; i++) byRow.set(log.row[i], CATS[log.category[i]]);
        expect(obs.map((o) => byRow.get(o.row!))).toEqual(expected);

        // analyze: from the import and from the objects.
        const a1 = analyze(log);
        const a2 = analyze(obs, { model });
        expect(a2.flows.map((f) => [f.flow, f.vaMs, f.nnvaMs, f.nvaMs])).toEqual(a1.flows.map((f) => [f.flow, f.vaMs, f.nnvaMs, f.nvaMs]));

        // cost: NVA person-time per flow = Σ durations of its NVA observations, from either input.
        for (const input of [log, obs] as const) {
          const items = costItems(input, { model }).items;
          for (const f of a1.flows) {
            const nvaWork = items.filter((it) => it.flow === f.flow && it.kind === "nvaWork").reduce((s, it) => s + it.ms, 0);
            const ref = obs.filter((o, i) => o.flow === f.flow && expected[i] === "NVA").reduce((s, o) => s + o.endMs - o.startMs, 0);
            expect(nvaWork).toBe(ref);
          }
        }

        // %C&A: the same handoffs and counts from either input.
        expect(handoffPca(obs, { model })).toEqual(handoffPca(log));

        // what-if with nothing changed: after = before, and value time as analyze has it.
        const w = whatIf(log, model, []);
        for (const f of w.flows) {
          expect(f.after).toEqual(f.before);
          expect(f.before.vaMs).toBe(a1.flows.find((x) => x.flow === f.flow)!.vaMs);
        }
      }),
      { seed: 20251201, numRuns: 200 },
    );
  });

  it("resolves the issue's example: step y is NVA (an id beats a name across processes) everywhere", () => {
    const model: Process[] = [
      { id: "p1", name: "P1", steps: [{ id: "x", name: "y", category: "VA" }] },
      { id: "p2", name: "P2", steps: [{ id: "y", name: "z", category: "NVA", role: "Sekreterare", hourlyCostSek: 600 }] },
    ];
    const obs: Observation[] = [{ flow: "F", step: "y", startMs: 0, endMs: H }];
    const imported = importCsv("ärende;steg;start;slut\nF;y;2025-01-02 08:00;2025-01-02 09:00\n", { model });
    expect(analyze(imported.log).flows[0].vaMs).toBe(0);
    expect(analyze(obs, { model }).flows[0].vaMs).toBe(0);
    expect(costItems(obs, { model }).items.map((i) => [i.kind, i.costSek])).toEqual([["nvaWork", 600]]);
  });
});
