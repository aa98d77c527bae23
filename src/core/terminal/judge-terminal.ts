// Terminal provenance: who types into guard's controlling terminal? Guard asks a human only on
// a terminal whose master side is held by something a human works through (a terminal emulator,
// sshd, a multiplexer with a human's client), never by a program that writes the answers.
import { isAgentClient, isPtyTool, multiplexerOf } from './driver-names.js';
import type { ProcessEntry, ProcessView } from './process-view.js';

export interface ProvenancePolicy {
  /** Uids whose processes count as a human's terminal driver (trusted system policy only). */
  trustedDriverUids: readonly number[];
}

export type Provenance =
  | { verdict: 'human'; why: string }
  | { verdict: 'driven'; why: string; driver: { name: string; pid: number } }
  /** Nothing visible holds the master (another user's or namespace's process, no /proc). */
  | { verdict: 'unknown'; why: string };

/** Follows multiplexer clients and terminals-within-terminals this many levels, then gives up. */
const MAX_CHAIN = 4;
const MAX_ANCESTORS = 64;

/** Judges the pty `index` (undefined: the terminal is not a pty, e.g. a Linux console). */
export function judgeTerminal(
  index: number | undefined,
  view: ProcessView,
  policy: ProvenancePolicy,
  depth = 0,
): Provenance {
  if (index === undefined)
    return { verdict: 'human', why: 'the terminal is not a pseudo-terminal (a console or serial line)' };
  if (depth > MAX_CHAIN) return { verdict: 'unknown', why: `the chain of terminals is deeper than ${MAX_CHAIN}` };
  const holders = view
    .holdersOf(index)
    .map((pid) => view.entry(pid))
    .filter((e): e is ProcessEntry => e !== undefined);
  if (holders.length === 0) {
    const hidden = view.hiddenOwners();
    // The holder is one of the processes guard may not inspect: human when all of those are trusted uids.
    if (hidden.length > 0 && hidden.every((uid) => policy.trustedDriverUids.includes(uid)))
      return {
        verdict: 'human',
        why: `held by a process of uid ${hidden.join(', ')}, which the system policy trusts as a human's terminal`,
      };
    return {
      verdict: 'unknown',
      why: `no visible process holds the master of /dev/pts/${index} (another user's process, another pid namespace, or no /proc)`,
    };
  }
  let human: Provenance | undefined;
  for (const holder of holders) {
    const judged = judgeHolder(holder, view, policy, depth);
    if (judged.verdict !== 'human') return judged;
    human = judged;
  }
  return human as Provenance;
}

function judgeHolder(holder: ProcessEntry, view: ProcessView, policy: ProvenancePolicy, depth: number): Provenance {
  const label = `${holder.name} (pid ${holder.pid})`;
  const driven = (why: string, by: ProcessEntry = holder): Provenance => ({
    verdict: 'driven',
    why,
    driver: { name: by.name, pid: by.pid },
  });
  if (policy.trustedDriverUids.includes(holder.uid))
    return {
      verdict: 'human',
      why: `held by ${label}, run by uid ${holder.uid}, which the system policy trusts as a human's terminal`,
    };
  const marked = agentAncestor(holder, view);
  if (marked)
    return driven(
      `the terminal is held by ${label}, started by ${marked.name} (pid ${marked.pid}), an agent${marked.agent ? ` (${marked.agent} markers in its environment)` : ''}`,
      marked,
    );
  const mux = multiplexerOf(holder.name);
  if (mux) return judgeMultiplexer(holder, mux, view, policy, depth);
  if (isPtyTool(holder.name)) return driven(`the terminal is driven by ${label}, a program that types into terminals`);
  if (holder.stdin === 'pipe' || holder.stdin === 'file')
    return driven(`the terminal is held by ${label}, whose own input is a ${holder.stdin}, not a keyboard`);
  if (holder.stdin === 'tty') {
    // A terminal program running inside another terminal: whoever drives that one drives this one.
    const outer = judgeTerminal(holder.stdinPty, view, policy, depth + 1);
    return outer.verdict === 'human'
      ? { verdict: 'human', why: `held by ${label}, inside a terminal that ${outer.why}` }
      : outer;
  }
  return { verdict: 'human', why: `held by ${label}` };
}

/** tmux/screen: human only with at least one attached client, every one of them on a human terminal. */
function judgeMultiplexer(
  server: ProcessEntry,
  mux: string,
  view: ProcessView,
  policy: ProvenancePolicy,
  depth: number,
): Provenance {
  const clients = (server.exeId ? view.runningExe(server.exeId) : [])
    .filter((pid) => pid !== server.pid)
    .map((pid) => view.entry(pid))
    .filter(
      (e): e is ProcessEntry =>
        e !== undefined && e.uid === server.uid && e.ctty !== undefined && !view.holdersOf(e.ctty).includes(server.pid),
    );
  const label = `${mux} server ${server.name} (pid ${server.pid})`;
  if (clients.length === 0)
    return {
      verdict: 'driven',
      why: `the terminal belongs to a ${label} with no attached client: only programs (send-keys, -X stuff) can type into it`,
      driver: { name: server.name, pid: server.pid },
    };
  for (const client of clients) {
    const judged = judgeTerminal(client.ctty, view, policy, depth + 1);
    if (judged.verdict !== 'human')
      return judged.verdict === 'driven'
        ? {
            ...judged,
            why: `the terminal belongs to a ${label} whose client ${client.name} (pid ${client.pid}) is itself on a driven terminal: ${judged.why}`,
          }
        : judged;
  }
  return { verdict: 'human', why: `held by a ${label} with ${clients.length} attached client(s) on human terminals` };
}

/** The process itself or an ancestor that is an agent client or carries agent markers. */
export function agentAncestor(holder: ProcessEntry, view: ProcessView): ProcessEntry | undefined {
  let current: ProcessEntry | undefined = holder;
  for (let i = 0; current && i < MAX_ANCESTORS; i++) {
    if (current.agent || isAgentClient(current.name)) return current;
    if (current.ppid <= 1) return undefined;
    current = view.entry(current.ppid);
  }
  return undefined;
}
