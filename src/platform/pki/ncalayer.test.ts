// public/ncalayer.js in a real (headless) Chromium, with NCALayer's WebSocket mocked by
// Playwright: the CMS it puts into the form verifies over the exact payload bytes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateIin } from '../../reference/identity.ts';
import { translator } from '../i18n/index.ts';
import {
  createTestCa,
  issueCertificate,
  loadTrustStore,
  signCms,
  verifyCms,
  type IssuedCertificate,
  type TestCa,
} from './index.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCRIPT = readFileSync(new URL('../../../public/ncalayer.js', import.meta.url), 'utf8');
const PAYLOAD = new TextEncoder().encode('Бастама №7: «Ауылға жол салу». Мен осы бастаманы қолдаймын.\n');
const t = translator('kk');
const msg = (k: string) => t(`pki.ncalayer.${k}`);

let dir: string;
let ca: TestCa;
let citizen: IssuedCertificate;
let iin: string;
let browser: Browser;
let page: Page;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qogam-ncalayer-'));
  ca = await createTestCa(dir);
  iin = generateIin('1992-06-06', 'female', 7);
  citizen = await issueCertificate(ca, { iin, surname: 'СЕРІКОВА', givenName: 'ӘСЕЛ', keyAlgorithm: 'RSA' });
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage();
  const attrs = ['button', 'connecting', 'waiting', 'done', 'unavailable', 'cancelled', 'failed']
    .map((k) => `data-msg-${k}="${msg(k)}"`)
    .join(' ');
  await page.setContent(`<!doctype html><html lang="kk"><body><main><h1>Қол қою</h1>
    <form method="post" action="/sign" data-ncalayer data-ncalayer-payload="${Buffer.from(PAYLOAD).toString('base64')}" ${attrs}>
      <pre>${new TextDecoder().decode(PAYLOAD)}</pre>
      <label for="cms">CMS</label><textarea id="cms" name="cms"></textarea>
      <button type="submit">Жіберу</button>
    </form></main></body></html>`);
  await page.addScriptTag({ type: 'module', content: SCRIPT });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('asks NCALayer for a CMS over the payload and puts it into the form; it verifies', async () => {
  const requests: unknown[] = [];
  await page.routeWebSocket('wss://127.0.0.1:13579/', (ws) => {
    ws.send(JSON.stringify({ result: { version: '1.4' } }));
    ws.onMessage(async (m) => {
      const req = JSON.parse(String(m));
      requests.push(req);
      const data = Buffer.from(req.args[2], 'base64');
      const cms = await signCms(data, citizen.certPem, citizen.keyPem, { detached: req.args[3] !== true });
      ws.send(JSON.stringify({ code: '200', responseObject: Buffer.from(cms).toString('base64') }));
    });
  });
  const button = page.getByRole('button', { name: msg('button') });
  await button.click();
  await page.getByText(msg('done')).waitFor();
  await page.addStyleTag({ content: readFileSync(new URL('../../../public/app.css', import.meta.url), 'utf8') });
  await page.screenshot({ path: '.tmp/screens/pki-ncalayer-signed.png' });
  assert.deepEqual(
    requests.map((r) => {
      const q = r as { module: string; method: string; args: unknown[] };
      return [q.module, q.method, q.args[0], q.args[1], q.args[3]];
    }),
    [['kz.gov.pki.knca.commonUtils', 'createCMSSignatureFromBase64', 'PKCS12', 'SIGNATURE', true]],
  );
  const value = await page.locator('textarea[name="cms"]').inputValue();
  const r = await verifyCms(new TextEncoder().encode(value), PAYLOAD, await loadTrustStore(dir));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.value.signer.iin, iin);
  assert.equal(await page.locator('[data-ncalayer-status]').getAttribute('role'), 'status');
  await page.unrouteAll();
});

test('when the citizen cancels in NCALayer, the form is left alone and the page says so', async () => {
  await page.locator('textarea[name="cms"]').fill('');
  await page.routeWebSocket('wss://127.0.0.1:13579/', (ws) => {
    ws.onMessage(() => ws.send(JSON.stringify({ code: '500', message: 'action.canceled' })));
  });
  await page.getByRole('button', { name: msg('button') }).click();
  await page.getByText(msg('cancelled')).waitFor();
  assert.equal(await page.locator('textarea[name="cms"]').inputValue(), '');
  await page.unrouteAll();
});

test('without NCALayer the page says it is not running and the form still works by paste', async () => {
  await page.routeWebSocket('wss://127.0.0.1:13579/', (ws) => ws.close());
  await page.getByRole('button', { name: msg('button') }).click();
  await page.getByText(msg('unavailable')).waitFor();
  assert.equal(await page.getByRole('button', { name: msg('button') }).isEnabled(), true);
  assert.equal(await page.locator('textarea[name="cms"]').isEditable(), true);
  await page.unrouteAll();
});
