import type { ProcessSpec, StepSpec } from "./spec.js";

/**
 * Full hourly cost per role in SEK (salary + social fees + overhead), typical for a Swedish region 2025.
 * Södra Lappland pays more for physicians because of hired locums (hyrläkare).
 */
export const ROLE_COST_SEK: Readonly<Record<string, number>> = {
  "Läkare": 1250,
  "Röntgenläkare": 1380,
  "Sjuksköterska": 620,
  "Diabetessjuksköterska": 680,
  "Röntgensjuksköterska": 640,
  "Undersköterska": 480,
  "Medicinsk sekreterare": 520,
  "Biomedicinsk analytiker": 600,
  "Fysioterapeut": 600,
  "Psykolog": 820,
  "Kurator": 610,
  "Tandläkare": 1050,
  "Tandhygienist": 640,
  "Tandsköterska": 470,
};

const costs = (over: Record<string, number> = {}): Record<string, number> => ({ ...ROLE_COST_SEK, ...over });

/**
 * NVA work the region's own observation studies find in every process (at least a third of staff time is
 * disturbance and waste): documenting the same thing twice, searching for results and information, chasing missing
 * details by phone. Each is an NVA observation of its own, so the log carries the staff view of waste; its
 * probability scales with the period's rework factor, so improvement work removes it where it acts.
 */
const dubbeldokumentation = (role: string, durMin: number, p: number): StepSpec => ({
  name: "Dubbeldokumentation", category: "NVA", wasteType: "overprocessing", role, durMin, p, wait: { kind: "none" },
});
const letaInformation = (name: string, role: string, durMin: number, p: number): StepSpec => ({
  name, category: "NVA", wasteType: "motion", role, durMin, p, wait: { kind: "parallel" },
});
const jagaUppgifter = (role: string, durMin: number, p: number): StepSpec => ({
  name: "Jaga uppgifter per telefon", category: "NVA", wasteType: "defects", role, durMin, p, wait: { kind: "work", medianMin: 90, sigma: 0.8 },
});

/** Vårdcentral flow "kontakt via 1177 → … → återkoppling", parametrised per unit. */
function vardcentral1177(triageMin: number, besokDays: number, svarMin: number): StepSpec[] {
  return [
    { name: "Kontakt via 1177", category: "NNVA", role: "Sjuksköterska", durMin: 4, wait: { kind: "none" } },
    { name: "Triagering", category: "NNVA", role: "Sjuksköterska", durMin: 8, wait: { kind: "work", medianMin: triageMin, sigma: 1.0 } },
    letaInformation("Leta journaluppgifter", "Sjuksköterska", 14, 0.45),
    jagaUppgifter("Sjuksköterska", 18, 0.3),
    { name: "Tidsbokning", category: "NNVA", role: "Undersköterska", durMin: 4, wait: { kind: "work", medianMin: 45, sigma: 1.0 } },
    { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Undersköterska", durMin: 14, p: 0.25, wait: { kind: "days", medianDays: 2 } },
    { name: "Besök", category: "VA", role: "Läkare", durMin: 25, wait: { kind: "days", medianDays: besokDays, sigma: 0.7 } },
    dubbeldokumentation("Läkare", 14, 0.65),
    {
      name: "Provtagning", category: "VA", role: "Undersköterska", durMin: 10, p: 0.6,
      wait: { kind: "work", medianMin: 25, sigma: 0.8 }, repeatP: 0.07, repeatWait: { kind: "days", medianDays: 2 },
    },
    {
      name: "Packa och skicka prov", category: "NVA", wasteType: "transport", role: "Undersköterska", durMin: 11, p: 0.45,
      requires: "Provtagning", wait: { kind: "work", medianMin: 15 },
    },
    { name: "Provsvar", category: "NNVA", role: "Läkare", durMin: 5, requires: "Provtagning", wait: { kind: "work", medianMin: svarMin, sigma: 0.9 } },
    { ...letaInformation("Leta provsvar", "Sjuksköterska", 18, 0.5), requires: "Provtagning" },
    {
      name: "Patient efterfrågar svar", category: "NVA", wasteType: "defects", role: "Sjuksköterska", durMin: 18, p: 0.35,
      wait: { kind: "days", medianDays: 3 },
    },
    { name: "Återkoppling", category: "VA", role: "Sjuksköterska", durMin: 8, wait: { kind: "work", medianMin: svarMin, sigma: 0.9 } },
  ];
}

/** Upstream: Laboratoriemedicin's sample analysis. */
const labSteps: StepSpec[] = [
  { name: "Prov ankommer", category: "NNVA", role: "Biomedicinsk analytiker", durMin: 2, wait: { kind: "none" } },
  { name: "Registrering och sortering", category: "NNVA", role: "Biomedicinsk analytiker", durMin: 4, wait: { kind: "work", medianMin: 60, sigma: 0.8 } },
  {
    name: "Analys", category: "VA", role: "Biomedicinsk analytiker", durMin: 25, wait: { kind: "work", medianMin: 240, sigma: 1.1 },
    repeatP: 0.05, repeatWait: { kind: "work", medianMin: 300 },
  },
  { name: "Teknisk granskning", category: "NNVA", role: "Biomedicinsk analytiker", durMin: 5, wait: { kind: "work", medianMin: 60, sigma: 0.8 } },
  { name: "Medicinsk validering", category: "NNVA", role: "Läkare", durMin: 4, wait: { kind: "work", medianMin: 180, sigma: 1.0 } },
  { name: "Svar skickat", category: "NNVA", role: "Biomedicinsk analytiker", durMin: 1, wait: { kind: "work", medianMin: 10, sigma: 0.6 } },
];

/** Upstream: Bild- och funktionsmedicin's imaging. */
const rontgenSteps: StepSpec[] = [
  { name: "Röntgenremiss mottagen", category: "NNVA", role: "Medicinsk sekreterare", durMin: 3, wait: { kind: "none" } },
  { name: "Prioritering av remiss", category: "NNVA", role: "Röntgenläkare", durMin: 4, wait: { kind: "work", medianMin: 700, sigma: 0.9 } },
  { name: "Komplettering av remiss", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 18, p: 0.09, wait: { kind: "work", medianMin: 120 } },
  { name: "Tidsbokning", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 300, sigma: 0.9 } },
  { name: "Undersökning", category: "VA", role: "Röntgensjuksköterska", durMin: 20, wait: { kind: "days", medianDays: 11, sigma: 0.6 } },
  { name: "Granskning och utlåtande", category: "VA", role: "Röntgenläkare", durMin: 15, wait: { kind: "work", medianMin: 900, sigma: 1.0 } },
  { name: "Svar skickat", category: "NNVA", role: "Medicinsk sekreterare", durMin: 2, wait: { kind: "work", medianMin: 60, sigma: 0.8 } },
];

