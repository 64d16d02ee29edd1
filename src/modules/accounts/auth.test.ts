import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { latestMailTo } from '../../platform/mail/index.ts';
import { Client, testApp, type TestApp } from '../../../tests/helpers/app.ts';
import { createUser } from './index.ts';

// Registration, confirmation, sign-in and sign-out, password reset, expired and revoked
// sessions, through HTTP as a browser without JavaScript would do them. Rate limits are
// off here (every test signs in); accounts-ratelimit.test.ts covers them.
let t: TestApp;
before(async () => {
  t = await testApp({ rateLimit: false });
});
after(() => t.close());

const PASSWORD = 'жеті түрлі сөз бар';
const linkIn = (text: string, path: 'confirm' | 'password/reset') => {
  const m = new RegExp(`(/(kk|ru|en)/${path}/[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(m, `a ${path} link in the mail: ${text}`);
  return m[1];
};
const newUser = async (email: string, password = PASSWORD) => {
  const r = await createUser(t.db, { email, name: 'Дәурен Әбенов', password, confirmed: true });
  assert.ok(r.ok);
  return r.value;
};
const signIn = async (c: Client, email: string, password = PASSWORD, lang = 'kk') => {
  await c.get(`/${lang}/login`);
  return c.post(`/${lang}/login`, { email, password });
};

test('registration: errors are shown the GOV.UK way, then the account is created and signed in', async () => {
  const c = new Client(t.app);
  let r = await c.get('/kk/register');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /autocomplete="new-password"/);
  assert.match(r.body, /autocomplete="name"/);

  r = await c.post('/kk/register', { name: '', email: 'not-an-address', password: 'short', passwordConfirm: 'other' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<title>Қате: Тіркелу — Qogam<\/title>/);
  assert.match(r.body, /class="error-summary"/);
  for (const f of ['name', 'email', 'password', 'passwordConfirm'])
    assert.match(r.body, new RegExp(`href="#f-${f}"`), `summary links to ${f}`);
  assert.match(r.body, /id="f-name-error"[^>]*>[\s\S]*?Аты-жөніңізді енгізіңіз/);
  assert.match(r.body, /Құпиясөз кемінде 10 таңбадан тұруы керек/);
  assert.match(r.body, /Құпиясөздер сәйкес келмейді/);
  assert.match(r.body, /value="not-an-address"/, 'the e-mail is kept');
  assert.doesNotMatch(r.body, /value="short"/, 'the password is not echoed');

  r = await c.post('/kk/register', {
    name: 'Айгүл Серікова',
    email: 'Aigul@Example.kz',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/kk/account');
  const cookie = (r.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find(
    (x) => x.name === 'qsid',
  );
  assert.ok(cookie?.httpOnly, 'the session cookie is httpOnly');
  assert.equal(cookie?.sameSite, 'Lax');

  r = await c.get('/kk/account');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Айгүл Серікова/);
  assert.match(r.body, /Есептік жазба жасалды/, 'the flash is shown');
  assert.match(r.body, /Расталмаған/);

  const user = await t.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', 'aigul@example.kz')
    .executeTakeFirstOrThrow();
  assert.deepEqual(user.roles, ['citizen']);
  assert.match(user.password_hash, /^scrypt\$/);
  const audit = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', user.id)
    .where('action', '=', 'user.registered')
    .executeTakeFirst();
  assert.equal(audit?.actor_id, user.id);
  const mail = await latestMailTo(t.db, 'aigul@example.kz');
  assert.ok(mail?.text_body.includes('http://localhost:3000/kk/confirm/'), 'the link uses the base URL');
  const token = await t.db
    .selectFrom('email_tokens')
    .selectAll()
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  assert.equal(token.purpose, 'confirm');
  assert.ok(!mail!.text_body.includes(token.id), 'only the hash is stored, not the mailed token');
  const hours = (new Date(token.expires_at).getTime() - Date.now()) / 3_600_000;
  assert.ok(hours > 47.9 && hours <= 48, `48 h (${hours})`);
});

test('a second account with the same address is refused on the e-mail field', async () => {
  await newUser('taken@example.kz');
  const c = new Client(t.app);
  await c.get('/ru/register');
  const r = await c.post('/ru/register', {
    name: 'Второй',
    email: ' TAKEN@example.kz ',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<title>Ошибка: Регистрация — Qogam<\/title>/);
  assert.match(r.body, /id="f-email-error"[^>]*>[\s\S]*?Учётная запись с этим адресом уже существует/);
  assert.match(r.body, /value=" TAKEN@example.kz "/);
});

test('the confirmation link from the outbox works once; an expired one says so', async () => {
  const c = new Client(t.app);
  await c.get('/en/register');
  await c.post('/en/register', {
    name: 'Confirm Me',
    email: 'confirm@example.kz',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  const link = linkIn((await latestMailTo(t.db, 'confirm@example.kz'))!.text_body, 'confirm');
  assert.ok(link.startsWith('/en/'), 'the link opens in the language of registration');

  let r = await c.get(link);
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/en/account');
  r = await c.get('/en/account');
  assert.match(r.body, /Your e-mail address has been confirmed/);
  const user = await t.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', 'confirm@example.kz')
    .executeTakeFirstOrThrow();
  assert.ok(user.email_confirmed_at);

  r = await c.get(link);
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /The link does not work/);

  // Ask for a new link from the account page, then let it expire.
  await t.db.updateTable('users').set({ email_confirmed_at: null }).where('id', '=', user.id).execute();
  r = await c.get('/en/account');
  assert.match(r.body, /Send the confirmation link again/);
  r = await c.post('/en/account/confirmation', {});
  assert.equal(r.statusCode, 303);
  const link2 = linkIn((await latestMailTo(t.db, 'confirm@example.kz'))!.text_body, 'confirm');
  assert.notEqual(link2, link);
  await t.db
    .updateTable('email_tokens')
    .set({ expires_at: new Date(Date.now() - 1000) })
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .execute();
  r = await c.get(link2);
  assert.equal(r.statusCode, 410);
  assert.match(r.body, /The link has expired/);
  assert.match(r.body, /48 hours/);
});

test('sign-in with a wrong password or an unknown address: one message, status 400, the e-mail kept', async () => {
  await newUser('login@example.kz');
  const c = new Client(t.app);
  const wrong = await signIn(c, 'login@example.kz', 'wrong password!');
  const unknown = await signIn(c, 'nobody@example.kz', 'wrong password!');
  for (const r of [wrong, unknown]) {
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /Электрондық пошта мекенжайы немесе құпиясөз қате/);
    assert.match(r.body, /<title>Қате: Кіру — Qogam<\/title>/);
    assert.doesNotMatch(r.body, /value="wrong password!"/);
  }
  assert.match(wrong.body, /value="login@example.kz"/);
  assert.match(unknown.body, /value="nobody@example.kz"/);
  assert.equal(
    wrong.cookies.find((x) => x.name === 'qsid'),
    undefined,
  );
});

test('sign-in opens the account page with the name, or the same-site page asked for', async () => {
  await newUser('named@example.kz');
  const c = new Client(t.app);
  let r = await c.get('/kk/login');
  assert.match(r.body, /autocomplete="current-password"/);
  assert.match(r.body, /autocomplete="email"/);
  r = await c.post('/kk/login', { email: 'NAMED@example.kz', password: PASSWORD });
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/kk/account');
  r = await c.get('/kk/account');
  assert.match(r.body, /Дәурен Әбенов/);
  assert.match(r.body, /Азамат/, 'the role is named in Kazakh');

  const d = new Client(t.app);
  r = await d.get('/ru/login?returnTo=%2Fru%2Fregistry%3Fq%3Dx');
  assert.match(r.body, /name="returnTo" value="\/ru\/registry\?q=x"/);
  r = await d.post('/ru/login', { email: 'named@example.kz', password: PASSWORD, returnTo: '/ru/registry?q=x' });
  assert.equal(r.headers.location, '/ru/registry?q=x');

  const e = new Client(t.app);
  await e.get('/kk/login');
  r = await e.post('/kk/login', {
    email: 'named@example.kz',
    password: PASSWORD,
    returnTo: 'https://evil.example/steal',
  });
  assert.ok(r.headers.location?.toString().startsWith('/'), 'never another site');
  assert.ok(!String(r.headers.location).startsWith('//'));
});

test('sign-out revokes the session: the old cookie no longer works', async () => {
  await newUser('logout@example.kz');
  const c = new Client(t.app);
  await signIn(c, 'logout@example.kz');
  const old = c.cookies.get('qsid')!;
  let r = await c.get('/kk/account');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /action="\/kk\/logout"/, 'the header form posts to logout');
  r = await c.post('/kk/logout', {});
  assert.equal(r.statusCode, 303);
  assert.equal(c.cookies.get('qsid'), undefined);

  const thief = new Client(t.app);
  thief.cookies.set('qsid', old);
  r = await thief.get('/kk/account');
  assert.equal(r.statusCode, 303);
  assert.match(String(r.headers.location), /^\/kk\/login\?returnTo=%2Fkk%2Faccount&reason=expired$/);
});

test('password reset end to end through the outbox; all sessions end', async () => {
  await newUser('reset@example.kz');
  const other = new Client(t.app);
  await signIn(other, 'reset@example.kz');
  const c = new Client(t.app);

  // No enumeration: the same answer for an unknown address, and no mail.
  await c.get('/kk/password/forgot');
  const before = await t.db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let r = await c.post('/kk/password/forgot', { email: 'ghost@example.kz' });
  assert.equal(r.statusCode, 303);
  const ghostLocation = r.headers.location;
  const afterGhost = await t.db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(afterGhost.n), Number(before.n));
  r = await c.post('/kk/password/forgot', { email: 'reset@example.kz' });
  assert.equal(r.headers.location, ghostLocation);
  r = await c.get(String(r.headers.location));
  assert.match(r.body, /Егер осы мекенжаймен тіркелген есептік жазба болса/);

  const link = linkIn((await latestMailTo(t.db, 'reset@example.kz'))!.text_body, 'password/reset');
  r = await c.get(link);
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /autocomplete="new-password"/);
  r = await c.post(link, { password: 'a new long password', passwordConfirm: 'something else' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /Құпиясөздер сәйкес келмейді/);
  r = await c.post(link, { password: 'a new long password', passwordConfirm: 'a new long password' });
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/kk/login');
  r = await c.get('/kk/login');
  assert.match(r.body, /Жаңа құпиясөзбен кіріңіз/);

  r = await other.get('/kk/account');
  assert.equal(r.statusCode, 303, 'the session opened before the reset has ended');
  r = await c.get(link);
  assert.equal(r.statusCode, 400, 'the link works once');
  assert.equal((await signIn(new Client(t.app), 'reset@example.kz')).statusCode, 400, 'the old password is gone');
  assert.equal((await signIn(new Client(t.app), 'reset@example.kz', 'a new long password')).statusCode, 303);
});

test('an expired session on a protected page leads to sign-in with reason=expired and its message', async () => {
  const u = await newUser('expired@example.kz');
  const c = new Client(t.app);
  await signIn(c, 'expired@example.kz');
  await t.db
    .updateTable('sessions')
    .set({ expires_at: new Date(Date.now() - 60_000) })
    .where('user_id', '=', u.id)
    .execute();
  let r = await c.get('/ru/account');
  assert.equal(r.statusCode, 303);
  const location = String(r.headers.location);
  assert.match(location, /reason=expired/);
  r = await c.get(location);
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Срок вашего сеанса истёк. Войдите снова./);

  r = await new Client(t.app).get('/en/login?reason=required');
  assert.match(r.body, /Sign in to continue./);
});

test('a session revoked from the account page stops working on the other device', async () => {
  await newUser('twodevices@example.kz');
  const laptop = new Client(t.app, { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/128.0' });
  const phone = new Client(t.app, {
    'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36',
  });
  await signIn(laptop, 'twodevices@example.kz');
  await signIn(phone, 'twodevices@example.kz');
  let r = await laptop.get('/en/account');
  assert.match(r.body, /Firefox, Windows/);
  assert.match(r.body, /Chrome, Android/);
  const sessions = [...r.body.matchAll(/name="id" value="([0-9a-f]{64})"/g)].map((m) => m[1]);
  assert.equal(sessions.length, 2);
  const phoneSession = await t.db
    .selectFrom('sessions')
    .select('id')
    .where('user_agent', 'like', '%Android%')
    .executeTakeFirstOrThrow();
  r = await laptop.post('/en/account/sessions/revoke', { id: phoneSession.id });
  assert.equal(r.statusCode, 303);
  assert.equal((await phone.get('/en/account')).statusCode, 303);
  assert.equal((await laptop.get('/en/account')).statusCode, 200);

  // Someone else's session cannot be revoked, nor told apart from a missing one.
  await newUser('stranger@example.kz');
  const stranger = new Client(t.app);
  await signIn(stranger, 'stranger@example.kz');
  const laptopSession = sessions.find((s) => s !== phoneSession.id)!;
  r = await stranger.post('/en/account/sessions/revoke', { id: laptopSession });
  assert.equal(r.statusCode, 404);
  assert.equal((await laptop.get('/en/account')).statusCode, 200);

  r = await laptop.post('/en/account/sessions/revoke-all', {});
  assert.equal(r.headers.location, '/en/login');
  assert.equal((await laptop.get('/en/account')).statusCode, 303);
});

test('a POST without the CSRF token is refused with 403', async () => {
  const c = new Client(t.app);
  await c.get('/kk/login');
  const r = await c.post('/kk/login', { email: 'login@example.kz', password: PASSWORD }, { csrf: false });
  assert.equal(r.statusCode, 403);
  assert.equal((await c.post('/kk/register', { name: 'x' }, { csrf: false })).statusCode, 403);
});

test('a disabled account cannot sign in', async () => {
  const u = await newUser('disabled@example.kz');
  await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', u.id).execute();
  const c = new Client(t.app);
  const wrong = await signIn(c, 'disabled@example.kz', 'wrong password!');
  assert.match(wrong.body, /Электрондық пошта мекенжайы немесе құпиясөз қате/, 'no hint without the password');
  const r = await signIn(c, 'disabled@example.kz');
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /Бұл есептік жазба бұғатталған/);
  assert.equal(c.cookies.get('qsid'), undefined);
});
