// Code inside interpreters, per language, judged with the real rule packs: deletion through
// aliases and computed names, HTTP to known APIs, SDK deletes, SQL, sockets, framework consoles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPacks } from '../../../src/core/classify.js';
import { builtinPacks } from '../../../rules/index.js';
import { judge } from '../../helpers/shell-world.js';

const index = indexPacks(builtinPacks);
const OPAQUE = (r: string): string => `shell/opaque-command ${r}@unknown`;
const SDK = (r: string): string => `shell/sdk-delete ${r}@unknown`;

function check(cases: [string, string[]][]): void {
  for (const [line, expected] of cases) assert.deepEqual(judge(line, {}, index), expected, line);
}

test('python: aliases, from-imports, getattr, __import__, constants, temp dirs', () => {
  check([
    [`python3 -c 'import shutil as s; s.rmtree("/srv/uploads")'`, ['rm/system-directory /srv/uploads@local']],
    [
      `python3 -c 'from shutil import rmtree; rmtree("/var/lib/postgresql")'`,
      ['rm/protected-path /var/lib/postgresql@local'],
    ],
    [
      `python3 -c 'from os import remove as r; r("/var/lib/redis/dump.rdb")'`,
      ['rm/protected-path /var/lib/redis/dump.rdb@local'],
    ],
    [
      `python3 -c 'import shutil; getattr(shutil, "rmtree")("/var/lib/mysql")'`,
      ['rm/protected-path /var/lib/mysql@local'],
    ],
    [`python3 -c '__import__("shutil").rmtree("/srv/uploads")'`, ['rm/system-directory /srv/uploads@local']],
    [`python3 -c 'import os as o; o.system("rm -rf /srv/data")'`, ['rm/system-directory /srv/data@local']],
    [
      `python3 -c 'import os; f = os.remove; f("/var/lib/redis/dump.rdb")'`,
      ['rm/protected-path /var/lib/redis/dump.rdb@local'],
    ],
    [`python3 -c 'import shutil; p = "/srv/data"; shutil.rmtree(p)'`, ['rm/system-directory /srv/data@local']],
    [
      `python3 -c "import pathlib; pathlib.Path('/var/lib/postgresql/data').unlink()"`,
      ['rm/protected-path /var/lib/postgresql/data@local'],
    ],
    // what guard cannot read literally is confirmed, never allowed
    [`python3 -c 'import os; f = getattr(os, name); f(p)'`, [OPAQUE('python3-code')]],
    [`python3 -c 'import importlib; importlib.import_module(m).rmtree("/x")'`, [OPAQUE('python3-code')]],
    [`python3 -c 'import os; list(map(os.remove, files))'`, [OPAQUE('python3-code')]],
    [`python3 -c "import os; [os.remove(f) for f in os.listdir('/var/backups')]"`, [OPAQUE('python3-code')]],
    // benign look-alikes
    [`python3 -c 'import shutil as s; s.rmtree("build")'`, []],
    [`python3 -c "import tempfile, shutil; d = tempfile.mkdtemp(); shutil.rmtree(d)"`, []],
    [`python3 -c 'import os; print(os.listdir("."))'`, []],
    [`python3 -c 'import shutil; print(shutil.which("node"))'`, []],
    [`python3 -c 'print("shutil.rmtree(\\"/\\")")'`, []],
  ]);
});

test('node: require aliases, destructuring renames, fs.promises, computed members', () => {
  check([
    [
      `node -e 'const f = require("fs"); f.rmSync("/srv/uploads", {recursive: true, force: true})'`,
      ['rm/system-directory /srv/uploads@local'],
    ],
    [
      `node -e 'const {rmSync: r} = require("node:fs"); r("/var/lib/postgresql", {recursive: true})'`,
      ['rm/protected-path /var/lib/postgresql@local'],
    ],
    [
      `node -e 'import {rm as gone} from "fs/promises"; await gone("/srv/data", {recursive: true})' --input-type=module`,
      ['rm/system-directory /srv/data@local'],
    ],
    [`node -e 'require("fs").promises.rm("/srv/data", {recursive: true})'`, ['rm/system-directory /srv/data@local']],
    [
      `node -e "const { execSync: run } = require('child_process'); run('kubectl delete namespace prod')"`,
      ['kubectl/delete namespace/prod@unknown'],
    ],
    [`node -e 'const fs = require("fs"); fs[process.argv[1]]("/srv/data")'`, [OPAQUE('node-code')]],
    [`node -e 'require("fs")[op]("/srv/data")'`, [OPAQUE('node-code')]],
    [`node -e 'files.forEach(fs.unlinkSync)'`, [OPAQUE('node-code')]],
    [`node -e 'const fs = require("fs"); fs.rmSync("dist", {recursive: true, force: true})'`, []],
    [`node -e 'const fs = require("fs"); console.log(fs.readdirSync("."))'`, []],
    [`node -e 'const m = new Map(); m.delete("k"); console.log(m.size)'`, []],
    [`node -e 'console.log(require("./package.json")[key])'`, []],
  ]);
});

