import type { Category } from "@flodes/core";
import {
  addWorkdays,
  addWorkingMinutes,
  CLOSE_MIN,
  DAY_MS,
  dayOf,
  fitInOpening,
  isWorkday,
  MINUTE_MS,
  OPEN_MIN,
  wallOfDate,
} from "./calendar.js";
import { CHANGES, MISSING_LINKS, PERIODS, SUMMER, WARMUP } from "./config.js";
import { chance, intBetween, logNormal, type Rng, seededRng, subSeed } from "./prng.js";
import { type CapacityBook, createCapacityBook, extraArrivals, truncateAtExtract } from "./queues.js";
import { loseSlot } from "./rebooking.js";
import type { Change, ProcessSpec, StepSpec, WaitSpec } from "./spec.js";

/** One generated event (a row of syntetisk-handelser.csv); times are wall ms (see calendar.ts). */
export interface SimEvent {
  step: string;
  startWall: number;
  endWall: number;
  role: string;
  category: Category;
}

/** One generated flow. `id` and `link` are assigned after all flows exist, in start order. */
export interface SimFlow {
  id: string;
  process: string;
  unit: string;
  arrivalWall: number;
  events: SimEvent[];
  /** Upstream flow this flow waits on (set for linked downstream flows). */
  upstream?: SimFlow;
  /** Link key: own key for upstream flows, the upstream's key (or a dangling/empty one) for downstream flows. */
  link: string;
  /** Kind of missing link, for downstream flows that deliberately have none. */
  missing?: "dangling" | "empty";
  /** 0-based position among its process's own arrivals (not set for flows created by an order). */
  seq?: number;
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Multiplies all volumes (tests use a small value). __Default:__ 1. */
  scale?: number;
}

interface Factors {
  wait: number;
  rework: number;
}

const NO_CHANGE: Factors = { wait: 1, rework: 1 };

function factorsAt(process: string, wallMs: number): Factors {
  const c: Change | undefined = CHANGES.find((x) => x.process === process);
  if (!c || wallMs < wallOfDate(c.from)) return NO_CHANGE;
  return { wait: c.waitFactor, rework: c.reworkFactor };
}

function inSummer(wallMs: number): boolean {
  return wallMs >= wallOfDate(SUMMER.from) && wallMs < wallOfDate(SUMMER.to) + DAY_MS;
}

/** Workdays of [from, to] with arrival weights (fewer arrivals during the summer weeks). */
function arrivalDays(from: string, to: string): { day: number; weight: number }[] {
  const out: { day: number; weight: number }[] = [];
  for (let d = wallOfDate(from); d <= wallOfDate(to); d += DAY_MS) {
    if (isWorkday(d)) out.push({ day: d, weight: inSummer(d) ? SUMMER.arrivalWeight : 1 });
  }
  return out;
}

function drawArrivals(rng: Rng, n: number, from: string, to: string): number[] {
  const days = arrivalDays(from, to);
  const total = days.reduce((s, d) => s + d.weight, 0);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next() * total;
    let k = 0;
    while (k < days.length - 1 && r >= days[k].weight) r -= days[k++].weight;
    // Contacts and referrals cluster in the morning.
    const minute = OPEN_MIN + Math.floor((CLOSE_MIN - OPEN_MIN - 30) * rng.next() ** 1.6);
    out.push(days[k].day + minute * MINUTE_MS);
  }
  return out.sort((a, b) => a - b);
}

function durationMin(rng: Rng, step: StepSpec): number {
  return Math.min(240, Math.max(1, Math.round(logNormal(rng, step.durMin, 0.35))));
}

