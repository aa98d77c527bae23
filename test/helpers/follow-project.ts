// A fixture project for following scripts and task runners (issue 16): package.json, Makefile,
// justfile, Taskfile, composer.json and scripts, each with destructive and benign entries.
export const FOLLOW_PROJECT: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'app',
      scripts: {
        build: 'tsc -p .',
        test: 'node --test',
        lint: 'eslint .',
        clean: 'rm -rf dist build',
        wipe: 'rm -rf dist ~/',
        prereset: 'rm -rf /srv/uploads',
        reset: 'echo resetting',
        nuke: 'npm run wipe',
        fresh: 'bash scripts/cleanup.sh',
      },
    },
    null,
    2,
  ),
  Makefile:
    'BUILD := build\nDATA = /var/lib/app\n\nall: build\n\nbuild:\n\ttsc -p .\n\ntest: build\n\tnode --test\n\nclean:\n\trm -rf $(BUILD) dist\n\ndistclean: clean\n\trm -rf build $(HOME)\n\nreset-data:\n\t@echo resetting\n\trm -rf $(DATA)/uploads\n\ndeploy: reset-data\n\techo deploying\n',
  justfile: 'build:\n    tsc -p .\n\nclean:\n    rm -rf dist\n\npurge: clean\n    rm -rf ~/\n',
  'Taskfile.yml':
    "version: '3'\n\ntasks:\n  build:\n    cmds:\n      - tsc -p .\n  clean:\n    cmds:\n      - rm -rf dist\n  wipe:\n    deps: [clean]\n    cmds:\n      - rm -rf /srv/data\n  release:\n    cmds:\n      - task: wipe\n",
  'composer.json': JSON.stringify(
    { scripts: { test: 'phpunit', purge: ['@clear', 'rm -rf /var/www/uploads'], clear: 'echo clearing' } },
    null,
    2,
  ),
  'scripts/cleanup.sh': '#!/bin/sh\nset -e\necho "cleaning up"\nrm -rf ~/\n',
  'scripts/build.sh': '#!/usr/bin/env bash\nset -euo pipefail\nmkdir -p dist\ncp -r src/* dist/\n',
  'scripts/wipe.txt': 'rm -rf /srv/data\n',
  'scripts/lib.sh': 'wipe_dir() {\n  rm -rf "$1"\n}\n',
};

/** The project's files at `root` (the example world's project is /home/user/project). */
export function projectFiles(root = '/home/user/project'): Record<string, string> {
  return Object.fromEntries(Object.entries(FOLLOW_PROJECT).map(([p, c]) => [`${root}/${p}`, c]));
}
