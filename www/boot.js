// Starts the Gloss app and its service worker. A file, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts.
import init from './app.js';

// Set when the reader asks for the new version: the page reloads once the new worker controls it.
let reloadWhenActive = false;

function offerReload(registration) {
  if (document.getElementById('update-banner')) return;
  const banner = document.createElement('div');
  banner.id = 'update-banner';
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of Gloss is ready. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload for the new version';
  button.addEventListener('click', () => {
    reloadWhenActive = true;
    if (registration.waiting) registration.waiting.postMessage('skip-waiting');
    else location.reload();
  });
  banner.append(text, button);
  document.body.append(banner);
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('./sw.js');
  if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration);
  // A new worker may already be installed (waiting) by the time its "updatefound" runs.
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing || registration.waiting;
    if (!incoming) return;
    const offerOnceInstalled = () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) {
        offerReload(registration);
      }
    };
    incoming.addEventListener('statechange', offerOnceInstalled);
    offerOnceInstalled();
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenActive) {
      reloadWhenActive = false;
      location.reload();
    }
  });
}

/** Says why the app cannot start, as text: a browser without WebAssembly SIMD (before 2021:
 * Chrome 91, Firefox 89, Safari 16.4) cannot compile Gloss. */
function explainFailure(error) {
  const note = document.createElement('p');
  note.className = 'boot-failure';
  note.setAttribute('role', 'alert');
  note.textContent = 'Gloss could not start in this browser. It needs WebAssembly with SIMD '
    + '(Chrome or Edge 91, Firefox 89, Safari 16.4 or later). ' + String(error);
  document.body.append(note);
}

try {
  await init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) });
} catch (error) {
  explainFailure(error);
  throw error;
}
registerServiceWorker().catch((error) => console.warn('service worker not registered:', error));
