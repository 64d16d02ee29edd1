// Identity from certificates, the trust store, the test CA tooling, the plugin and the messages.
import { after, before, describe, test } from 'node:test';
import './reflect.ts';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import * as x509 from '@peculiar/x509';
import { loadConfig } from '../config/index.ts';
import { LOCALES } from '../i18n/index.ts';
import { generateBin, generateIin } from '../../reference/identity.ts';
import {
  createTestCa,
  decodeCms,
  issueCertificate,
  loadTrustStore,
  pkiPlugin,
  readCertificates,
  revoke,
  signCms,
  signerIdentity,
  SIGNATURE_FAILURES,
  verifyCms,
  type TestCa,
} from './index.ts';

let root: string;
let ca: TestCa;
const CONTENT = new TextEncoder().encode('payload');
const STRONG_SECRET = 'k3P9vQ2xL7mN4rT8wY1zB6cF0hJ5sD2gA9eU3iO7pXq=';
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'qogam-pki-unit-'));
  ca = await createTestCa(join(root, 'ca'));
});
after(() => rmSync(root, { recursive: true, force: true }));

async function certWith(subject: x509.JsonName): Promise<x509.X509Certificate> {
  const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  return x509.X509CertificateGenerator.create({
    serialNumber: '0a0b0c',
    subject,
    issuer: ca.certificate.subjectName.toString(),
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2027-01-01T00:00:00Z'),
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  });
}

describe('signer identity', () => {
  const iin = generateIin('1978-07-06', 'female', 8);
  test('the NCA RK shape: CN "SURNAME GIVEN", SURNAME, SERIALNUMBER IIN…, G = patronymic', async () => {
    const cert = await certWith([
      { '2.5.4.3': ['ӘБІЛҚАСЫМОВА ДӘРИҒА'] },
      { '2.5.4.4': ['ӘБІЛҚАСЫМОВА'] },
      { '2.5.4.5': [`IIN${iin}`] },
      { '2.5.4.6': ['KZ'] },
      { '2.5.4.42': ['НҰРЛАНҚЫЗЫ'] },
    ]);
    const id = signerIdentity(cert);
    assert.deepEqual(
      {
        iin: id.iin,
        bin: id.bin,
        surname: id.surname,
        givenName: id.givenName,
        patronymic: id.patronymic,
        cn: id.commonName,
        serial: id.serialNumber,
      },
      {
        iin,
        bin: null,
        surname: 'ӘБІЛҚАСЫМОВА',
        givenName: 'ДӘРИҒА',
        patronymic: 'НҰРЛАНҚЫЗЫ',
        cn: 'ӘБІЛҚАСЫМОВА ДӘРИҒА',
        serial: '0a0b0c',
      },
    );
    assert.equal(id.notBefore.toISOString(), '2026-01-01T00:00:00.000Z');
  });

  test('a western shape (CN "Given Surname", givenName = first name) takes givenName', async () => {
    const cert = await certWith([
      { '2.5.4.3': ['Dariga Abilkassymova'] },
      { '2.5.4.4': ['Abilkassymova'] },
      { '2.5.4.42': ['Dariga'] },
      { '2.5.4.5': [`IIN${iin}`] },
    ]);
    const id = signerIdentity(cert);
    assert.equal(id.givenName, 'Dariga');
    assert.equal(id.patronymic, null);
  });

  test('IIN and BIN need the prefix, 12 digits and a valid check digit', async () => {
    const bin = generateBin(3, '1207');
    const badBin = bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10);
    const ok = signerIdentity(
      await certWith([{ '2.5.4.3': ['A B'] }, { '2.5.4.5': [`IIN${iin}`] }, { '2.5.4.11': [`BIN${bin}`] }]),
    );
    assert.equal(ok.iin, iin);
    assert.equal(ok.bin, bin);
    const bad = signerIdentity(
      await certWith([{ '2.5.4.3': ['A B'] }, { '2.5.4.5': [iin] }, { '2.5.4.11': [`BIN${badBin}`] }]),
    );
    assert.equal(bad.iin, null, 'no IIN prefix');
    assert.equal(bad.bin, null, 'wrong BIN check digit');
  });
});

