import type { Flow, Observation, Process } from "@flodes/core";

/** Minutes after 2025-01-08 08:00 Stockholm (07:00Z), a Wednesday. */
export const T0 = Date.UTC(2025, 0, 8, 7, 0);
export const m = (min: number) => T0 + min * 60_000;
export const MIN = 60_000;

export function flow(id: string, process: string, key: string | null, obs: [string, number, number][]): Flow {
  const observations: Observation[] = obs.map(([step, a, b]) => ({
    flow: id,
    step,
    startMs: m(a),
    endMs: m(b),
    process,
    ...(key ? { attrs: { remissnr: key } } : {}),
  }));
  return { id, process, observations };
}

export const lab: Process = {
  id: "lab",
  name: "Provanalys",
  steps: [
    { id: "Provtagning", name: "Provtagning", category: "NNVA" },
    { id: "Analys", name: "Analys", category: "VA" },
    { id: "Svar", name: "Svar", category: "NNVA" },
  ],
};

export const vc: Process = {
  id: "vc",
  name: "Vårdcentral",
  steps: [
    { id: "Besök", name: "Besök", category: "VA" },
    { id: "Beslut", name: "Beslut", category: "VA" },
  ],
  dependencies: [{ step: "Beslut", upstreamProcess: "lab", linkColumn: "remissnr" }],
};

// Upstream lab flows. Own wait = gaps between their observations.
export const L1 = flow("L1", "lab", "R1", [
  ["Provtagning", 0, 10],
  ["Analys", 60, 90],
  ["Svar", 120, 125],
]); // gaps 50 + 30 = 80
export const L2 = flow("L2", "lab", "R2", [["Provtagning", 0, 10]]); // no gaps
export const L3 = flow("L3", "lab", "R3", [
  ["Provtagning", 0, 5],
  ["Svar", 75, 80],
]); // gap 70
export const L4a = flow("L4a", "lab", "R4", [
  ["Provtagning", 0, 5],
  ["Svar", 35, 40],
]); // gap 30
export const L4b = flow("L4b", "lab", "R4", [
  ["Provtagning", 50, 55],
  ["Svar", 85, 90],
]); // gap 30

// Downstream flows: Beslut waits on the lab answer.
export const D1 = flow("D1", "vc", "R1", [
  ["Besök", 0, 20],
  ["Beslut", 150, 160],
]); // partial overlap
export const D2 = flow("D2", "vc", "R2", [
  ["Besök", 30, 40],
  ["Beslut", 100, 110],
]); // no overlap
export const D3 = flow("D3", "vc", "R3", [
  ["Besök", 0, 10],
  ["Beslut", 70, 80],
]); // full overlap
export const D4 = flow("D4", "vc", "R4", [
  ["Besök", 0, 10],
  ["Beslut", 100, 110],
]); // two upstreams
export const D5 = flow("D5", "vc", "R9", [
  ["Besök", 0, 10],
  ["Beslut", 20, 30],
]); // link key without upstream
