// The editors' dashboard entry (bundled by scripts/build-widget.mjs into
// /assets/editor.[hash].js). The page is a data-free shell; everything comes
// from the bearer-authenticated /api/editor/* API.
import { render } from 'preact';
import { createEditorApi } from './api';
import { createAppModel, parseRoute } from './app-model';
import { EditorApp } from './components/EditorApp';
import './editor.css';
import { createTokenStore } from './token-store';

const tokens = createTokenStore();
const api = createEditorApi(() => tokens.get());
const model = createAppModel({ api, tokens, go: (hash) => (location.hash = hash) }, parseRoute(location.hash));

addEventListener('hashchange', () => void model.show(parseRoute(location.hash)));
void model.show(parseRoute(location.hash));

const root = document.getElementById('editor-root');
if (root) {
  root.textContent = '';
  render(<EditorApp model={model} token={() => tokens.get() ?? ''} />, root);
}
