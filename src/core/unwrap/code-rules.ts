// guard's finding for data deleted through a library call inside interpreter code (an SDK, an ORM,
// a database driver): data with examples, checked with the other shell rules.
import { unknownEnvironment } from '../environment.js';
import type { ShellRule } from '../shell/shell-rules.js';
import type { Finding } from '../types.js';

export const CODE_RULES = {
  sdkDelete: {
    id: 'shell/sdk-delete',
    summary: 'interpreter code that deletes data through a library: cloud SDKs, ORMs, database drivers',
    message:
      'the {{resource}} delete in this program removes data through a library call; it applies at once in {{environment}}',
    rationale:
      'An agent refused at the CLI can reach the same API from python -c, node -e or rails runner: boto3 `Bucket(…).objects.all().delete()`, `Order.delete_all`, `db.drop_all()`, `collection.drop()`. The call names no environment; the credentials in scope decide, so it is treated as production.',
    safer:
      'Run the deletion through the provider CLI or the framework task guard knows, with an explicit environment, after listing what it would remove.',
    examples: {
      destructive: [
        `python3 -c 'import boto3; boto3.resource("s3").Bucket("prod-uploads").objects.all().delete()'`,
        `bin/rails runner 'Order.delete_all'`,
        `python3 -c 'from app import db; db.drop_all()'`,
        `node -e 'require("mongodb").MongoClient.connect(u).then(c => c.db("app").collection("users").deleteMany({}))'`,
      ],
      benign: [
        `python3 -c 'import boto3; print(boto3.client("s3").list_buckets())'`,
        `bin/rails runner 'puts Order.count'`,
        `node -p '[1,2].filter((x) => x).length'`,
      ],
    },
  },
} satisfies Record<string, ShellRule>;

export function sdkDeleteFinding(language: string, call: string, resource: string): Finding {
  const rule = CODE_RULES.sdkDelete;
  const environment = unknownEnvironment('a library call names no environment: the credentials in scope decide');
  return {
    kind: 'rule',
    rule: rule.id,
    tool: 'shell',
    resource,
    environment,
    message: rule.message,
    details: [`${language} code calls ${call}`],
    warnings: [],
  };
}
