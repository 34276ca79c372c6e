// Short-lived signed links to a quiz's frame as saved, published or not: how an editor
// sees the real quiz before readers do. An iframe cannot send the editor's bearer
// header, so the editors' API (behind the token) hands out a URL carrying
// `t=<expiry>.<signature>`: an HMAC-SHA256 of the quiz id and the expiry, keyed by a key
// derived from EDITOR_TOKEN (changing the token voids every link). Nothing is stored; a
// link is good for PREVIEW_TTL_S and for that quiz only. Checked with
// crypto.subtle.verify, which compares in constant time.
import { ApiError } from './errors';

export const PREVIEW_TTL_S = 30 * 60;
const TOKEN = /^(\d{10})\.([A-Za-z0-9_-]{43})$/;

const enc = new TextEncoder();
const b64url = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const unb64url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The signing key: HMAC(EDITOR_TOKEN, purpose), so the token itself never signs anything readers see. */
async function previewKey(editorToken: string | undefined): Promise<CryptoKey> {
  if (!editorToken) throw new ApiError(503, 'editor_disabled', 'Previews are disabled: this deployment has no EDITOR_TOKEN secret.');
  const base = await crypto.subtle.importKey('raw', enc.encode(editorToken), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', base, enc.encode('who-said-it preview links v1'));
  return crypto.subtle.importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

const message = (quizId: string, expires: number) => enc.encode(`preview:${quizId}:${expires}`);

/** A token for `quizId`, good until PREVIEW_TTL_S from `now`. */
export async function signPreview(editorToken: string | undefined, quizId: string, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
  const expires = Math.floor(now / 1000) + PREVIEW_TTL_S;
  const sig = await crypto.subtle.sign('HMAC', await previewKey(editorToken), message(quizId, expires));
  return { token: `${expires}.${b64url(sig)}`, expiresAt: new Date(expires * 1000) };
}

/** Whether `token` is a live preview token for `quizId`. */
export async function previewAllowed(editorToken: string | undefined, quizId: string, token: string | undefined, now = Date.now()): Promise<boolean> {
  const m = TOKEN.exec(token ?? '');
  if (!m || !editorToken) return false;
  const expires = Number(m[1]);
  const left = expires - now / 1000;
  if (left <= 0 || left > PREVIEW_TTL_S) return false;
  return crypto.subtle.verify('HMAC', await previewKey(editorToken), unb64url(m[2]!), message(quizId, expires));
}
