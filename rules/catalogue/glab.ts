import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: "glab",
  commands: ["glab"],
  docs: "https://gitlab.com/gitlab-org/cli/-/tree/main/docs/source",
  valueFlags: ["--group", "-g", "--output", "-F"],
  environment: {
    flag: ["--repo", "-R"],
    envVar: ["GITLAB_HOST", "GL_HOST"],
    kind: "git-remote"
  },
  operations: [
    {
      id: "glab/delete",
      summary: "glab repo / release / variable / label / schedule / deploy-key delete: delete a GitLab project or part of it",
      message: "Deletes the GitLab {{resource}} ({{environment}}).",
      rationale: "A deleted project takes its issues, merge requests, pipelines and wiki; --yes skips the prompt.",
      safer: "Archive the project instead (`glab repo archive`).",
      undo: "GitLab keeps a deleted project for a delayed-deletion period (7 days by default on GitLab.com); other objects have no undo",
      when: {
        args: [
          ["repo", "release", "variable", "label", "schedule", "deploy-key", "ssh-key", "snippet", "cluster"],
          ["delete", "rm", "remove"]
        ]
      },
      resource: {
        positional: 2,
        default: "the current project"
      },
      examples: {
        destructive: [
          {
            argv: ["glab", "repo", "delete", "acme/api", "--yes"],
            resource: "acme/api",
            environment: "unknown"
          },
          {
            argv: ["glab", "release", "delete", "v1.2.0", "--yes", "-R", "acme/api"],
            resource: "v1.2.0",
            environment: "acme/api"
          },
          {
            argv: ["glab", "variable", "delete", "DATABASE_URL"],
            resource: "DATABASE_URL",
            environment: "unknown"
          }
        ],
        benign: [
          {
            argv: ["glab", "repo", "view", "acme/api"]
          },
          {
            argv: ["glab", "mr", "list"]
          },
          {
            argv: ["glab", "release", "list"]
          }
        ]
      }
    },
    {
      id: "glab/api-delete",
      summary: "glab api -X DELETE: a DELETE request to the GitLab API",
      message: "Sends DELETE {{resource}} to the GitLab API ({{environment}}).",
      rationale: "The API call deletes whatever the path names; nothing asks.",
      safer: "GET the path first and check what it names.",
      undo: "depends on the object; most have no undo",
      when: {
        args: ["api", "*"],
        anyArg: ["DELETE", "delete", "--method=DELETE", "-XDELETE"]
      },
      valueFlags: ["-X", "--method", "-f", "--field", "-F", "--raw-field", "-H", "--header"],
      resource: {
        positional: 1
      },
      examples: {
        destructive: [
          {
            argv: ["glab", "api", "-X", "DELETE", "projects/42"],
            resource: "projects/42",
            environment: "unknown"
          },
          {
            argv: ["glab", "api", "--method", "DELETE", "projects/acme%2Fapi/protected_branches/main"],
            resource: "projects/acme%2Fapi/protected_branches/main",
            environment: "unknown"
          },
          {
            argv: ["glab", "api", "projects/42/variables/TOKEN", "-X", "DELETE"],
            resource: "projects/42/variables/TOKEN",
            environment: "unknown"
          }
        ],
        benign: [
          {
            argv: ["glab", "api", "projects/42"]
          },
          {
            argv: ["glab", "api", "-X", "POST", "projects/42/issues", "-f", "title=x"]
          },
          {
            argv: ["glab", "api", "--method", "GET", "projects"]
          }
        ]
      }
    }
  ]
});
