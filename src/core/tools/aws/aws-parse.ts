import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';

const valued = (...names: string[]): OptionSpec[] => names.map((n) => ({ id: n, long: [n], value: true }));
const flags = (...names: string[]): OptionSpec[] => names.map((n) => ({ id: n, long: [n] }));

// Global options plus the value-taking options of the guarded operations, so operands stay operands.
const SPECS: OptionSpec[] = [
  ...valued(
    'profile',
    'region',
    'endpoint-url',
    'output',
    'query',
    'color',
    'ca-bundle',
    'cli-read-timeout',
    'cli-connect-timeout',
    'cli-binary-format',
    'cli-input-json',
    'cli-input-yaml',
  ),
  ...valued(
    'exclude',
    'include',
    'acl',
    'storage-class',
    'sse',
    'sse-kms-key-id',
    'content-type',
    'cache-control',
    'metadata',
    'expires',
    'grants',
    'source-region',
    'page-size',
    'request-payer',
    'expected-bucket-owner',
  ),
  ...valued(
    'db-instance-identifier',
    'db-cluster-identifier',
    'final-snapshot-identifier',
    'final-db-snapshot-identifier',
    'table-name',
    'stack-name',
    'role-arn',
    'retain-resources',
    'client-request-token',
    'deletion-mode',
    'instance-ids',
    'secret-id',
    'recovery-window-in-days',
  ),
  ...flags(
    'generate-cli-skeleton',
    'force',
    'recursive',
    'delete',
    'dryrun',
    'dry-run',
    'no-dry-run',
    'skip-final-snapshot',
    'no-skip-final-snapshot',
    'delete-automated-backups',
    'no-delete-automated-backups',
    'force-delete-without-recovery',
    'no-force-delete-without-recovery',
    'debug',
    'no-paginate',
    'no-verify-ssl',
    'no-sign-request',
    'quiet',
    'only-show-errors',
    'exact-timestamps',
    'size-only',
    'follow-symlinks',
    'no-follow-symlinks',
  ),
];

export interface AwsParsed {
  args: ParsedArgs;
  service: string;
  operation: string;
  /** Positionals after service and operation (paths for s3, extra ids for list options). */
  operands: string[];
  /** `aws … help` or a skeleton request: prints and does nothing. */
  informational: boolean;
}

export function parseAws(argv: readonly string[]): AwsParsed {
  const args = parseOptions(argv, SPECS, { style: 'pflag' });
  const [service = '', operation = '', ...operands] = args.positionals;
  const informational = args.positionals.includes('help') || hasOption(args, 'generate-cli-skeleton');
  return { args, service, operation, operands, informational };
}

export function isAwsOperation(parsed: AwsParsed, service: string, ...operations: string[]): boolean {
  return !parsed.informational && parsed.service === service && operations.includes(parsed.operation);
}
