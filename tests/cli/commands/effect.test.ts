import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers.js";

const DAY = 86_400_000;
const MONTH = (365.25 / 12) * DAY;

/**
 * A small synthetic log: five flows in January with 30 minutes of NVA work by a nurse ("Leta provsvar"), five in
 * February without it; the improvement starts 2025-02-01.
 */
async function fixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "flodes-effect-"));
  const rows = ["ärende;process;enhet;steg;start;slut;roll;kategori"];
  for (let i = 0; i < 5; i++) {
    const d = `2025-01-${String(13 + i).padStart(2, "0")}`;
    rows.push(
      `B${i};p;U;Bedömning;${d} 08:00;${d} 08:10;Läkare;VA`,
      `B${i};p;U;Leta provsvar;${d} 09:00;${d} 09:30;Sjuksköterska;NVA`,
      `B${i};p;U;Besked;${d} 14:00;${d} 14:05;Sjuksköterska;VA`,
    );
  }
  for (let i = 0; i < 5; i++) {
    const d = `2025-02-${String(10 + i).padStart(2, "0")}`;
    rows.push(`A${i};p;U;Bedömning;${d} 08:00;${d} 08:10;Läkare;VA`, `A${i};p;U;Besked;${d} 14:00;${d} 14:05;Sjuksköterska;VA`);
  }
  await writeFile(join(dir, "logg.csv"), `${rows.join("\n")}\n`);
  await writeFile(
    join(dir, "bemanning.csv"),
    "enhet;roll;antal;tjänstgöringsgrad;timmar_per_vecka;andel_i_flödet;timkostnad\nU;Sjuksköterska;2;100 %;40;5 %;600\nU;Läkare;1;100 %;40;5 %;1200\n",
  );
  await writeFile(
    join(dir, "forbattringar.csv"),
    "id;enhet;process;titel;status;startdatum;effektmått;förväntad_effekt\nF1;U;p;Gemensam inkorg;klar;2025-02-01;ledtid;−20 %\n",
  );
  return dir;
}

