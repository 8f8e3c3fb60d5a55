import { qualityIssue } from "../io/issue-sink.js";
import { depsMessage } from "../messages/deps.js";
import type { Unit } from "../model/org.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey as norm } from "../model/step-resolver.js";

/** A unit hierarchy (enhet → verksamhetsområde → förvaltning → region) with lookups. */
export interface Hierarchy {
  units: ReadonlyMap<string, Unit>;
  children: ReadonlyMap<string, readonly string[]>;
  roots: readonly string[];
  /** Problems found (unknown parent, cycle); the affected units are treated as roots. */
  issues: QualityIssue[];
  /** Finds a unit by id or name (trimmed, case-insensitive). */
  find(idOrName: string): Unit | undefined;
  /** The unit itself and its ancestors, bottom-up. */
  lineage(id: string): Unit[];
}

/**
 * Builds the unit hierarchy. Units whose parent is missing, or that sit on a cycle, are reported and become roots,
 * so nothing is silently dropped from a roll-up.
 * @example
 * const h = buildHierarchy([{ id: "r", name: "Region", level: "region" }, { id: "u", name: "Umeå", level: "enhet", parent: "r" }]);
 * h.lineage("u").map((u) => u.id) // → ["u", "r"]
 */
export function buildHierarchy(units: readonly Unit[]): Hierarchy {
  const byId = new Map<string, Unit>();
  const byKey = new Map<string, Unit>();
  for (const u of units) {
    byId.set(u.id, u);
    byKey.set(norm(u.id), u);
    if (!byKey.has(norm(u.name))) byKey.set(norm(u.name), u);
  }
  const issues: QualityIssue[] = [];
  const parentOf = new Map<string, string | undefined>();
  for (const u of units) {
    if (u.parent !== undefined && u.parent !== "" && !byId.has(u.parent)) {
      issues.push(qualityIssue(depsMessage.unknownParent(u.id, u.parent), "warning", 0, "parent"));
      parentOf.set(u.id, undefined);
    } else parentOf.set(u.id, u.parent || undefined);
  }
  for (const u of units) {
    const seen = new Set<string>([u.id]);
    let p = parentOf.get(u.id);
    while (p !== undefined) {
      if (seen.has(p)) {
        issues.push(qualityIssue(depsMessage.cycle(u.id), "warning", 0, "parent"));
        parentOf.set(u.id, undefined);
        break;
      }
      seen.add(p);
      p = parentOf.get(p);
    }
  }
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const u of units) {
    const p = parentOf.get(u.id);
    if (p === undefined) roots.push(u.id);
    else children.set(p, [...(children.get(p) ?? []), u.id]);
  }
  return {
    units: byId,
    children,
    roots,
    issues,
    find: (k) => byId.get(k) ?? byKey.get(norm(k)),
    lineage(id) {
      const out: Unit[] = [];
      let cur: string | undefined = id;
      while (cur !== undefined) {
        const u = byId.get(cur);
        if (!u) break;
        out.push(u);
        cur = parentOf.get(cur);
      }
      return out;
    },
  };
}
