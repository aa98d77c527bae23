import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: "b2",
  commands: ["b2"],
  docs: "https://b2-command-line-tool.readthedocs.io/en/master/",
  operations: [
    {
      id: "b2/delete",
      summary: "b2 delete-bucket / rm / delete-file-version / bucket delete / file hide: delete Backblaze B2 buckets or files",
      message: "Deletes {{resource}} on Backblaze B2.",
      rationale: "b2 rm --recursive --versions removes every version; delete-bucket removes the bucket.",
      safer: "Run `b2 rm --dry-run` first; keep lifecycle rules that retain old versions.",
      undo: "hidden (not --versions) files keep earlier versions; deleted versions have no undo",
      when: {
        args: [
          ["delete-bucket", "rm", "delete-file-version"],
          "*"
        ],
        unlessFlags: ["--dry-run"]
      },
      resource: {
        positional: 1
      },
      examples: {
        destructive: [
          {
            argv: ["b2", "delete-bucket", "acme-backups"],
            resource: "acme-backups",
            environment: "unknown"
          },
          {
            argv: ["b2", "rm", "--recursive", "acme-media"],
            resource: "acme-media",
            environment: "unknown"
          },
          {
            argv: ["b2", "rm", "--recursive", "--versions", "b2://acme-db/"],
            resource: "b2://acme-db/",
            environment: "unknown"
          }
        ],
        benign: [
          {
            argv: ["b2", "ls", "acme-media"]
          },
          {
            argv: ["b2", "rm", "--dry-run", "--recursive", "acme-media"]
          },
          {
            argv: ["b2", "create-bucket", "acme-new", "allPrivate"]
          }
        ]
      }
    }
  ]
});
