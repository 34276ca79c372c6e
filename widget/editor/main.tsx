// The editors' dashboard entry (bundled by scripts/build-widget.mjs into
// /assets/editor.[hash].js). The page is a data-free shell; everything comes
// from the bearer-authenticated /api/editor/* API.
import { render } from 'preact';
import { createEditorApi } from './api';
import { createAppModel, parseRoute, routeHash } from './app-model';
import { EditorApp } from './components/EditorApp';
import './editor.css';
import { createTokenStore } from './token-store';

const tokens = createTokenStore();
const api = createEditorApi(() => tokens.get());
const model = createAppModel({ api, tokens, go: (hash) => (location.hash = hash), confirm: (q) => confirm(q) }, parseRoute(location.hash));

// The hash changed by a link or the browser's Back: unsaved edits are asked about first; staying puts the hash back.
let restoring = false;
addEventListener('hashchange', () => {
  const next = parseRoute(location.hash);
  if (restoring) {
    restoring = false;
    return;
  }
  if (!model.mayLeave(next)) {
    restoring = true;
    location.hash = routeHash(model.route.peek());
    return;
  }
  void model.show(next);
});
// Reloading or closing the tab with unsaved edits: the browser asks.
addEventListener('beforeunload', (e) => {
  if (model.draft.peek()?.dirty.peek()) e.preventDefault();
});
void model.show(parseRoute(location.hash));

const root = document.getElementById('editor-root');
if (root) {
  root.textContent = '';
  render(<EditorApp model={model} token={() => tokens.get() ?? ''} />, root);
}
