import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in containers/podman cmd/podman at c6580b4: volume rm|prune, system prune|reset, machine rm|reset.
export default (): CatalogueTool => ({
  tool: 'podman',
  commands: ['podman'],
  docs: 'https://docs.podman.io/en/latest/Commands.html',
  valueFlags: ['--connection', '-c', '--url', '--namespace', '-n', '--filter'],
  environment: {
    flag: ['--connection', '-c', '--url', '--host', '-H'],
    envVar: ['CONTAINER_HOST', 'CONTAINER_CONNECTION', 'CONTAINERD_ADDRESS'],
    kind: 'docker-context',
  },
  operations: [
    {
      id: 'podman/volume-delete',
      summary: 'podman volume rm / prune: delete volumes and the data in them',
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
            argv: ['podman', 'volume', 'rm', 'pgdata'],
            resource: 'pgdata',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'volume', 'prune', '-f'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'volume', 'rm', '-f', 'uploads'],
            resource: 'uploads',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['podman', 'volume', 'ls'],
          },
          {
            argv: ['podman', 'volume', 'inspect', 'pgdata'],
          },
          {
            argv: ['podman', 'volume', 'create', 'pgdata'],
          },
        ],
      },
    },
    {
      id: 'podman/system-prune-volumes',
      summary: 'podman system prune --volumes: delete every unused volume with the rest',
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
            argv: ['podman', 'system', 'prune', '--all', '--volumes'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'system', 'prune', '-f', '--volumes'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'system', 'prune', '--volumes', '--force'],
            resource: 'every unused volume',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['podman', 'system', 'prune', '-f'],
          },
          {
            argv: ['podman', 'system', 'df'],
          },
          {
            argv: ['podman', 'ps', '-a'],
          },
        ],
      },
    },
    {
      id: 'podman/system-wipe',
      summary: 'podman system reset / machine rm: delete every container, image and volume',
      message: 'Deletes container data on {{environment}} ({{resource}}).',
      rationale:
        '`system reset` removes all containers, images, volumes and networks; `machine rm` deletes the VM holding them.',
      safer: 'Prune without --volumes, or list with `system df -v` first.',
      undo: 'no undo',
      when: {
        args: [
          ['system', 'machine'],
          ['reset', 'rm'],
        ],
        except: [
          {
            args: ['system', 'rm'],
            reason: 'not a podman command (the name is kept out of the operation count)',
          },
        ],
      },
      resource: {
        value: 'all containers, images and volumes',
      },
      examples: {
        destructive: [
          {
            argv: ['podman', 'system', 'reset', '--force'],
            resource: 'all containers, images and volumes',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'machine', 'rm', '-f'],
            resource: 'all containers, images and volumes',
            environment: 'unknown',
          },
          {
            argv: ['podman', 'system', 'reset', '-f', '--connection', 'prod'],
            resource: 'all containers, images and volumes',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['podman', 'ps', '-a'],
          },
          {
            argv: ['podman', 'system', 'df'],
          },
          {
            argv: ['podman', 'system', 'prune', '-f'],
          },
        ],
      },
    },
  ],
});
