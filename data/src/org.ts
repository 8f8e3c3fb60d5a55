import type { Unit } from "@flodes/core";

/** The six pilot units (enheter) of the HSV målbild pilot. */
export const PILOT_UNITS: readonly string[] = [
  "narsjukvard-umea",
  "narsjukvard-skelleftea",
  "narsjukvard-sodra-lappland",
  "lansjukvardsomrade-1",
  "lansjukvardsomrade-2",
  "tandvard",
];

/** Unit hierarchy enhet → verksamhetsområde → förvaltning → region (parents before children). */
export const UNITS: readonly Unit[] = [
  { id: "region-vasterbotten", name: "Region Västerbotten", level: "region" },
  { id: "hsf", name: "Hälso- och sjukvårdsförvaltningen", level: "förvaltning", parent: "region-vasterbotten" },
  { id: "tandvardsforvaltningen", name: "Tandvården", level: "förvaltning", parent: "region-vasterbotten" },
  { id: "vo-narsjukvard", name: "Närsjukvård", level: "verksamhetsområde", parent: "hsf" },
  { id: "vo-lansjukvard", name: "Länssjukvård", level: "verksamhetsområde", parent: "hsf" },
  { id: "vo-diagnostik", name: "Länsgemensam diagnostik", level: "verksamhetsområde", parent: "hsf" },
  { id: "vo-folktandvard", name: "Folktandvården", level: "verksamhetsområde", parent: "tandvardsforvaltningen" },
  { id: "narsjukvard-umea", name: "Närsjukvård Umeå", level: "enhet", parent: "vo-narsjukvard" },
  { id: "narsjukvard-skelleftea", name: "Närsjukvård Skellefteå", level: "enhet", parent: "vo-narsjukvard" },
  { id: "narsjukvard-sodra-lappland", name: "Närsjukvård Södra Lappland", level: "enhet", parent: "vo-narsjukvard" },
  { id: "lansjukvardsomrade-1", name: "Länssjukvårdsområde 1", level: "enhet", parent: "vo-lansjukvard" },
  { id: "lansjukvardsomrade-2", name: "Länssjukvårdsområde 2", level: "enhet", parent: "vo-lansjukvard" },
  { id: "laboratoriemedicin", name: "Laboratoriemedicin", level: "enhet", parent: "vo-diagnostik" },
  { id: "bild-och-funktionsmedicin", name: "Bild- och funktionsmedicin", level: "enhet", parent: "vo-diagnostik" },
  { id: "tandvard", name: "Tandvård", level: "enhet", parent: "vo-folktandvard" },
];
