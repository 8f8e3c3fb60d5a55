// Preloaded with `node --import` by the benchmark: writes the process's peak RSS (KB) to $FLODES_BENCH_RSS at exit,
// so a command can be measured as a user runs it, without changing the command.
import { writeFileSync } from "node:fs";

const file = process.env.FLODES_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