/** Start of a step after `readyWall` (end of everything before it) under a wait spec. */
function schedule(rng: Rng, wait: WaitSpec, readyWall: number, prev: SimEvent | undefined, durMin: number, f: number): number {
  switch (wait.kind) {
    case "none":
      return fitInOpening(readyWall, durMin);
    case "parallel": {
      if (!prev) return fitInOpening(readyWall, durMin);
      const prevMin = (prev.endWall - prev.startWall) / MINUTE_MS;
      return prev.startWall + Math.floor(rng.next() * prevMin * 0.6) * MINUTE_MS;
    }
    case "work": {
      const m = Math.max(1, Math.round(logNormal(rng, wait.medianMin * f, wait.sigma ?? 0.7)));
      return fitInOpening(addWorkingMinutes(readyWall, m), durMin);
    }
    case "days": {
      const summer = inSummer(readyWall) ? SUMMER.queueFactor : 1;
      const median = wait.medianDays * f * summer;
      // Capped at 5× the median: the tail stays long (as in real queues) without half-year outliers.
      const k = Math.max(1, Math.round(Math.min(5 * median, logNormal(rng, median, wait.sigma ?? 0.6))));
      const day = addWorkdays(readyWall, k);
      const slot = 8 * 60 + 15 * intBetween(rng, 0, 31);
      return fitInOpening(Math.max(day + slot * MINUTE_MS, readyWall), durMin);
    }
  }
}

/** Closes an event at the end of the opening hours if a parallel step would run past them. */
function makeEvent(step: StepSpec, startWall: number, durMin: number, category: Category): SimEvent {
  const close = dayOf(startWall) + CLOSE_MIN * MINUTE_MS;
  return { step: step.name, startWall, endWall: Math.min(startWall + durMin * MINUTE_MS, close), role: step.role, category };
}

interface Context {
  specs: ReadonlyMap<string, ProcessSpec>;
  rngFor(process: string): Rng;
  flows: SimFlow[];
  capacity: CapacityBook;
}

