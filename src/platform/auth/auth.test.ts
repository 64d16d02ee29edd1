import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from './password.ts';
import { hmac, safeEqual, sha256 } from './tokens.ts';
import { safeReturn } from '../http/context.ts';

test('passwords hash with scrypt, verify, and reject a wrong one', async () => {
  const h = await hashPassword('Жасыл-алма-2026');
  assert.match(h, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('Жасыл-алма-2026', h), true);
  assert.equal(await verifyPassword('жасыл-алма-2026', h), false);
  assert.equal(await verifyPassword('x', 'garbage'), false);
  assert.notEqual(await hashPassword('same'), await hashPassword('same'), 'salted');
});

test('tokens: hashes and HMACs are deterministic; comparison is exact', () => {
  assert.equal(sha256('a'), 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
  assert.equal(hmac('k', 'v'), hmac('k', 'v'));
  assert.notEqual(hmac('k', 'v'), hmac('k2', 'v'));
  assert.equal(safeEqual('abc', 'abc'), true);
  assert.equal(safeEqual('abc', 'abd'), false);
  assert.equal(safeEqual('abc', 'abcd'), false);
});

test('return addresses stay on this site', () => {
  assert.equal(safeReturn('/kk/registry?q=1'), '/kk/registry?q=1');
  assert.equal(safeReturn('http://localhost:3000/ru/account'), '/ru/account');
  assert.equal(safeReturn('//evil.example/x'), '/x', 'a protocol-relative address loses its host');
  assert.equal(safeReturn('https://evil.example/x')?.startsWith('/x'), true, 'only the path of a foreign URL is kept');
  assert.equal(safeReturn(undefined), undefined);
});