describe("flodes effect", () => {
  it("writes freed capacity per role as CSV with hand-computed hours, årsarbetare and kronor", async () => {
    const dir = await fixture();
    const r = await runCli(
      ["effect", "logg.csv", "--staffing", "bemanning.csv", "--improvements", "forbattringar.csv", "--month", "2025-02", "--format", "csv"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const [header, ...lines] = r.stdout.trim().split("\n");
    const cols = header!.split(",");
    const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
    // February: 28 days, 5 flows → 5 ÷ (28 d ÷ 30,4375 d) flows per month; 30 min freed per flow, the same in every
    // flow, so the 95 % interval collapses to the point.
    const fpm = 5 / ((28 * DAY) / MONTH);
    const nurse = rows.find((x) => x.role === "Sjuksköterska")!;
    expect(Number(nurse.hoursPerMonth)).toBeCloseTo(0.5 * fpm, 10);
    expect(Number(nurse.hoursPerMonthLower)).toBeCloseTo(0.5 * fpm, 10);
    expect(Number(nurse.hoursPerMonthUpper)).toBeCloseTo(0.5 * fpm, 10);
    expect(Number(nurse.fte)).toBeCloseTo((0.5 * fpm * 12) / 1700, 12);
    expect(Number(nurse.sekPerYear)).toBeCloseTo(300 * fpm * 12, 8);
    expect(nurse).toMatchObject({
      improvement: "F1",
      unit: "U",
      process: "p",
      from: "2025-02-01",
      flowsBefore: "5",
      flowsAfter: "5",
      hourlyCostSek: "600",
    });
    expect(rows.map((x) => x.role)).toEqual(["Sjuksköterska", "Totalt"]);
    expect(r.stderr).toContain("Frigjord tid är inte sparade pengar förrän den används");
  });

  it("writes the efficiency matrix with its quadrant and takes --hours-per-fte", async () => {
    const dir = await fixture();
    const m = await runCli(["effect", "logg.csv", "--staffing", "bemanning.csv", "--format", "csv", "--table", "matrix"], { cwd: dir });
    expect(m.code).toBe(0);
    const lines = m.stdout.trim().split("\n");
    expect(lines[0]).toBe("unit,period,flows,flowEfficiency,resourceEfficiency,touchHours,availableHours,unstaffedTouchHours,quadrant");
    // January: 5 flows of lead 6 h 05 min with 15 min VA each; touch = 5 × (10 + 30 + 5) min = 3,75 h;
    // available = (2 × 5 % + 1 × 5 %) × 8 h × 21 working days (1 and 6 January closed) = 25,2 h.
    const jan = lines.find((l) => l.startsWith("U,2025-01"))!.split(",");
    expect(Number(jan[3])).toBeCloseTo(15 / 365, 12);
    expect(Number(jan[5])).toBeCloseTo(3.75, 12);
    expect(Number(jan[6])).toBeCloseTo(25.2, 12);
    expect(Number(jan[4])).toBeCloseTo(3.75 / 25.2, 12);
    expect(jan[8]).toBe("ödemark");
    const json = await runCli(
      ["effect", "logg.csv", "--improvements", "forbattringar.csv", "--month", "2025-02", "--hours-per-fte", "1600"],
      { cwd: dir },
    );
    const doc = JSON.parse(json.stdout);
    expect(doc.hoursPerFte).toBe(1600);
    expect(doc.freedCapacity[0].total.fte.estimate).toBeCloseTo((0.5 * (5 / ((28 * DAY) / MONTH)) * 12) / 1600, 12);
    expect(doc.matrix).toBeNull();
  });

  it("exits 1 and names file, row and column of every bad row of the improvements file, in Swedish and English", async () => {
    const dir = await fixture();
    await writeFile(
      join(dir, "trasig.csv"),
      "id;enhet;process;titel;status;startdatum;prioritet\nF1;U;p;Inkorg;klar;2025-02-01;hög\nF2;U;p;Tavla;påbörjad;2025-02-01;\nF3;U;p;Mall;klar;2025-02-30;\n",
    );
    const r = await runCli(["effect", "logg.csv", "--improvements", "trasig.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("trasig.csv: 2 av 3 rader avvisades");
    expect(r.stderr).toContain(
      'fel — trasig.csv, rad 3, kolumn "status": Okänt värde "påbörjad" (använd idé, planerad, pågår, klar, uppföljd).',
    );
    expect(r.stderr).toContain('(en) error — trasig.csv, row 3, column "status": Unknown value "påbörjad"');
    expect(r.stderr).toContain('rad 4, kolumn "startdatum": "2025-02-30" är inget datum (ÅÅÅÅ-MM-DD).');
    // The valid row is still analysed.
    expect(JSON.parse(r.stdout).freedCapacity.map((f: { improvement: string }) => f.improvement)).toEqual(["F1"]);
  });

  it("exits 2 on usage errors and a missing required column", async () => {
    const dir = await fixture();
    const none = await runCli(["effect", "logg.csv"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--staffing");
    const tree = await runCli(["effect", "logg.csv", "--improvements", "forbattringar.csv", "--goal-tree", "x.csv"], { cwd: dir });
    expect(tree.code).toBe(2);
    expect(tree.stderr).toContain("--units");
    const table = await runCli(["effect", "logg.csv", "--improvements", "forbattringar.csv", "--table", "matrix"], { cwd: dir });
    expect(table.code).toBe(2);
    await writeFile(join(dir, "utan-status.csv"), "enhet;process\nU;p\n");
    const col = await runCli(["effect", "logg.csv", "--improvements", "utan-status.csv"], { cwd: dir });
    expect(col.code).toBe(2);
    expect(col.stderr).toContain("Kolumnen status saknas");
  });

  it("analyses the synthetic pilot: matrix, freed capacity with intervals, portfolio and goal hierarchy", async () => {
    const r = await runCli(
      [
        "effect",
        "data/pilot/syntetisk-handelser.csv",
        "--model",
        "data/pilot/processer.json",
        "--staffing",
        "data/pilot/bemanning.csv",
        "--improvements",
        "data/pilot/forbattringar.csv",
        "--goal-tree",
        "data/pilot/malhierarki.csv",
        "--units",
        "data/pilot/enheter.csv",
        "--context",
        "data/pilot/kontext.csv",
        "--month",
        "2025-12",
      ],
      { cwd: ROOT },
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.improvements).toMatchObject({ rowsIn: 16, accepted: 16, rejected: 0 });
    expect(doc.matrix.points.length).toBeGreaterThan(80);
    const started = doc.freedCapacity.filter((f: { ok: boolean }) => f.ok);
    expect(started.length).toBe(10);
    for (const f of started) {
      expect(f.total.hoursPerMonth.lower).toBeLessThanOrEqual(f.total.hoursPerMonth.estimate);
      expect(f.total.hoursPerMonth.upper).toBeGreaterThanOrEqual(f.total.hoursPerMonth.estimate);
      expect(f.caveat).toContain("inte sparade pengar");
    }
    expect(doc.portfolio.counts).toEqual({ idé: 3, planerad: 3, pågår: 3, klar: 5, uppföljd: 2 });
    expect(doc.goalTree[0]).toMatchObject({ goal: { id: "RP-1", level: "regionmål" } });
  }, 60_000);
});
