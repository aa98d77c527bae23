// The quick shape check of the system policy and of config files: the common shapes checked by hand,
// so that a valid file costs no zod (loading zod is ~12 ms, a third of a full check's start-up).
// It only ever accepts data that the zod schemas accept unchanged (test/core/config/quick-check.test.ts
// compares the two); anything else is validated by the schemas, which explain what is wrong.
import { MIN_COOLDOWN_SECONDS } from '../config-defaults.js';
import type { ConfigFileData } from './schema.js';
import { SIGNAL_KINDS } from './signal-kinds.js';
import type { SystemPolicy } from './system-policy-schema.js';
import {
  alternatives,
  boolean,
  int,
  list,
  matches,
  object,
  oneOf,
  record,
  string,
  text,
  type Check,
} from './quick-shape.js';

const ruleId = matches(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
const environment = object({ name: text, production: boolean }, { match: record(oneOf(SIGNAL_KINDS), list(text)) });
const signature = object({ publicKey: string, signature: string });
const allowance = object({ rule: ruleId, environment: text, resource: text }, { reason: string, signature });
const lockout = object({ attempts: int(1, 100), windowSeconds: int(1, 86400) });

const approvalKey = object(
  {
    publicKey: matches(/^[A-Za-z0-9_-]{43}$/),
    salt: matches(/^[0-9a-f]{32,}$/),
    scrypt: object({ N: int(2 ** 14, 2 ** 22), r: int(8, 32), p: int(1, 16) }),
  },
  { label: string },
);

const systemPolicy = object(
  {},
  {
    version: oneOf([1]),
    environments: list(environment),
    protectedPaths: list(text),
    cooldownSeconds: int(5, 3600),
    lockout,
    loosening: oneOf(['allow', 'signed', 'forbid']),
    allow: list(allowance),
    requireProof: object({}, { approve: boolean, unlock: boolean, production: boolean, uninstall: boolean }),
    approvalKeys: list(approvalKey),
    passphraseAttempts: object({ max: int(1, 20), windowSeconds: int(10, 86400) }),
    audit: object({}, { path: text, syslog: boolean }),
    locationsFromEnvironment: boolean,
    humanDriverUids: list(int(0)),
    requireTerminalProvenance: boolean,
  },
);

// Custom rules, OTLP and webhook URLs are left to the schema (rarer, and URL checks are zod's own).
const configFile = object(
  {},
  {
    environments: list(environment),
    protectedPaths: list(text),
    allow: list(allowance),
    disable: list(alternatives(ruleId, object({ rule: ruleId, signature }))),
    cooldownSeconds: int(MIN_COOLDOWN_SECONDS, 3600),
    audit: object(
      {},
      {
        path: text,
        syslog: object(
          { to: matches(/^(local|unix:\/.+|(udp|tcp):\/\/.+)$/) },
          { tag: matches(/^[\w.-]{1,48}$/), readBack: text },
        ),
      },
    ),
    apiHosts: list(object({ host: text }, { environment: text })),
    lockout,
    alerts: object({}, { command: text, timeoutSeconds: int(1, 60) }),
    passphrase: object({ salt: matches(/^[0-9a-f]{16,}$/), hash: matches(/^[0-9a-f]{32,}$/) }),
    probes: object({}, { enabled: boolean, timeoutMs: int(100, 30000) }),
  },
);

const accept = <T>(check: Check, data: unknown): T | undefined => (check(data ?? {}) ? ((data ?? {}) as T) : undefined);

/** The policy as it is when it is certainly valid, else undefined (then the zod schema decides and explains). */
export const quickPolicy = (data: unknown): SystemPolicy | undefined => accept<SystemPolicy>(systemPolicy, data);

/** The config file's data as it is when it is certainly valid, else undefined (then the zod schema decides). */
export const quickConfig = (data: unknown): ConfigFileData | undefined => accept<ConfigFileData>(configFile, data);
