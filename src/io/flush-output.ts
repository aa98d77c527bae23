/**
 * Resolves once everything written to process.stdout and process.stderr has been handed to the OS.
 * A pipe whose reader is slower than guard takes a large write in parts; process.exit before the
 * rest is written would cut the output short (a `check --shell --stdin` batch read through a pipe
 * stopped at 64 KB). An empty write's callback runs after every earlier write has completed.
 */
export async function flushOutput(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))),
  );
}
