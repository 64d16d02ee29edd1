// The checks the journeys rely on must be able to fail: axe finds a known violation on a page
// served over HTTP, with JavaScript on and off, and the raw-key check catches an untranslated key.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { axe, checkPage, launchBrowser } from './helpers.ts';

const BAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad page</title></head>
<body><main><h1>Bad page</h1><img src="/x.png"><p>registry.search.title</p></main></body></html>`;
const GOOD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good page</title></head>
<body><main><h1>Good page</h1><p>Nothing wrong here.</p></main></body></html>`;

let server: Server;
let base: string;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/x.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(
        Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
          'base64',
        ),
      );
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/good' ? GOOD : BAD);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

for (const javaScriptEnabled of [true, false]) {
  test(`axe reports violations (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const b = await launchBrowser({ javaScriptEnabled });
    try {
      await b.page.goto(`${base}/good`);
      await axe(b.page);
      await b.page.goto(`${base}/bad`);
      await assert.rejects(axe(b.page), /image-alt/);
      await assert.rejects(checkPage(b.page, 'harness-bad'), /untranslated key "registry\.search\.title"/);
    } finally {
      await b.close();
    }
  });
}