const remissStart = (bedomMin: number): StepSpec[] => [
  { name: "Remiss inkommer", category: "NNVA", role: "Medicinsk sekreterare", durMin: 4, wait: { kind: "none" } },
  { name: "Bedömning av remiss", category: "NNVA", role: "Läkare", durMin: 6, wait: { kind: "work", medianMin: bedomMin, sigma: 0.8 } },
  { name: "Komplettering av remiss", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 22, p: 0.3, wait: { kind: "work", medianMin: 200 } },
  jagaUppgifter("Medicinsk sekreterare", 22, 0.45),
];

/**
 * The rebooking of a dependent step whose planned time passed before the upstream answer came (see rebooking.ts):
 * listed in the process so the model knows it (NVA, defects); it occurs only when a slot is lost.
 */
const rebookDecision = (role: string): StepSpec => ({
  name: "Ombokning av beslutstid", category: "NVA", wasteType: "defects", role, durMin: 6, wait: { kind: "none" }, onlyWhenSlotLost: true,
});
const lostDecisionSlot = (p: number, requeueMedianDays: number) => ({ p, rebookStep: "Ombokning av beslutstid", noticeMedianMin: 120, requeueMedianDays });

/** All processes: nine in the pilot units and two upstream services. */
export const PROCESSES: readonly ProcessSpec[] = [
  {
    id: "ume-diabetes",
    name: "Utredning vid misstänkt diabetes",
    unit: "narsjukvard-umea",
    prefix: "UDIA",
    volumePerHalf: [180, 175],
    hourlyCostSek: costs(),
    steps: [
      ...remissStart(900),
      { name: "Kallelse", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 600, sigma: 0.9 } },
      { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 18, p: 0.25, wait: { kind: "days", medianDays: 3 } },
      { name: "Besök", category: "VA", role: "Läkare", durMin: 30, wait: { kind: "days", medianDays: 13, sigma: 0.6 } },
      dubbeldokumentation("Läkare", 18, 0.7),
      {
        name: "Provtagning", category: "VA", role: "Undersköterska", durMin: 10, wait: { kind: "days", medianDays: 2, sigma: 0.7 },
        orders: "lab-provanalys", repeatP: 0.09, repeatWait: { kind: "days", medianDays: 3 },
      },
      {
        name: "Leta provsvar", category: "NVA", wasteType: "motion", role: "Sjuksköterska", durMin: 27, p: 0.6,
        wait: { kind: "work", medianMin: 900, sigma: 0.7 },
      },
      rebookDecision("Medicinsk sekreterare"),
      {
        name: "Beslut", category: "VA", role: "Läkare", durMin: 10, wait: { kind: "work", medianMin: 60 },
        waitsOn: { process: "lab-provanalys", lagMedianMin: 900, lostSlot: lostDecisionSlot(0.3, 6) },
      },
      { name: "Åtgärd", category: "VA", role: "Diabetessjuksköterska", durMin: 45, wait: { kind: "days", medianDays: 9, sigma: 0.6 } },
      { name: "Uppföljning", category: "VA", role: "Diabetessjuksköterska", durMin: 30, wait: { kind: "days", medianDays: 10, sigma: 0.3 }, fixedWait: true, p: 0.9 },
    ],
  },
  {
    id: "ume-1177",
    name: "Vårdcentral Umeå: från kontakt via 1177 till återkoppling",
    unit: "narsjukvard-umea",
    prefix: "UVC",
    volumePerHalf: [240, 235],
    hourlyCostSek: costs(),
    steps: vardcentral1177(150, 6, 500),
  },
  {
    id: "ske-1177",
    name: "Vårdcentral Skellefteå: från kontakt via 1177 till återkoppling",
    unit: "narsjukvard-skelleftea",
    prefix: "SVC",
    volumePerHalf: [200, 195],
    hourlyCostSek: costs(),
    steps: vardcentral1177(180, 7, 600),
  },
  {
    id: "ske-rehab",
    name: "Rehabilitering vid ländryggsbesvär",
    unit: "narsjukvard-skelleftea",
    prefix: "SREH",
    volumePerHalf: [160, 155],
    hourlyCostSek: costs(),
    steps: [
      { name: "Egenremiss inkommer", category: "NNVA", role: "Medicinsk sekreterare", durMin: 3, wait: { kind: "none" } },
      { name: "Bedömning av egenremiss", category: "NNVA", role: "Fysioterapeut", durMin: 6, wait: { kind: "work", medianMin: 1000, sigma: 0.8 } },
      { name: "Tidsbokning", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 400, sigma: 0.9 } },
      jagaUppgifter("Medicinsk sekreterare", 18, 0.35),
      { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 14, p: 0.25, wait: { kind: "days", medianDays: 3 } },
      { name: "Första besök", category: "VA", role: "Fysioterapeut", durMin: 45, wait: { kind: "days", medianDays: 12, sigma: 0.6 } },
      letaInformation("Leta journaluppgifter", "Fysioterapeut", 18, 0.5),
      { name: "Träningsprogram", category: "VA", role: "Fysioterapeut", durMin: 20, wait: { kind: "parallel" } },
      { name: "Dubbeldokumentation", category: "NVA", wasteType: "overprocessing", role: "Fysioterapeut", durMin: 36, p: 0.85, wait: { kind: "work", medianMin: 90 } },
      {
        name: "Extra kontrollsamtal utan behov", category: "NVA", wasteType: "overproduction", role: "Fysioterapeut", durMin: 36, p: 0.3,
        wait: { kind: "days", medianDays: 5 },
      },
      {
        name: "Uppföljande besök", category: "VA", role: "Fysioterapeut", durMin: 30, p: 0.85, wait: { kind: "days", medianDays: 18, sigma: 0.4 },
        repeatP: 0.08, repeatWait: { kind: "days", medianDays: 7 },
      },
      { name: "Avslut", category: "NNVA", role: "Fysioterapeut", durMin: 10, wait: { kind: "days", medianDays: 4 } },
    ],
  },
  {
    id: "sl-1177",
    name: "Vårdcentral Södra Lappland: från kontakt via 1177 till återkoppling",
    unit: "narsjukvard-sodra-lappland",
    prefix: "LVC",
    volumePerHalf: [165, 160],
    hourlyCostSek: costs({ "Läkare": 1400 }),
    steps: vardcentral1177(200, 9, 800),
  },
  {
    id: "lso1-ortopedi",
    name: "Utredning vid misstänkt höft- eller knäledsartros",
    unit: "lansjukvardsomrade-1",
    prefix: "ORT",
    volumePerHalf: [185, 180],
    hourlyCostSek: costs(),
    steps: [
      ...remissStart(1300),
      { name: "Röntgenremiss", category: "NNVA", role: "Läkare", durMin: 4, wait: { kind: "work", medianMin: 30 }, orders: "bfm-rontgen" },
      { name: "Genomgång av väntelista", category: "NVA", wasteType: "inventory", role: "Medicinsk sekreterare", durMin: 27, p: 0.7, wait: { kind: "work", medianMin: 400 } },
      { name: "Kallelse", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 600, sigma: 0.9 } },
      { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 18, p: 0.25, wait: { kind: "days", medianDays: 3 } },
      {
        name: "Besök", category: "VA", role: "Läkare", durMin: 30, wait: { kind: "days", medianDays: 16, sigma: 0.6 },
        repeatP: 0.06, repeatWait: { kind: "days", medianDays: 10 },
      },
      letaInformation("Leta röntgensvar", "Sjuksköterska", 22, 0.5),
      dubbeldokumentation("Läkare", 18, 0.7),
      rebookDecision("Medicinsk sekreterare"),
      {
        name: "Beslut", category: "VA", role: "Läkare", durMin: 10, wait: { kind: "work", medianMin: 10 },
        waitsOn: { process: "bfm-rontgen", lagMedianMin: 700, lostSlot: lostDecisionSlot(0.35, 8) },
      },
      { name: "Åtgärd", category: "VA", role: "Fysioterapeut", durMin: 60, wait: { kind: "days", medianDays: 12, sigma: 0.6 } },
      { name: "Uppföljning", category: "VA", role: "Sjuksköterska", durMin: 15, p: 0.7, wait: { kind: "days", medianDays: 15, sigma: 0.3 }, fixedWait: true },
    ],
  },
  {
    id: "lso1-psykiatri",
    name: "Vuxenpsykiatri: från remiss till behandlingsstart",
    unit: "lansjukvardsomrade-1",
    prefix: "PSY",
    volumePerHalf: [150, 150],
    hourlyCostSek: costs(),
    steps: [
      { name: "Remiss inkommer", category: "NNVA", role: "Medicinsk sekreterare", durMin: 4, wait: { kind: "none" } },
      { name: "Bedömning i remissteam", category: "NNVA", role: "Läkare", durMin: 10, wait: { kind: "days", medianDays: 4, sigma: 0.5 } },
      {
        name: "Läkare registrerar remiss administrativt", category: "NVA", wasteType: "unusedTalent", role: "Läkare", durMin: 22, p: 0.6,
        wait: { kind: "work", medianMin: 30 },
      },
      { name: "Begäran om komplettering", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 22, p: 0.35, wait: { kind: "work", medianMin: 200 } },
      jagaUppgifter("Sjuksköterska", 27, 0.5),
      { name: "Kallelse", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 700, sigma: 0.9 } },
      {
        name: "Bedömningssamtal", category: "VA", role: "Sjuksköterska", durMin: 60, wait: { kind: "days", medianDays: 18, sigma: 0.6 },
        repeatP: 0.12, repeatWait: { kind: "days", medianDays: 9 },
      },
      { name: "Utredning", category: "VA", role: "Psykolog", durMin: 120, wait: { kind: "days", medianDays: 14, sigma: 0.6 } },
      dubbeldokumentation("Psykolog", 45, 0.8),
      letaInformation("Leta tidigare utredningar", "Psykolog", 36, 0.55),
      { name: "Behandlingsplan", category: "VA", role: "Läkare", durMin: 30, wait: { kind: "days", medianDays: 7, sigma: 0.6 } },
      { name: "Behandlingsstart", category: "VA", role: "Kurator", durMin: 45, wait: { kind: "days", medianDays: 9, sigma: 0.6 } },
    ],
  },
  {
    id: "lso2-lunga",
    name: "Utredning vid långvarig hosta",
    unit: "lansjukvardsomrade-2",
    prefix: "LUN",
    volumePerHalf: [160, 165],
    hourlyCostSek: costs(),
    steps: [
      ...remissStart(1100),
      { name: "Röntgenremiss", category: "NNVA", role: "Läkare", durMin: 4, wait: { kind: "work", medianMin: 30 }, orders: "bfm-rontgen" },
      { name: "Genomgång av väntelista", category: "NVA", wasteType: "inventory", role: "Medicinsk sekreterare", durMin: 27, p: 0.7, wait: { kind: "work", medianMin: 400 } },
      { name: "Kallelse", category: "NNVA", role: "Medicinsk sekreterare", durMin: 5, wait: { kind: "work", medianMin: 600, sigma: 0.9 } },
      { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Medicinsk sekreterare", durMin: 18, p: 0.25, wait: { kind: "days", medianDays: 3 } },
      {
        name: "Spirometri", category: "VA", role: "Biomedicinsk analytiker", durMin: 30, wait: { kind: "days", medianDays: 10, sigma: 0.6 },
        repeatP: 0.08, repeatWait: { kind: "days", medianDays: 6 },
      },
      { name: "Besök", category: "VA", role: "Läkare", durMin: 30, wait: { kind: "days", medianDays: 5, sigma: 0.6 } },
      dubbeldokumentation("Läkare", 18, 0.6),
      {
        name: "Efterfråga röntgensvar", category: "NVA", wasteType: "motion", role: "Medicinsk sekreterare", durMin: 22, p: 0.45,
        wait: { kind: "work", medianMin: 600 },
      },
      rebookDecision("Medicinsk sekreterare"),
      {
        name: "Beslut", category: "VA", role: "Läkare", durMin: 10, wait: { kind: "work", medianMin: 10 },
        waitsOn: { process: "bfm-rontgen", lagMedianMin: 700, lostSlot: lostDecisionSlot(0.35, 8) },
      },
      { name: "Åtgärd", category: "VA", role: "Sjuksköterska", durMin: 30, wait: { kind: "days", medianDays: 7, sigma: 0.6 } },
      { name: "Uppföljning", category: "VA", role: "Läkare", durMin: 20, p: 0.8, wait: { kind: "days", medianDays: 15, sigma: 0.3 }, fixedWait: true },
    ],
  },
  {
    id: "tand-revision",
    name: "Tandvård: undersökning till efterkontroll",
    unit: "tandvard",
    prefix: "TAND",
    volumePerHalf: [200, 200],
    hourlyCostSek: costs(),
    steps: [
      { name: "Kallelse", category: "NNVA", role: "Tandsköterska", durMin: 3, wait: { kind: "none" } },
      { name: "Ombokning", category: "NVA", wasteType: "defects", role: "Tandsköterska", durMin: 14, p: 0.35, wait: { kind: "days", medianDays: 3 } },
      { name: "Undersökning", category: "VA", role: "Tandläkare", durMin: 30, wait: { kind: "days", medianDays: 18, sigma: 0.6 } },
      { name: "Röntgen", category: "VA", role: "Tandsköterska", durMin: 10, p: 0.7, wait: { kind: "parallel" } },
      {
        name: "Tandläkare gör tandhygienistuppgift", category: "NVA", wasteType: "unusedTalent", role: "Tandläkare", durMin: 27, p: 0.65,
        wait: { kind: "work", medianMin: 5 },
      },
      { name: "Behandlingsplan", category: "NNVA", role: "Tandläkare", durMin: 15, wait: { kind: "work", medianMin: 300, sigma: 1.0 } },
      letaInformation("Leta material och instrument", "Tandsköterska", 18, 0.6),
      dubbeldokumentation("Tandläkare", 14, 0.75),
      {
        name: "Behandling", category: "VA", role: "Tandläkare", durMin: 50, p: 0.75, wait: { kind: "days", medianDays: 14, sigma: 0.6 },
        repeatP: 0.1, repeatWait: { kind: "days", medianDays: 10 },
      },
      { name: "Efterkontroll", category: "VA", role: "Tandhygienist", durMin: 20, requires: "Behandling", p: 0.8, wait: { kind: "days", medianDays: 15, sigma: 0.3 }, fixedWait: true },
      // Every flow ends here (next revision booked), also those that needed no treatment: the process's end step.
      { name: "Avslut", category: "NNVA", role: "Tandsköterska", durMin: 3, wait: { kind: "work", medianMin: 120, sigma: 0.8 } },
    ],
  },
  {
    id: "lab-provanalys",
    name: "Provanalys (klinisk kemi)",
    unit: "laboratoriemedicin",
    prefix: "LAB",
    linkPrefix: "LAB",
    volumePerHalf: [60, 60],
    hourlyCostSek: costs(),
    steps: labSteps,
  },
  {
    id: "bfm-rontgen",
    name: "Röntgen: från remiss till svar",
    unit: "bild-och-funktionsmedicin",
    prefix: "RTG",
    linkPrefix: "RTG",
    volumePerHalf: [40, 40],
    hourlyCostSek: costs(),
    steps: rontgenSteps,
  },
];
