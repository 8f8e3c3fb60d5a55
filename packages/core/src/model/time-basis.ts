/** Whether a duration is measured in calendar time or in a calendar's working time. */
export type TimeBasis = "calendar" | "working";

/** Swedish label. */
export const TIME_BASIS_LABEL_SV: Readonly<Record<TimeBasis, string>> = {
  calendar: "kalendertid",
  working: "arbetstid",
};