test('ruby, perl, php: shell calls, deletes, backticks', () => {
  check([
    [`ruby -e 'require "fileutils"; FileUtils.rm_rf("/srv/uploads")'`, ['rm/system-directory /srv/uploads@local']],
    [`perl -e 'use File::Path qw(remove_tree); remove_tree("/srv/data")'`, ['rm/system-directory /srv/data@local']],
    [`php -r 'exec("rm -rf /srv/uploads");'`, ['rm/system-directory /srv/uploads@local']],
    [`php -r 'echo \`rm -rf /srv/uploads\`;'`, ['rm/system-directory /srv/uploads@local']],
    [`php -r 'system("dropdb production");'`, ['postgres-tools/dropdb production@localhost']],
    [`php -r 'shell_exec($cmd);'`, [OPAQUE('php-code')]],
    [`php -r 'array_map("unlink", glob("/var/www/uploads/*"));'`, [OPAQUE('php-code')]],
    [`php -r 'echo json_encode(["ok" => true]);'`, []],
    [`php -r '$a = ["x" => 1]; unset($a["x"]); print_r($a);'`, []],
    [`php -r 'curl_exec($ch);'`, []],
    [`ruby -e 'h = {a: 1}; h.delete(:a); p h'`, []],
  ]);
});

test('HTTP from code: Railway mutations and DELETEs to known API hosts are judged as curl', () => {
  check([
    [
      `node -e 'fetch("https://backboard.railway.app/graphql/v2", {method:"POST", body: JSON.stringify({query: "mutation { volumeDelete(volumeId: \\"vol-1\\") }"})})'`,
      ['curl/railway-destructive-mutation volumeDelete:vol-1@unknown'],
    ],
    [
      `python3 -c 'import requests; requests.post("https://backboard.railway.app/graphql/v2", json={"query": "mutation { volumeDelete(volumeId: \\"vol-1\\") }"})'`,
      ['curl/railway-destructive-mutation volumeDelete:vol-1@unknown'],
    ],
    [
      `ruby -e 'Net::HTTP.post(URI("https://backboard.railway.app/graphql/v2"), %q({"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}))'`,
      ['curl/railway-destructive-mutation volumeDelete:v@unknown'],
    ],
    [
      `node -e 'fetch("https://backboard.railway.app/graphql/v2", {method: "POST", body: process.argv[1]})'`,
      [OPAQUE('node-http')],
    ],
    [
      `python3 -c 'import requests; requests.delete("https://api.github.com/repos/acme/app")'`,
      ['curl/delete-api-resource api.github.com/repos/acme/app@unknown'],
    ],
    [
      `node -e "fetch('https://api.heroku.com/apps/acme-prod', { method: 'DELETE' })"`,
      ['curl/delete-api-resource api.heroku.com/apps/acme-prod@unknown'],
    ],
    [
      `ruby -e 'Net::HTTP.new("api.github.com", 443).delete("/repos/acme/app")'`,
      ['curl/delete-api-resource api.github.com/repos/acme/app@unknown'],
    ],
    [
      `python3 -c 'import requests; requests.post("https://backboard.railway.app/graphql/v2", json={"query": "query { me { id } }"})'`,
      [],
    ],
    [`python3 -c 'import requests; print(requests.get("https://api.github.com/repos/acme/app").json())'`, []],
    [`python3 -c 'import requests; requests.delete("http://localhost:3000/items/1")'`, []],
  ]);
});

test('SDK, ORM and driver deletes name the resource; reads pass', () => {
  check([
    [
      `python3 -c 'import boto3; boto3.resource("s3").Bucket("prod-uploads").objects.all().delete()'`,
      [SDK('prod-uploads')],
    ],
    [
      `python3 -c 'import boto3; boto3.client("rds").delete_db_instance(DBInstanceIdentifier="prod-db")'`,
      [SDK('prod-db')],
    ],
    [
      `python3 -c 'from google.cloud import storage; storage.Client().bucket("prod-data").delete(force=True)'`,
      [SDK('prod-data')],
    ],
    [`python3 -c 'from app import db; db.drop_all()'`, [SDK('db.drop_all()')]],
    [`python3 -c 'import pymongo; pymongo.MongoClient()["app"]["users"].delete_many({})'`, [SDK('users')]],
    [`python3 -c "import redis; redis.Redis(host='cache.prod').flushall()"`, [SDK('cache.prod')]],
    [
      `python3 -c 'import psycopg2; psycopg2.connect("postgres://u@db.prod/app").cursor().execute("DROP TABLE users")'`,
      ['psql/drop-object users@db.prod'],
    ],
    [`python3 -c 'import boto3; print(boto3.client("s3").list_buckets())'`, []],
    [`python3 -c 'import pymongo; pymongo.MongoClient()["app"]["users"].delete_many({"age": {"$lt": 0}})'`, []],
    [
      `python3 -c 'import sqlite3; print(sqlite3.connect("app.db").execute("select count(*) from users").fetchone())'`,
      [],
    ],
    [`python3 -c 'import socket; s = socket.create_connection(("db.prod", 5432))'`, [OPAQUE('python3-socket')]],
    [`python3 -c 'import socket; print(socket.gethostname())'`, []],
  ]);
});