describe('trust store', () => {
  test('reads PEM bundles and DER certificates, PEM and DER CRLs; ignores keys; reports unreadable files; reloads', async () => {
    const dir = join(root, 'store');
    mkdirSync(dir);
    const other = await createTestCa(join(root, 'other'), { keyAlgorithm: 'RSA', commonName: 'Other Root' });
    writeFileSync(join(dir, 'bundle.pem'), ca.certPem + other.certPem);
    writeFileSync(join(dir, 'private.key'), ca.keyPem);
    writeFileSync(join(dir, 'broken.crt'), 'not a certificate');
    const store = await loadTrustStore(dir);
    assert.equal(store.anchors.length, 2);
    assert.equal(store.crls.length, 0);
    assert.equal(store.problems.length, 1);
    assert.match(store.problems[0], /broken\.crt/);
    assert.equal(await loadTrustStore(dir), store, 'cached');

    writeFileSync(join(dir, 'other.crl'), readFileSync(other.crlPath!));
    writeFileSync(
      join(dir, 'ca.crl'),
      Buffer.from(readFileSync(ca.crlPath!, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64'),
    );
    rmSync(join(dir, 'broken.crt'));
    await store.reload();
    assert.equal(store.crls.length, 2);
    assert.deepEqual(store.problems, []);
    assert.equal((await store.crlsOf(ca.certificate)).length, 1);
  });

  test('an empty or missing directory trusts nothing', async () => {
    const store = await loadTrustStore(join(root, 'missing'));
    assert.ok(store.empty);
    const issued = await issueCertificate(ca, {
      iin: generateIin('1990-01-01', 'male', 1),
      surname: 'A',
      givenName: 'B',
      keyAlgorithm: 'ECDSA',
    });
    const r = await verifyCms(
      await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true }),
      CONTENT,
      store,
    );
    assert.equal(r.ok ? 'ok' : r.reason, 'untrusted_chain');
  });

  test('a CRL not signed by the issuer is ignored', async () => {
    const dir = join(root, 'forged');
    const mine = await createTestCa(dir);
    const impostor = await createTestCa(join(root, 'impostor'), { commonName: 'Qogam Test Root CA' });
    const issued = await issueCertificate(mine, {
      iin: generateIin('1990-01-01', 'male', 2),
      surname: 'A',
      givenName: 'B',
      keyAlgorithm: 'ECDSA',
    });
    // The impostor (same name, other key) "revokes" the certificate in its own CRL, copied into the trusted dir.
    await revoke(impostor, issued.serialNumber);
    writeFileSync(mine.crlPath!, readFileSync(impostor.crlPath!));
    const store = await loadTrustStore(dir, { reload: true });
    const r = await verifyCms(
      await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: false }),
      CONTENT,
      store,
    );
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.ok(store.problems.some((p) => /does not verify/.test(p)));
  });
});

