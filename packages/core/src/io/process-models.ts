import type { Process } from "../model/process.js";
import type { QualityIssue } from "../model/quality.js";
import { parseProcessModel } from "./process-model.js";

/**
 * Reads a process model file that may hold several processes: a JSON array of `Process` (as
 * `data/pilot/processer.json`), one JSON `Process`, or a CSV model (`steg;kategori;slöseri;roll;timkostnad`). Each
 * process is read by {@link parseProcessModel}, so the rules and messages are the same; issues of every process are
 * returned together (JSON array items name their index in `column`, e.g. `[2].steps[0].category`). Isomorphic: the
 * browser reads a model chosen by the user with it. Throws FlodesError when the text is not JSON/CSV at all.
 *
 * @example
 * const { processes } = parseProcessModels('[{"id":"a","name":"A","steps":[{"id":"Triage","category":"VA"}]}]', { format: "json" });
 * processes[0].steps[0].name // → "Triage"
 */
export function parseProcessModels(
  text: string,
  options: { format: "json" | "csv"; file?: string },
): { processes: Process[]; issues: QualityIssue[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (options.format === "json" && src.trimStart().startsWith("[")) {
    const items = JSON.parse(src) as unknown[];
    const processes: Process[] = [];
    const issues: QualityIssue[] = [];
    items.forEach((item, i) => {
      const r = parseProcessModel(JSON.stringify(item), { format: "json", ...(options.file !== undefined ? { file: options.file } : {}) });
      processes.push(r.process);
      for (const issue of r.issues) issues.push({ ...issue, column: `[${i}]${issue.column ? `.${issue.column}` : ""}` });
    });
    return { processes, issues };
  }
  const { process, issues } = parseProcessModel(src, options);
  return { processes: [process], issues };
}
