import { test } from 'node:test'; import assert from 'node:assert/strict';
import { testApp, Client } from '../helpers/app.ts';
test('boots', async () => {
  const t0 = Date.now();
  const { app, close } = await testApp();
  console.log('boot ms', Date.now() - t0);
  const c = new Client(app);
  let r = await c.get('/kk'); assert.equal(r.statusCode, 200, r.body); console.log(r.body.slice(0, 400));
  r = await c.get('/'); console.log(r.statusCode, r.headers.location);
  r = await c.get('/en/nowhere'); console.log(r.statusCode, r.body.slice(-300));
  r = await c.get('/readyz'); console.log(r.statusCode, r.body);
  r = await c.get('/api/openapi.json'); console.log(r.statusCode, r.body.slice(0,200));
  r = await c.get('/api/docs'); console.log(r.statusCode, r.headers.location);
  await close();
});
