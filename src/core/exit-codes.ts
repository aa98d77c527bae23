// Exit codes shared by every entry point (see README "Exit codes").
export const EXIT = {
  ok: 0,
  usage: 64,
  internal: 70,
  refused: 77,
  config: 78,
  notExecutable: 126,
  notFound: 127,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
