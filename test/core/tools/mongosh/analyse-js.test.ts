import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseMongoJs } from '../../../../src/core/tools/mongosh/analyse-js.js';

const found = (js: string): string[] => analyseMongoJs(js, 'app').map((e) => `${e.kind}:${e.resource}`);

test('receivers: db.C, db.getCollection("C"), db["C"], getSiblingDB, use', () => {
  assert.deepEqual(found('db.users.drop()'), ['drop-collection:app.users']);
  assert.deepEqual(found('db.getCollection("a-b").deleteMany({})'), ['delete-all:app.a-b']);
  assert.deepEqual(found("db['x'].remove({})"), ['delete-all:app.x']);
  assert.deepEqual(found('db.getSiblingDB("other").dropDatabase()'), ['drop-database:other']);
  assert.deepEqual(found('db.getSiblingDB("other").logs.drop()'), ['drop-collection:other.logs']);
  assert.deepEqual(found('use shop\ndb.dropDatabase()'), ['drop-database:shop']);
});

test('filters that restrict, strings and comments are benign', () => {
  assert.deepEqual(found('db.users.deleteMany({ active: false })'), []);
  assert.deepEqual(found('print("db.users.drop()") // db.dropDatabase()'), []);
  assert.deepEqual(found('/* db.x.remove({}) */ db.x.find({})'), []);
});
