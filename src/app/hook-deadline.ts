// The hook always answers in time: agent clients treat a hook that times out as "not blocked"
// (Claude Code, Codex, Cursor by default), so a slow or stuck judgement must become a deny.
import { denyHookAnswer, type Agent, type HookAnswer } from '../core/hooks/agent-hooks.js';

/** Well under every client's hook timeout (Claude Code 60 s, Gemini and Cursor configurable). */
export const HOOK_DEADLINE_MS = 5000;

/** `work`'s answer, or a deny with the reason when it has not answered within `ms`. */
export async function answerWithin(
  agent: Agent,
  work: Promise<HookAnswer>,
  ms = HOOK_DEADLINE_MS,
): Promise<HookAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<HookAnswer>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          denyHookAnswer(
            agent,
            `guard: could not judge the command within ${ms / 1000} s (its payload or a file it names did not arrive or would not end), so it was blocked. Nothing was run. Name regular files, not FIFOs or devices, and try again.`,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
