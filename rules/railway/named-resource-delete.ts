import { optionValue } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import {
  hasPath,
  operandAt,
  type RailwayCall,
  type RailwayReading,
} from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING } from './fixtures.js';

/** `railway GROUP delete` where the target is named by an option (-b, -f) or a positional. */
function deleteMatcher(group: string, name: (reading: RailwayReading) => string | undefined) {
  return (reading: RailwayReading, _ctx: Context) =>
    hasPath(reading, group, 'delete') ? { resource: name(reading) ?? CHOSEN_INTERACTIVELY } : null;
}

export const bucketDelete: Rule<RailwayCall> = {
  id: 'railway/bucket-delete',
  summary: 'railway bucket delete: deletes a storage bucket and every object in it',
  message: 'Deletes bucket {{resource}} in {{environment}} with every object stored in it.',
  rationale: 'Deleting a bucket permanently deletes all its objects; Railway keeps no copy.',
  safer: 'Copy the objects out first; check `railway bucket list --json` for the exact bucket.',
  match: (call, ctx) =>
    matchReadings(
      call,
      ctx,
      deleteMatcher('bucket', (r) => optionValue(r.args, 'bucket')),
    ),
  examples: {
    destructive: [
      {
        argv: ['railway', 'bucket', 'delete', '-b', 'assets', '-e', 'production', '-y'],
        resource: 'assets',
        environment: 'production',
      },
      {
        argv: ['railway', 'bucket', '-b', 'media', 'delete'],
        files: LINKED_STAGING,
        resource: 'media',
        environment: 'staging',
      },
      {
        argv: ['railway', 'bucket', 'rm', '--bucket=backups'],
        files: LINKED_PRODUCTION,
        resource: 'backups',
        environment: 'production',
      },
      {
        argv: ['railway', 'bucket', 'delete'],
        files: LINKED_PRODUCTION,
        resource: '(chosen interactively)',
        environment: 'production',
      },
    ],
    benign: [
      { argv: ['railway', 'bucket', 'list', '--json'] },
      { argv: ['railway', 'bucket', 'credentials', '-b', 'delete'] },
      { argv: ['railway', 'bucket', 'create', 'delete-later'] },
      { argv: ['railway', 'bucket', 'delete', '--help'] },
    ],
  },
};

export const domainDelete: Rule<RailwayCall> = {
  id: 'railway/domain-delete',
  summary: 'railway domain delete DOMAIN: removes a domain from a service',
  message: 'Removes domain {{resource}} in {{environment}}: traffic to it stops at once.',
  rationale:
    'A deleted railway.app domain may not be available again, and a custom domain needs its DNS verification redone before traffic flows again.',
  safer: 'Add the replacement domain first; check `railway domain list --json`.',
  match: (call, ctx) =>
    matchReadings(
      call,
      ctx,
      deleteMatcher('domain', (r) => operandAt(r, 2)),
    ),
  examples: {
    destructive: [
      {
        argv: ['railway', 'domain', 'delete', 'api.shop.com', '-y'],
        files: LINKED_PRODUCTION,
        resource: 'api.shop.com',
        environment: 'production',
      },
      {
        argv: ['railway', 'domain', 'rm', 'shop.up.railway.app', '-e', 'production'],
        resource: 'shop.up.railway.app',
        environment: 'production',
      },
      {
        argv: ['railway', 'domain', 'delete'],
        files: LINKED_STAGING,
        resource: '(chosen interactively)',
        environment: 'staging',
      },
    ],
    benign: [
      { argv: ['railway', 'domain'], files: LINKED_PRODUCTION, note: 'generates a railway.app domain' },
      { argv: ['railway', 'domain', 'list', '--json'] },
      { argv: ['railway', 'domain', 'delete.shop.com'], note: 'adds a custom domain that starts with delete' },
      { argv: ['railway', 'domain', 'delete', 'api.shop.com', '--version'], note: 'clap prints the version and exits' },
    ],
  },
};

export const functionsDelete: Rule<RailwayCall> = {
  id: 'railway/functions-delete',
  summary: 'railway functions delete: deletes a function service',
  message: 'Deletes function {{resource}} in {{environment}} with its code and deployments.',
  rationale:
    'A function is a service: deleting it removes its deployments, schedule and domain; code that only lived in Railway is lost.',
  safer: 'Pull the code first (`railway functions pull`); check `railway functions list`.',
  match: (call, ctx) =>
    matchReadings(
      call,
      ctx,
      deleteMatcher('functions', (r) => optionValue(r.args, 'function')),
    ),
  examples: {
    destructive: [
      {
        argv: ['railway', 'functions', '-e', 'production', 'delete', '-f', 'cron-cleanup'],
        resource: 'cron-cleanup',
        environment: 'production',
      },
      {
        argv: ['railway', 'fn', 'rm', '--function=webhook', '-y'],
        files: LINKED_STAGING,
        resource: 'webhook',
        environment: 'staging',
      },
      {
        argv: ['railway', 'function', 'remove'],
        files: LINKED_PRODUCTION,
        resource: '(chosen interactively)',
        environment: 'production',
      },
      {
        argv: ['railway', 'fns', '--environment', 'staging', 'delete', '-f', 'nightly'],
        resource: 'nightly',
        environment: 'staging',
      },
    ],
    benign: [
      { argv: ['railway', 'functions', 'list'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'functions', 'new', '-n', 'delete-old-rows', '--path', './fn.ts'] },
      { argv: ['railway', 'fn', 'link', '--path', './f.ts', '-f', 'delete'] },
      { argv: ['railway', 'functions', 'delete', '--help'] },
    ],
  },
};

export const tcpProxyDelete: Rule<RailwayCall> = {
  id: 'railway/tcp-proxy-delete',
  summary: 'railway tcp-proxy delete PROXY: removes a TCP proxy from a service',
  message: 'Removes TCP proxy {{resource}} in {{environment}}: clients connecting through it are cut off.',
  rationale:
    'A new proxy gets a new host and port, so every client configured with the old address (database tools, external services) breaks.',
  safer: 'Create the replacement proxy and move clients first; check `railway tcp-proxy list`.',
  match: (call, ctx) =>
    matchReadings(
      call,
      ctx,
      deleteMatcher('tcp-proxy', (r) => operandAt(r, 2)),
    ),
  examples: {
    destructive: [
      {
        argv: ['railway', 'tcp-proxy', 'delete', 'proxy-5432', '-y'],
        files: LINKED_PRODUCTION,
        resource: 'proxy-5432',
        environment: 'production',
      },
      {
        argv: ['railway', 'tcp-proxy', 'rm', 'tp_1', '-s', 'postgres', '-e', 'staging'],
        resource: 'tp_1',
        environment: 'staging',
      },
      {
        argv: ['railway', 'tcp-proxy', 'delete'],
        files: LINKED_STAGING,
        resource: '(chosen interactively)',
        environment: 'staging',
      },
    ],
    benign: [
      { argv: ['railway', 'tcp-proxy', 'list'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'tcp-proxy', 'create', '-s', 'delete'] },
      { argv: ['railway', 'tcp-proxy', 'delete', '--help'] },
    ],
  },
};
