import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in huggingface/huggingface_hub src/huggingface_hub/cli at ee0a451: `repos | repo` delete, delete-files,
// hidden `repo-files REPO delete`, and (added) `buckets delete`, `buckets remove | rm`, `endpoints delete`.
export default (): CatalogueTool => ({
  tool: 'hf',
  commands: ['hf', 'huggingface-cli'],
  docs: 'https://huggingface.co/docs/huggingface_hub/guides/cli',
  valueFlags: ['--token', '--revision', '--repo-type'],
  environment: {
    envVar: 'HF_ENDPOINT',
    kind: 'other',
  },
  operations: [
    {
      id: 'hf/repo-delete',
      summary: 'hf repo|repos delete / delete-files: delete a model, dataset or Space repository, or files in it',
      message: 'Deletes the Hugging Face repository {{resource}}.',
      rationale: 'A deleted repository takes every revision of its weights or data.',
      safer: 'Make the repository private instead; download a copy first (`hf download REPO`).',
      undo: 'no undo',
      when: {
        args: [['repo', 'repos'], ['delete', 'delete-files'], '*'],
        unlessFlags: ['--help', '-h'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['hf', 'repo', 'delete', 'acme/model-weights'],
            resource: 'acme/model-weights',
            environment: 'unknown',
          },
          {
            argv: ['huggingface-cli', 'repo', 'delete', 'acme/dataset', '--repo-type', 'dataset'],
            resource: 'acme/dataset',
            environment: 'unknown',
          },
          {
            argv: ['hf', 'repo', 'delete', 'acme/space', '--repo-type', 'space'],
            resource: 'acme/space',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['hf', 'repo', 'create', 'acme/new-model'],
          },
          {
            argv: ['hf', 'download', 'acme/model-weights'],
          },
          {
            argv: ['hf', 'repo', 'tag', 'create', 'acme/model', 'v1'],
          },
        ],
      },
    },
    {
      id: 'hf/repo-files-delete',
      summary: 'hf repo-files REPO delete PATTERN: delete files from a repository',
      message: 'Deletes files from the Hugging Face repository {{resource}}.',
      rationale: 'The files leave the head revision; `*` removes every file.',
      safer: 'Delete on a branch and open a pull request instead.',
      undo: 'earlier revisions keep the files (git history), unless the history is squashed',
      when: {
        args: ['repo-files', '*', 'delete'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['huggingface-cli', 'repo-files', 'acme/model', 'delete', '*.safetensors'],
            resource: 'acme/model',
            environment: 'unknown',
          },
          {
            argv: ['hf', 'repo-files', 'acme/data', 'delete', '*', '--repo-type', 'dataset'],
            resource: 'acme/data',
            environment: 'unknown',
          },
          {
            argv: ['hf', 'repo-files', 'acme/model', 'delete', 'weights/'],
            resource: 'acme/model',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['hf', 'upload', 'acme/model', './weights'],
          },
          {
            argv: ['hf', 'download', 'acme/model'],
          },
          {
            argv: ['hf', 'repo-files', '--help'],
          },
        ],
      },
    },
    {
      id: 'hf/bucket-endpoint-delete',
      summary:
        'hf buckets delete / buckets rm / endpoints delete: delete a storage bucket, files in it, or an inference endpoint',
      message: 'Deletes {{resource}} on the Hugging Face Hub.',
      rationale:
        'Buckets hold no revisions: what is deleted or removed is gone; a deleted endpoint loses its configuration.',
      safer:
        'Copy the bucket first (`hf buckets cp`), or use `hf buckets rm --dry-run`; pause an endpoint instead of deleting it.',
      undo: 'no undo',
      when: {
        args: [['buckets', 'endpoints'], ['delete', 'remove', 'rm'], '*'],
        unlessFlags: ['--dry-run', '--help', '-h'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['hf', 'buckets', 'delete', 'acme/training-data', '--yes'],
            resource: 'acme/training-data',
            environment: 'unknown',
          },
          {
            argv: ['hf', 'buckets', 'rm', 'acme/training-data/logs/', '--recursive'],
            resource: 'acme/training-data/logs/',
            environment: 'unknown',
          },
          {
            argv: ['hf', 'endpoints', 'delete', 'prod-llm'],
            resource: 'prod-llm',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['hf', 'buckets', 'rm', 'acme/training-data/data/', '--recursive', '--dry-run'],
          },
          {
            argv: ['hf', 'buckets', 'list'],
          },
          {
            argv: ['hf', 'endpoints', 'pause', 'prod-llm'],
          },
        ],
      },
    },
  ],
});
