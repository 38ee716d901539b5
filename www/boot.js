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
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    if (!incoming) return;
    incoming.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) {
        offerReload(registration);
      }
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenActive) {
      reloadWhenActive = false;
      location.reload();
    }
  });
}

await init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) });
registerServiceWorker().catch((error) => console.warn('service worker not registered:', error));
