import { DEFAULT_ALERT_TIMEOUT_SECONDS, MAX_ALERT_TIMEOUT_SECONDS } from '../core/config-defaults.js';
import { childProcess } from './lazy-builtins.js';

export interface AlertConfig {
  /** A shell command; it receives the event as JSON on stdin and in GUARD_EVENT. */
  command?: string;
  /** A URL that receives the event as a JSON POST. */
  webhook?: string;
  timeoutSeconds?: number;
}

/** Fire-and-forget: never blocks guard, never fails it; each channel is bounded by a timeout. */
export function sendAlert(config: AlertConfig | undefined, event: object): void {
  if (!config) return;
  const json = JSON.stringify(event);
  const seconds = Math.max(
    1,
    Math.min(config.timeoutSeconds ?? DEFAULT_ALERT_TIMEOUT_SECONDS, MAX_ALERT_TIMEOUT_SECONDS),
  );
  if (config.command) {
    try {
      const child = childProcess().spawn('timeout', [String(seconds), '/bin/sh', '-c', config.command], {
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore'],
        env: { ...process.env, GUARD_EVENT: json },
      });
      child.on('error', () => undefined);
      child.stdin.on('error', () => undefined);
      child.stdin.end(json);
      child.unref();
    } catch {
      // alerts are best effort
    }
  }
  if (config.webhook) {
    const body = json;
    void fetch(config.webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(seconds * 1000),
    }).catch(() => undefined);
  }
}