test('framework consoles: rails runner, manage.py shell -c, artisan tinker --execute', () => {
  check([
    [`bin/rails runner 'Order.delete_all'`, [SDK('Order')]],
    [`bundle exec rails runner 'User.destroy_all'`, [SDK('User')]],
    [`bin/rails r 'ActiveRecord::Base.connection.drop_table(:orders)'`, [SDK('orders')]],
    [`python manage.py shell -c 'from shop.models import Order; Order.objects.all().delete()'`, [SDK('Order')]],
    [`php artisan tinker --execute='DB::table("users")->truncate()'`, [SDK('users')]],
    [`bin/rails runner 'puts Order.count'`, []],
    [`bin/rails runner script/report.rb`, []],
    [`python manage.py shell -c 'from django.conf import settings; print(settings.DEBUG)'`, []],
    [`php artisan tinker --execute='echo App\\Models\\User::count();'`, []],
    // a script, not code: the command's own pack judges it (these were swallowed by the interpreter reading)
    [`python manage.py flush --no-input`, ['django/flush DATABASES.default@unknown']],
    [`php artisan migrate:fresh --force`, ['laravel/migrate-fresh-or-wipe default-connection@unknown']],
    [`php -v`, []],
  ]);
});

test('evaluated code, escapes, star imports, send and variable functions: the workarounds of a refused agent', () => {
  const SRV = 'rm/system-directory /srv/data@local';
  check([
    [`python3 -c "exec('import shutil; shutil.rmtree(\\"/srv/data\\")')"`, [SRV]],
    [`python3 -c 'import os; os.system("\\x72m -rf /srv/data")'`, [SRV]],
    [`python3 -c 'from subprocess import *; run(["rm","-rf","/srv/data"])'`, [SRV]],
    [`python3 -c 'import os; os.execvp("rm", ["rm","-rf","/srv/data"])'`, [SRV]],
    [`ruby -e 'FileUtils.send(:rm_rf, "/srv/data")'`, [SRV]],
    [`node -e 'eval("require(\\"fs\\").rmSync(\\"/srv/data\\", {recursive: true})")'`, [SRV]],
    [
      `node -e 'new Function("require", "require(\\"child_process\\").execSync(\\"rm -rf /srv/data\\")")(require)'`,
      [SRV],
    ],
    [`python3 -c "import base64; exec(base64.b64decode('cHJpbnQoMSk='))"`, [OPAQUE('python3-code')]],
    [`ruby -e 'Kernel.send(m, "rm -rf /srv/data")'`, [OPAQUE('ruby-code')]],
    [`php -r '$f = "sys"."tem"; $f("rm -rf /srv/data");'`, [OPAQUE('php-code')]],
    [`perl -e 'eval { die "x" }; print "ok\\n"'`, []],
    [`python3 -c 'print(eval("1+1"))'`, []],
    [`node -e 'console.log(eval("2*3"))'`, []],
  ]);
});

test('nested evaluated code is followed a few levels, and fails closed past the bound', () => {
  const nested = (levels: number): string => {
    let code = 'import shutil; shutil.rmtree("/srv/data")';
    for (let k = 0; k < levels; k++) code = `exec(${JSON.stringify(code)})`;
    return `python3 -c '${code.replace(/'/g, `'\\''`)}'`;
  };
  assert.deepEqual(judge(nested(3), {}, index), ['rm/system-directory /srv/data@local']);
  const deep = judge(nested(12), {}, index);
  assert.equal(deep.length, 1);
  assert.match(deep[0] as string, /^shell\/(?:nesting-too-deep|opaque-command) python3-code@unknown$/);
});

test('heredocs: python3 - <<EOF and node <<EOF are read like one-liners', () => {
  check([
    [
      'python3 - <<\'EOF\'\nimport shutil as sh\nsh.rmtree("/srv/uploads")\nEOF',
      ['rm/system-directory /srv/uploads@local'],
    ],
    [
      "node <<'EOF'\nconst {rmSync: r} = require('fs')\nr('/srv/data', { recursive: true })\nEOF",
      ['rm/system-directory /srv/data@local'],
    ],
    ['python3 - <<\'EOF\'\nimport json\nprint(json.load(open("package.json"))["name"])\nEOF', []],
  ]);
});