describe('test CA tooling', () => {
  test('createTestCa is idempotent and safe when several callers race', async () => {
    const dir = join(root, 'race');
    const cas = await Promise.all([1, 2, 3, 4].map(() => createTestCa(dir)));
    assert.equal(new Set(cas.map((c) => c.certPem)).size, 1);
    assert.equal((await createTestCa(dir)).certPem, cas[0].certPem);
    assert.deepEqual(readdirSync(dir).sort(), ['qogam-test-ca.crl', 'qogam-test-ca.key', 'qogam-test-ca.pem']);
    assert.equal(readCertificates(readFileSync(join(dir, 'qogam-test-ca.pem'))).length, 1);
  });

  test('issued certificates carry the requested names, validity and key usage; keys are PKCS#8', async () => {
    const iin = generateIin('2001-02-03', 'male', 5);
    const notBefore = new Date('2026-03-01T00:00:00Z');
    const notAfter = new Date('2026-09-01T00:00:00Z');
    const issued = await issueCertificate(ca, {
      iin,
      surname: 'ТЕСТОВ',
      givenName: 'ТЕСТ',
      keyAlgorithm: 'RSA',
      notBefore,
      notAfter,
      keyUsage: ['nonRepudiation'],
    });
    assert.match(issued.keyPem, /^-----BEGIN PRIVATE KEY-----/);
    const cert = new x509.X509Certificate(issued.certPem);
    assert.equal(cert.serialNumber.toLowerCase(), issued.serialNumber);
    assert.deepEqual(
      [cert.notBefore.toISOString(), cert.notAfter.toISOString()],
      [notBefore.toISOString(), notAfter.toISOString()],
    );
    assert.equal(cert.getExtension(x509.KeyUsagesExtension)!.usages, x509.KeyUsageFlags.nonRepudiation);
    assert.equal(cert.publicKey.algorithm.name, 'RSASSA-PKCS1-v1_5');
    assert.deepEqual(cert.subjectName.getField('2.5.4.5'), [`IIN${iin}`]);
    assert.ok(await cert.verify({ publicKey: ca.certificate.publicKey, signatureOnly: true }));
  });

  test('signCms: attached carries the content, detached does not; no signingTime when asked', async () => {
    const issued = await issueCertificate(ca, {
      iin: generateIin('1990-01-01', 'female', 6),
      surname: 'A',
      givenName: 'B',
      keyAlgorithm: 'ECDSA',
    });
    const big = new Uint8Array(20_000).fill(65);
    const attached = await signCms(big, issued.certPem, issued.keyPem, { detached: false });
    const detached = await signCms(big, issued.certPem, issued.keyPem, { detached: true, signingTime: null });
    assert.ok(attached.length > big.length && detached.length < 2000);
    const store = await loadTrustStore(ca.dir);
    const r = await verifyCms(detached, big, store);
    assert.ok(r.ok);
    assert.equal(r.value.signingTime, null);
  });

  test('decodeCms takes DER, PEM and base64 (also URL-safe), and nothing else', async () => {
    const issued = await issueCertificate(ca, {
      iin: generateIin('1990-01-01', 'female', 7),
      surname: 'A',
      givenName: 'B',
      keyAlgorithm: 'ECDSA',
    });
    const der = await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: false });
    const b64 = Buffer.from(der).toString('base64');
    assert.deepEqual(decodeCms(der), der);
    assert.deepEqual(decodeCms(b64), der);
    assert.deepEqual(decodeCms(b64.replace(/\+/g, '-').replace(/\//g, '_')), der);
    assert.deepEqual(decodeCms(`-----BEGIN CMS-----\n${b64.replace(/(.{64})/g, '$1\n')}\n-----END CMS-----\n`), der);
    assert.equal(decodeCms('hello world'), null);
    assert.equal(decodeCms(''), null);
    assert.equal(decodeCms(Buffer.from('aGVsbG8=')), null, 'base64 of something that is not DER');
  });
});

describe('fastify plugin', () => {
  const appWith = async (over: Record<string, unknown>) => {
    const app = Fastify();
    app.decorate('config', loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }, over));
    await app.register(pkiPlugin);
    await app.ready();
    return app;
  };

  test('demo mode creates the test CA in an empty trusted directory and verifies with it', async () => {
    const dir = join(root, 'demo-ca');
    const app = await appWith({ trustedCaDir: dir, demo: true });
    assert.ok(existsSync(join(dir, 'qogam-test-ca.pem')));
    const demoCa = await createTestCa(dir);
    const issued = await issueCertificate(demoCa, {
      iin: generateIin('1995-05-05', 'male', 9),
      surname: 'ДЕМО',
      givenName: 'АЗАМАТ',
      keyAlgorithm: 'ECDSA',
    });
    const r = await app.pki.verify(await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true }), CONTENT);
    assert.ok(r.ok);
    assert.equal(r.value.signer.givenName, 'АЗАМАТ');
    assert.equal((await app.pki.trust()).anchors.length, 1);
    await app.close();
  });

  test('outside demo mode nothing is generated, and an empty store refuses every signature', async () => {
    const dir = join(root, 'prod-ca');
    mkdirSync(dir);
    const app = await appWith({ trustedCaDir: dir, demo: false });
    assert.deepEqual(readdirSync(dir), []);
    const issued = await issueCertificate(ca, {
      iin: generateIin('1995-05-05', 'male', 10),
      surname: 'A',
      givenName: 'B',
      keyAlgorithm: 'ECDSA',
    });
    const r = await app.pki.verify(await signCms(CONTENT, issued.certPem, issued.keyPem, { detached: true }), CONTENT);
    assert.equal(r.ok ? 'ok' : r.reason, 'untrusted_chain');
    await app.close();
  });

  test('with workers, verification runs on worker threads with the same results', async () => {
    const dir = join(root, 'pool-ca');
    const app = Fastify();
    app.decorate('config', loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }, { trustedCaDir: dir, demo: true }));
    await app.register(pkiPlugin, { workers: 2 });
    await app.ready();
    const poolCa = await createTestCa(dir);
    const iins = [11, 12, 13, 14].map((i) => generateIin('1980-04-04', 'female', i));
    const signed = await Promise.all(
      iins.map(async (iin) => {
        const c = await issueCertificate(poolCa, { iin, surname: 'ПУЛ', givenName: 'ЖАНАР', keyAlgorithm: 'ECDSA' });
        return signCms(CONTENT, c.certPem, c.keyPem, { detached: true });
      }),
    );
    const results = await Promise.all([
      ...signed.map((cms) => app.pki.verify(cms, CONTENT)),
      app.pki.verify(new Uint8Array([1, 2, 3]), CONTENT),
    ]);
    assert.deepEqual(
      results.map((r) => (r.ok ? r.value.signer.iin : r.reason)),
      [...iins, 'malformed'],
    );
    assert.ok(results[0].ok && results[0].value.signingTime instanceof Date);
    await app.close();
  });

  test('configuration: QOGAM_TRUSTED_CA, the demo default under DATA_DIR, none in production', () => {
    assert.equal(
      loadConfig({ QOGAM_TRUSTED_CA: '/etc/qogam/ca', NODE_ENV: 'production', QOGAM_SECRET: STRONG_SECRET })
        .trustedCaDir,
      '/etc/qogam/ca',
    );
    assert.equal(
      loadConfig({ DATA_DIR: '/srv/qogam', NODE_ENV: 'development' }).trustedCaDir,
      '/srv/qogam/pki/test-ca',
    );
    assert.equal(loadConfig({ NODE_ENV: 'production', QOGAM_SECRET: STRONG_SECRET }).trustedCaDir, undefined);
  });
});

test('every refusal reason has a plain message in kk, ru and en', () => {
  const here = new URL('./locales/', import.meta.url);
  const cats = Object.fromEntries(
    LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`${l}.json`, here), 'utf8')) as Record<string, string>]),
  );
  for (const reason of SIGNATURE_FAILURES) {
    const key = `pki.reason.${reason}`;
    for (const l of LOCALES) assert.ok(cats[l][key] && cats[l][key].length > 40, `${l} ${key}`);
    assert.notEqual(cats.kk[key], cats.en[key]);
    assert.notEqual(cats.ru[key], cats.en[key]);
    assert.match(cats.ru[key], /[а-яё]/i);
    assert.match(cats.kk[key], /[әғқңөұүһі]/i, `${key} reads as Kazakh`);
  }
  assert.equal(
    new Set(SIGNATURE_FAILURES.map((r) => cats.en[`pki.reason.${r}`])).size,
    SIGNATURE_FAILURES.length,
    'distinct messages',
  );
});
