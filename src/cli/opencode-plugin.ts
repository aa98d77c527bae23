// OpenCode has no command hooks; it loads JS plugins from .opencode/plugin/. This one asks
// `guard hook claude-code` (same JSON contract) before every bash tool call and throws to block.
export const OPENCODE_PLUGIN_PATH = '.opencode/plugin/guard.js';

export function opencodePlugin(guardCommand: string, timeoutMs = 10_000): string {
  return `// Installed by \`guard init opencode\`: every bash command OpenCode runs is checked by guard first.
// A destructive command is blocked with guard's explanation; a human can run it in a terminal.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const GUARD = ${JSON.stringify(guardCommand)};

export const GuardPlugin = async ({ directory }) => ({
  "tool.execute.before": async (input, output) => {
    if (input.tool !== "bash") return;
    // The command runs in the call's workdir (relative to the project), so that is where its paths point.
    const project = directory ?? process.cwd();
    const cwd = typeof output.args.workdir === "string" && output.args.workdir !== "" ? resolve(project, output.args.workdir) : project;
    const payload = JSON.stringify({ tool_name: "Bash", tool_input: { command: String(output.args.command) }, cwd });
    // A guard that hangs is killed and the command blocked, like one that cannot start.
    const result = spawnSync(GUARD, ["hook", "claude-code"], { input: payload, encoding: "utf8", timeout: ${timeoutMs}, killSignal: "SIGKILL" });
    if (result.error || result.status !== 0) throw new Error("guard: could not check this command (" + (result.error ? result.error.code ?? result.error.message : "exit " + result.status) + "), so it was blocked. Nothing was run.");
    if (result.stdout.trim() === "") return;
    throw new Error(JSON.parse(result.stdout).hookSpecificOutput.permissionDecisionReason);
  },
});
`;
}
