// Progressive enhancement of a signing page: sign with NCALayer (the Kazakh state signing
// application, a local WebSocket service on wss://127.0.0.1:13579) and put the CMS into the form.
// Without JavaScript, or without NCALayer, the page works as it is: the citizen uploads or
// pastes a CMS made by any tool. Nothing is sent anywhere but to NCALayer on the same computer;
// the form is submitted by the citizen.
//
// Expected markup (the attributes marked optional may be left out):
//
//   <form method="post" action="…" enctype="multipart/form-data"
//         data-ncalayer
//         data-ncalayer-payload="BASE64 OF THE EXACT BYTES TO SIGN"
//         data-ncalayer-attached="true"              (optional; "false" asks for a detached CMS)
//         data-ncalayer-storage="PKCS12"             (optional; NCALayer storage name)
//         data-msg-button="…" data-msg-connecting="…" data-msg-waiting="…" data-msg-done="…"
//         data-msg-unavailable="…" data-msg-cancelled="…" data-msg-failed="…">
//                                                    (optional; translated texts, from the
//                                                     catalogue keys pki.ncalayer.*)
//     <pre>the readable text being signed</pre>
//     <div data-ncalayer-slot></div>                 (optional; where the button goes, else
//                                                     just before the textarea's label)
//     <p data-ncalayer-status></p>                   (optional; made if missing)
//     <label for="cms">…</label>
//     <textarea id="cms" name="cms"></textarea>      (filled with the base64 CMS)
//     <input type="file" name="cmsFile">             (the no-JavaScript way, untouched)
//     <button type="submit">…</button>
//   </form>
//   <script type="module" src="/static/ncalayer.js"></script>
//
// The Content-Security-Policy of the platform already allows connect-src wss://127.0.0.1:13579.

const NCALAYER_URL = 'wss://127.0.0.1:13579/';
const CONNECT_TIMEOUT_MS = 5000;

const DEFAULT_MESSAGES = {
  button: 'Sign with NCALayer',
  connecting: 'Connecting to NCALayer…',
  waiting: 'NCALayer is open: choose your signing key and enter its password in the NCALayer window.',
  done: 'Signed. The signature has been put into the form below — now send it.',
  unavailable:
    'NCALayer is not running on this computer. Start NCALayer and try again, or sign the text with another program and upload or paste the signature below.',
  cancelled: 'Signing was cancelled in NCALayer. Nothing was sent.',
  failed: 'NCALayer could not make the signature. Try again, or upload or paste a signature made with another program.',
};

function messagesOf(form) {
  const out = {};
  for (const key of Object.keys(DEFAULT_MESSAGES))
    out[key] = form.dataset[`msg${key[0].toUpperCase()}${key.slice(1)}`] || DEFAULT_MESSAGES[key];
  return out;
}

class NcaLayerError extends Error {
  constructor(kind, message) {
    super(message || kind);
    this.kind = kind; // 'unavailable' | 'cancelled' | 'failed'
  }
}

/** Opens the WebSocket to NCALayer, or rejects with 'unavailable'. */
function connect() {
  return new Promise((resolve, reject) => {
    let socket;
    try {
      socket = new WebSocket(NCALAYER_URL);
    } catch {
      reject(new NcaLayerError('unavailable'));
      return;
    }
    const timer = setTimeout(() => {
      socket.close();
      reject(new NcaLayerError('unavailable'));
    }, CONNECT_TIMEOUT_MS);
    const refused = () => {
      clearTimeout(timer);
      reject(new NcaLayerError('unavailable'));
    };
    socket.addEventListener(
      'open',
      () => {
        clearTimeout(timer);
        socket.removeEventListener('close', refused);
        resolve(socket);
      },
      { once: true },
    );
    socket.addEventListener('error', refused, { once: true });
    socket.addEventListener('close', refused, { once: true });
  });
}

/**
 * Asks NCALayer for a CMS over base64 data (module kz.gov.pki.knca.commonUtils, method
 * createCMSSignatureFromBase64, args: storage, key type, data, attached). Resolves to the
 * base64 CMS.
 */
function createCms(socket, payloadBase64, { attached, storage }) {
  return new Promise((resolve, reject) => {
    const onMessage = (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      // On connecting, NCALayer announces its version: {"result":{"version":"…"}}.
      if (msg && msg.result && msg.result.version && msg.code === undefined && msg.status === undefined) return;
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      const code = String(msg.code ?? msg.status ?? '');
      const cms = msg.responseObject ?? (msg.body && msg.body.result);
      if ((code === '200' || code === 'true') && typeof cms === 'string' && cms.length > 0) {
        resolve(cms);
      } else if (/cancel/i.test(String(msg.message ?? msg.body?.message ?? ''))) {
        reject(new NcaLayerError('cancelled'));
      } else {
        reject(new NcaLayerError('failed', String(msg.message ?? code)));
      }
    };
    const onClose = () => {
      socket.removeEventListener('message', onMessage);
      reject(new NcaLayerError('failed', 'connection closed'));
    };
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose, { once: true });
    socket.send(
      JSON.stringify({
        module: 'kz.gov.pki.knca.commonUtils',
        method: 'createCMSSignatureFromBase64',
        args: [storage, 'SIGNATURE', payloadBase64, attached],
      }),
    );
  });
}

function enhance(form) {
  const payload = form.dataset.ncalayerPayload;
  const textarea = form.querySelector('textarea[name="cms"]');
  if (!payload || !textarea || form.dataset.ncalayerReady) return;
  form.dataset.ncalayerReady = '1';
  const msg = messagesOf(form);

  let status = form.querySelector('[data-ncalayer-status]');
  if (!status) {
    status = document.createElement('p');
    status.setAttribute('data-ncalayer-status', '');
  }
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-secondary';
  button.textContent = msg.button;

  const slot = form.querySelector('[data-ncalayer-slot]');
  if (slot) {
    slot.append(button);
    if (!status.isConnected) slot.append(status);
  } else {
    const label = textarea.id ? form.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
    const anchor = label || textarea;
    anchor.before(button);
    if (!status.isConnected) anchor.before(status);
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = msg.connecting;
    let socket;
    try {
      socket = await connect();
      status.textContent = msg.waiting;
      const cms = await createCms(socket, payload, {
        attached: form.dataset.ncalayerAttached !== 'false',
        storage: form.dataset.ncalayerStorage || 'PKCS12',
      });
      textarea.value = cms;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      status.textContent = msg.done;
    } catch (e) {
      const kind = e instanceof NcaLayerError ? e.kind : 'failed';
      status.textContent = msg[kind] || msg.failed;
    } finally {
      button.disabled = false;
      if (socket && socket.readyState <= 1) socket.close();
    }
  });
}

function init() {
  if (typeof WebSocket === 'undefined') return;
  for (const form of document.querySelectorAll('form[data-ncalayer]')) enhance(form);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
else init();

export { connect, createCms, enhance };
