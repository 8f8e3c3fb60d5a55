import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli } from "./helpers.js";

function spawnCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "packages/cli/src/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, TZ: "Europe/Stockholm" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("flodes program", () => {
  it("prints Swedish help with every command and exits 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("validate");
    expect(r.stdout).toContain("metrics");
    expect(r.stdout).toContain("Slutkoder");
  });

  it("prints command help with examples for --help after a command", async () => {
    const r = await runCli(["metrics", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--flow-col <kolumn>");
    expect(r.stdout).toContain("Exempel:");
  });

  it("prints the version and answers help <command>", async () => {
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const r = await runCli(["help", "validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("flodes validate — ");
  });

  it("takes the pseudonym key from FLODES_PSEUDONYM_KEY", async () => {
    const r = await runCli(["metrics", "personnummer.csv", "--pseudonymise"], { env: { FLODES_PSEUDONYM_KEY: "k" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("121212");
  });

  it("exits 2 for no arguments and for an unknown command", async () => {
    expect((await runCli([])).code).toBe(2);
    const r = await runCli(["rapport"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("okänt kommando: rapport");
  });

  it("shows progress on stderr only past the threshold and with --progress, never on stdout", async () => {
    let t = 0;
    const now = (): number => (t += 700); // every reading is 0.7 s later
    const forced = await runCli(["metrics", "liten-logg.csv", "--progress"], { now });
    expect(forced.stderr).toContain("beräknar…");
    expect(() => JSON.parse(forced.stdout) as unknown).not.toThrow();
    const quiet = await runCli(["metrics", "liten-logg.csv"], { now });
    expect(quiet.stderr).not.toContain("beräknar…");
  });
});

describe("flodes as a real process", () => {
  it("validate of the broken example exits 1; metrics prints parseable JSON and exits 0; a missing file exits 2", async () => {
    const [broken, metrics, missing] = await Promise.all([
      spawnCli(["validate", "examples/trasig.csv"]),
      spawnCli(["metrics", `${FIXTURES}liten-logg.csv`, "--model", `${FIXTURES}liten-modell.json`]),
      spawnCli(["metrics", "finns-inte.csv"]),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("Avvisade");
    expect(metrics.code).toBe(0);
    expect((JSON.parse(metrics.stdout) as { flows: unknown[] }).flows).toHaveLength(2);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("finns-inte.csv");
  }, 60_000);
});
