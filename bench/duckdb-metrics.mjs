// The DuckDB baseline of the end-to-end benchmark, run as its own process the way a user would run a script:
//   node bench/duckdb-metrics.mjs <log.csv> <model.csv> <out.json>
// Per-flow lead time, VA, NNVA, NVA work, wait, touch time and flow efficiency by design.md's definitions (interval
// unions by category precedence, as gaps-and-islands with window functions), written as a JSON array.
import { DuckDBInstance } from "@duckdb/node-api";

const [log, model, out] = process.argv.slice(2);
const q = (s) => `'${s.replaceAll("'", "''")}'`;
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
const sql = `
COPY (
WITH ev AS (
  SELECT flow_id, step, epoch_ms("start") AS s, epoch_ms("end") AS e, row_number() OVER () AS rn
  FROM read_csv(${q(log)}, header = true, columns = {'flow_id': 'VARCHAR', 'step': 'VARCHAR', 'start': 'TIMESTAMPTZ', 'end': 'TIMESTAMPTZ', 'unit': 'VARCHAR'})
),
c AS (SELECT ev.*, m.cat FROM ev JOIN read_csv(${q(model)}, header = true) m USING (step)),
lv AS (SELECT flow_id, s, e, rn, l.lvl FROM c, (VALUES (0), (1), (2)) l(lvl) WHERE c.cat <= l.lvl),
w AS (
  SELECT *, max(e) OVER (PARTITION BY flow_id, lvl ORDER BY s, e, rn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM lv
),
isl AS (
  SELECT *, sum(CASE WHEN prev_end IS NULL OR s > prev_end THEN 1 ELSE 0 END)
    OVER (PARTITION BY flow_id, lvl ORDER BY s, e, rn ROWS UNBOUNDED PRECEDING) AS island
  FROM w
),
u AS (
  SELECT flow_id, lvl, sum(ie - is_) AS len
  FROM (SELECT flow_id, lvl, island, min(s) AS is_, max(e) AS ie FROM isl GROUP BY flow_id, lvl, island)
  GROUP BY flow_id, lvl
),
f AS (SELECT flow_id, min(s) AS st, max(e) AS en, sum(e - s) AS touch, count(*) AS n FROM c GROUP BY flow_id)
SELECT f.flow_id AS flow, f.st AS startMs, f.en AS endMs, f.en - f.st AS leadTimeMs,
  coalesce(u0.len, 0) AS vaMs,
  coalesce(u1.len, 0) - coalesce(u0.len, 0) AS nnvaMs,
  coalesce(u2.len, 0) - coalesce(u1.len, 0) AS nvaWorkMs,
  (f.en - f.st) - coalesce(u2.len, 0) AS waitMs,
  f.touch AS touchTimeMs,
  CASE WHEN f.en > f.st THEN coalesce(u0.len, 0) / (f.en - f.st) END AS flowEfficiency,
  f.n AS observations
FROM f
LEFT JOIN u u0 ON u0.flow_id = f.flow_id AND u0.lvl = 0
LEFT JOIN u u1 ON u1.flow_id = f.flow_id AND u1.lvl = 1
LEFT JOIN u u2 ON u2.flow_id = f.flow_id AND u2.lvl = 2
) TO ${q(out)} (FORMAT JSON, ARRAY true)`;
await c.run(sql);
c.closeSync();
