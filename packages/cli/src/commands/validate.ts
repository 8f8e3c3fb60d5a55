import { flagOption } from "../args.js";
import { qualityReportText } from "../format/human.js";
import { toJsonText } from "../format/json.js";
import { IMPORT_OPTIONS, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { EXIT_OK, EXIT_REJECTED } from "../io.js";
import { HELP } from "../messages.js";
import type { Command } from "./command.js";

/** `flodes validate <fil>`: the data-quality report of a log (Swedish text, or the QualityReport as JSON). */
export const validateCommand: Command = {
  name: "validate",
  summary: HELP.validate.summary,
  description: HELP.validate.description,
  usage: "validate <fil> [--model m.json] [--tz Europe/Stockholm] [--json]",
  options: [MODEL_OPTION, { name: "json", kind: "flag", help: HELP.options_.json }, ...IMPORT_OPTIONS],
  examples: [
    { comment: "kontrollera exempelloggen", command: "flodes validate examples/syntetisk-remissflode.csv" },
    { comment: "en fil med trasiga rader (slutkod 1)", command: "flodes validate examples/trasig.csv" },
    { comment: "rapporten som JSON", command: "flodes validate examples/trasig.csv --json" },
    {
      comment: "egna kolumnnamn och semikolon",
      command: "flodes validate logg.csv --sep ';' --flow-col Remissnr --step-col Moment --time-col Tid",
    },
  ],
  async run(args, io) {
    const { file, result, progress } = await loadLog(args, io);
    progress.done();
    const text = flagOption(args, "json") ? toJsonText(result.quality) : qualityReportText(result.quality, { file });
    io.stdout.write(text);
    return result.quality.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
  },
};