/** Runs one flow through its process from `arrivalWall`; returns the flow (also pushed to ctx.flows). */
function runFlow(ctx: Context, spec: ProcessSpec, arrivalWall: number, rng: Rng, missing?: "dangling" | "empty"): SimFlow {
  const f = factorsAt(spec.id, arrivalWall);
  const flow: SimFlow = { id: "", process: spec.id, unit: spec.unit, arrivalWall, events: [], link: "" };
  if (missing) flow.missing = missing;
  ctx.flows.push(flow);
  const occurred = new Set<string>();
  let ready = arrivalWall;
  let prev: SimEvent | undefined;
  for (const step of spec.steps) {
    if (step.onlyWhenSlotLost) continue;
    if (step.requires && !occurred.has(step.requires)) continue;
    const p = (step.p ?? 1) * (step.category === "NVA" ? f.rework : 1);
    if (!chance(rng, Math.min(1, p))) continue;
    const waitF = step.fixedWait ? 1 : f.wait;
    const dur = durationMin(rng, step);
    let start = schedule(rng, step.wait, ready, prev, dur, waitF);
    if (step.waitsOn) {
      let upEnd: number | undefined;
      if (flow.upstream) upEnd = Math.max(...flow.upstream.events.map((e) => e.endWall));
      else if (flow.missing) {
        // External lab/hospital: answer arrives by post or fax after a longer, unknown wait.
        upEnd = addWorkdays(ready, Math.max(2, Math.round(logNormal(rng, 6, 0.5)))) + 10 * 60 * MINUTE_MS;
      }
      if (upEnd !== undefined) {
        const lag = Math.max(5, Math.round(logNormal(rng, step.waitsOn.lagMedianMin * waitF, 0.8)));
        const answered = fitInOpening(addWorkingMinutes(upEnd, lag), dur);
        const lostSpec = step.waitsOn.lostSlot;
        const rebookStep = lostSpec && spec.steps.find((s) => s.name === lostSpec.rebookStep);
        const lost =
          lostSpec && rebookStep && answered > start
            ? loseSlot(ctx.rngFor(`${spec.id}/slot`), lostSpec, rebookStep, upEnd, f.rework, dur)
            : null;
        if (lost) {
          flow.events.push(lost.rebook);
          start = lost.start;
        } else start = Math.max(start, answered);
      }
    }
    start = ctx.capacity.book(spec.id, step.name, start, dur);
    const ev = makeEvent(step, start, dur, step.category);
    flow.events.push(ev);
    occurred.add(step.name);
    ready = Math.max(ready, ev.endWall);
    prev = ev;
    if (step.orders && !flow.missing) {
      const up = ctx.specs.get(step.orders);
      if (!up) throw new Error(`simulate: unknown upstream process ${step.orders}`);
      // The sample/referral reaches the upstream service after transport or electronic routing.
      const arrival = addWorkingMinutes(ev.endWall, Math.max(5, Math.round(logNormal(ctx.rngFor(up.id), 45, 0.8))));
      flow.upstream = runFlow(ctx, up, arrival, ctx.rngFor(`${up.id}/ordered`));
    }
    if (step.repeatP && chance(rng, Math.min(1, step.repeatP * f.rework))) {
      const rdur = durationMin(rng, step);
      const rstart = schedule(rng, step.repeatWait ?? step.wait, ready, prev, rdur, waitF);
      const rev = makeEvent(step, rstart, rdur, "NVA");
      flow.events.push(rev);
      ready = Math.max(ready, rev.endWall);
      prev = rev;
    }
  }
  return flow;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/**
 * Generates every flow of every process for both half-years, deterministically from `seed`.
 * @example
 * const flows = simulate(PROCESSES, 20250101, { scale: 0.1 });
 */
export function simulate(specs: readonly ProcessSpec[], seed: number, options: SimulateOptions = {}): SimFlow[] {
  const scale = options.scale ?? 1;
  const rngs = new Map<string, Rng>();
  const ctx: Context = {
    specs: new Map(specs.map((s) => [s.id, s])),
    rngFor(name) {
      let r = rngs.get(name);
      if (!r) rngs.set(name, (r = seededRng(subSeed(seed, name))));
      return r;
    },
    flows: [],
    capacity: createCapacityBook(scale),
  };
  for (const spec of specs) {
    const rng = ctx.rngFor(spec.id);
    const halves = [PERIODS.baseline, PERIODS.improvement];
    const warmup = drawArrivals(
      ctx.rngFor(`${spec.id}/warmup`),
      Math.max(1, Math.round(spec.volumePerHalf[0] * WARMUP.shareOfHalf * scale)),
      WARMUP.from,
      WARMUP.to,
    );
    const arrivals = halves
      .flatMap((h, i) => drawArrivals(rng, Math.max(1, Math.round(spec.volumePerHalf[i] * scale)), h.from, h.to))
      .concat(extraArrivals(spec, ctx.rngFor(`${spec.id}/kö`), scale, drawArrivals))
      .sort((a, b) => a - b);
    arrivals.unshift(...warmup);
    const miss = MISSING_LINKS[spec.id];
    arrivals.forEach((a, seq) => {
      const m = miss?.dangling.includes(seq) ? "dangling" : miss?.empty.includes(seq) ? "empty" : undefined;
      const flow = runFlow(ctx, spec, a, ctx.rngFor(`${spec.id}/flow`), m);
      flow.seq = seq;
    });
  }
  assignIds(ctx.flows, specs);
  return truncateAtExtract(ctx.flows);
}

const firstStart = (f: SimFlow) => Math.min(...f.events.map((e) => e.startWall));

/** Case numbers and link keys in start order per process, like a real case register. */
function assignIds(flows: SimFlow[], specs: readonly ProcessSpec[]): void {
  for (const spec of specs) {
    const own = flows
      .filter((f) => f.process === spec.id)
      .map((f, i) => ({ f, i, t: firstStart(f) }))
      .sort((a, b) => a.t - b.t || a.i - b.i);
    own.forEach(({ f }, k) => {
      f.id = `${spec.prefix}-${pad(k + 1, 5)}`;
      if (spec.linkPrefix) f.link = `${spec.linkPrefix}-${pad(k + 1, 5)}`;
    });
  }
  let dangling = 0;
  for (const f of flows) {
    if (f.upstream) f.link = f.upstream.link;
    else if (f.missing === "dangling") {
      const spec = specs.find((s) => s.id === f.process);
      const up =
        specs.find((s) => s.id === spec?.steps.find((st) => st.orders)?.orders) ??
        specs.find((s) => s.id === spec?.steps.find((st) => st.waitsOn)?.waitsOn?.process);
      f.link = `${up?.linkPrefix ?? "EXT"}-E${pad(++dangling, 4)}`;
    }
  }
}
