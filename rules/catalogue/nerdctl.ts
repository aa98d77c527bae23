import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in containerd/nerdctl cmd/nerdctl at 8da5040: volume rm|prune, system prune (--volumes).
export default (): CatalogueTool => ({
  tool: 'nerdctl',
  commands: ['nerdctl'],
  docs: 'https://github.com/containerd/nerdctl/blob/main/docs/command-reference.md',
  valueFlags: ['--connection', '-c', '--url', '--namespace', '-n', '--filter'],
  environment: {
    flag: ['--connection', '-c', '--url', '--host', '-H'],
    envVar: ['CONTAINER_HOST', 'CONTAINER_CONNECTION', 'CONTAINERD_ADDRESS'],
    kind: 'docker-context',
  },
  operations: [
    {
      id: 'nerdctl/volume-delete',
      summary: 'nerdctl volume rm / prune: delete volumes and the data in them',
      message: 'Deletes the volume(s) {{resource}} ({{environment}}) with their data.',
      rationale: "A volume holds a container's database or uploads; rm -f removes it even from a stopped container.",
      safer: 'Export the volume first (`podman volume export NAME -o vol.tar`).',
      undo: 'no undo',
      when: {
        args: ['volume', ['rm', 'remove', 'prune']],
      },
      resource: {
        positional: 2,
        default: 'every unused volume',
      },
      examples: {
        destructive: [
          {
            argv: ['nerdctl', 'volume', 'rm', 'pgdata'],
            resource: 'pgdata',
            environment: 'unknown',
          },
          {
            argv: ['nerdctl', 'volume', 'prune', '-f'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['nerdctl', 'volume', 'rm', '-f', 'uploads'],
            resource: 'uploads',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['nerdctl', 'volume', 'ls'],
          },
          {
            argv: ['nerdctl', 'volume', 'inspect', 'pgdata'],
          },
          {
            argv: ['nerdctl', 'volume', 'create', 'pgdata'],
          },
        ],
      },
    },
    {
      id: 'nerdctl/system-prune-volumes',
      summary: 'nerdctl system prune --volumes: delete every unused volume with the rest',
      message: 'Deletes every volume no container uses, on {{environment}} ({{resource}}).',
      rationale: 'A database container that is stopped right now does not count as using its volume.',
      safer: 'Prune without --volumes, or list with `system df -v` first.',
      undo: 'no undo',
      when: {
        args: ['system', 'prune'],
        flags: [['--volumes']],
      },
      resource: {
        value: 'every unused volume',
      },
      examples: {
        destructive: [
          {
            argv: ['nerdctl', 'system', 'prune', '--all', '--volumes'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['nerdctl', 'system', 'prune', '-f', '--volumes'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['nerdctl', 'system', 'prune', '--volumes', '--force'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['nerdctl', 'system', 'prune', '-f'],
          },
          {
            argv: ['nerdctl', 'system', 'df'],
          },
          {
            argv: ['nerdctl', 'ps', '-a'],
          },
        ],
      },
    },
  ],
});
