import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { PublicQuiz } from '../../worker/contract';
import type { EditorQuiz, EditorQuizList } from '../../worker/editor-contract';
import { demoArticle } from '../../worker/demo/demo-quiz';
import { PUBLISH_CONFIDENCE } from '../../worker/quiz-model';
import { statsKey } from '../../worker/storage/keys';
import { getStats, writtenSessions } from './stats-helpers';
import { api, asEdit, BRIDGE_ARTICLE, createQuiz, expectError, snapshotQuizzes } from './editor-helpers';

const readerGet = (id: string) => SELF.fetch(`http://quiz.test/api/quizzes/${id}`);
const find = (quiz: EditorQuiz, speakerId: string) => quiz.questions.find((q) => q.speakerId === speakerId)!;
const selectedCount = (quiz: EditorQuiz) => quiz.questions.filter((q) => q.selected).length;

/** Each session answers every selected question of a published quiz (right answers). */
async function answerAll(quiz: EditorQuiz, sessions: string[]): Promise<void> {
  for (const session of sessions) {
    for (const q of quiz.questions.filter((x) => x.selected)) {
      const res = await SELF.fetch(`http://quiz.test/api/quizzes/${quiz.id}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ session, question: q.id, choice: q.answer }),
      });
      expect(res.status).toBe(200);
    }
  }
}

/** Those sessions' pages finish: their answers are written down. */
async function finishAll(quiz: EditorQuiz, sessions: string[]): Promise<void> {
  for (const session of sessions) {
    const answers = quiz.questions.filter((x) => x.selected).map((q) => ({ question: q.id, choice: q.answer }));
    const res = await SELF.fetch(`http://quiz.test/api/quizzes/${quiz.id}/finish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, answers }) });
    expect(res.status).toBe(200);
  }
}

describe('POST /api/editor/quizzes', () => {
  it('makes a draft from pasted text: questions with speaker, confidence, sentence and choices', async () => {
    const res = await api('POST', '', { text: BRIDGE_ARTICLE });
    expect(res.status).toBe(201);
    const quiz = (await res.json()) as EditorQuiz;
    expect(res.headers.get('location')).toBe(`/api/editor/quizzes/${quiz.id}`);
    expect(quiz.id).toMatch(/^[a-z0-9]{10}$/);
    expect(quiz).toMatchObject({ status: 'draft', title: 'City council approves new harbour bridge', threshold: PUBLISH_CONFIDENCE });
    expect(quiz.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Robert Okafor', 'Jane Smith', 'Tom Becker', 'Ines Duarte']));
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
    for (const q of quiz.questions) {
      expect(q.id).toMatch(/^q-/);
      expect(BRIDGE_ARTICLE).toContain(q.quote);
      expect(q.speaker).toBeTruthy();
      expect(q.answer).toBe(q.speakerId);
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(4);
      expect(q.choices.filter((c) => c.id === q.speakerId)).toHaveLength(1);
      expect(q.selected).toBe(q.confidence >= PUBLISH_CONFIDENCE);
      expect(q.lowConfidence).toBe(!q.selected);
    }
    expect(quiz.embed.script).toBe(`<script src="http://quiz.test/embed.js" data-quiz="${quiz.id}" async></script>`);
    expect(quiz.embed.iframe).toContain(`<iframe src="http://quiz.test/embed/${quiz.id}"`);
    expect(quiz.embed.iframe).toMatch(/ height="\d+" style="border:0;width:100%;max-width:640px;height:clamp\(\d+px, calc\(\d+px - [\d.]+vw\), \d+px\)"/);
    expect(quiz.embed.amp).toMatch(new RegExp(`^<amp-iframe src="http://quiz.test/embed/${quiz.id}\\?amp=1" [^>]*layout="fixed-height" height="\\d+" sandbox="allow-scripts allow-same-origin" resizable`));
    expect(quiz.embed.amp).toContain('<div overflow tabindex="0" role="button"');
    expect(quiz.embed.amp).toContain('<div placeholder>');
    expect(await env.QUIZ_KV.get(`quiz:${quiz.id}`)).not.toBeNull();
    // A draft is not readable.
    expect((await readerGet(quiz.id)).status).toBe(404);
  });

  it('flags low-confidence questions and leaves them unselected (demo article)', async () => {
    const quiz = await createQuiz({ text: demoArticle, title: 'Cyber unit' });
    expect(quiz.title).toBe('Cyber unit');
    // the question builder's default selection (5–8 questions), never one under the threshold
    for (const q of quiz.questions) if (q.selected) expect(q.confidence).toBeGreaterThanOrEqual(PUBLISH_CONFIDENCE);
    expect(selectedCount(quiz)).toBeGreaterThanOrEqual(5);
    expect(selectedCount(quiz)).toBeLessThanOrEqual(8);
  });

  it('makes a draft from article HTML, without page furniture', async () => {
    const html = `<html><head><title>Bridge</title><script>var x = "Subscribe today to our newsletter right now," said Nobody;</script></head>
      <body><nav>Home | World</nav><article><h1>Harbour bridge approved</h1>${BRIDGE_ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const quiz = await createQuiz({ html });
    expect(quiz.title).toBe('Harbour bridge approved');
    expect(quiz.articleText).not.toContain('Subscribe');
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
  });

  const bad: Array<[string, unknown, number, string]> = [
    ['empty text', { text: '' }, 400, 'invalid_request'],
    ['whitespace-only text', { text: '  \n ' }, 400, 'invalid_request'],
    ['no source', { title: 'x' }, 400, 'invalid_request'],
    ['two sources', { text: BRIDGE_ARTICLE, html: '<p>x</p>' }, 400, 'invalid_request'],
    ['a source of the wrong type', { text: 42 }, 400, 'invalid_request'],
    ['malformed JSON', '{"text": ', 400, 'invalid_json'],
    ['text with no quotations', { text: 'The council met on Tuesday. It voted to build a bridge. Work starts next year.' }, 422, 'no_quotations'],
    ['text over 200 KB', { text: BRIDGE_ARTICLE + ' word'.repeat(45_000) }, 413, 'payload_too_large'],
    ['HTML over 2 MB', { html: '<p>' + 'x'.repeat(2 * 1024 * 1024) + '</p>' }, 413, 'payload_too_large'],
    ['a body over 3 MB', { html: 'x'.repeat(3 * 1024 * 1024 + 10) }, 413, 'payload_too_large'],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)' }, 400, 'invalid_url'],
    ['a title that is too long', { text: BRIDGE_ARTICLE, title: 't'.repeat(201) }, 400, 'invalid_request'],
  ];
  it.each(bad)('refuses %s and stores nothing', async (_name, body, status, code) => {
    const before = await snapshotQuizzes();
    const message = await expectError(await api('POST', '', body), status, code);
    if (code === 'no_quotations') expect(message).toContain('no quotations found in this article');
    expect(await snapshotQuizzes()).toEqual(before);
  });
});

describe('GET /api/editor/quizzes(/:id)', () => {
  it('lists quizzes, newest first, with title, status, date and counts', async () => {
    const a = await createQuiz();
    const b = await createQuiz({ text: BRIDGE_ARTICLE, title: 'Second' });
    const res = await api('GET', '');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { quizzes } = (await res.json()) as EditorQuizList;
    const ids = quizzes.map((q) => q.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(quizzes.find((q) => q.id === b.id)).toEqual({
      id: b.id,
      title: 'Second',
      status: 'draft',
      updatedAt: b.updatedAt,
      questionCount: b.questions.length,
      selectedCount: b.questions.filter((q) => q.selected).length,
    });
  });

  it('gets one quiz with everything the review needs, and 404s an unknown one', async () => {
    const created = await createQuiz();
    const res = await api('GET', `/${created.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
    await expectError(await api('GET', '/nope123456'), 404, 'quiz_not_found');
    await expectError(await api('GET', '/bad%20id!'), 400, 'invalid_request');
  });
});

describe('PUT /api/editor/quizzes/:id', () => {
  it('gives the quiz back unchanged when nothing is edited', async () => {
    const quiz = await createQuiz();
    const res = await api('PUT', `/${quiz.id}`, asEdit(quiz));
    expect(res.status).toBe(200);
    const saved = (await res.json()) as EditorQuiz;
    expect(saved.questions).toEqual(quiz.questions);
  });

  it('sets the title, reorders, drops, deselects; unchanged questions keep their ids', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const [first, second, ...rest] = edit.questions;
    const edited = { title: '  Bridge   quiz ', questions: [...rest, { ...first!, selected: false }], version: edit.version };
    void second;
    const saved = (await (await api('PUT', `/${quiz.id}`, edited)).json()) as EditorQuiz;
    expect(saved.title).toBe('Bridge quiz');
    expect(saved.questions.map((q) => q.id)).toEqual([...rest.map((q) => q.id), first!.id]);
    expect(saved.questions.at(-1)!.selected).toBe(false);
    expect(await api('GET', `/${quiz.id}`).then((r) => r.json())).toEqual(saved);
  });

  it('changes the speaker to another person: a new question id, the new speaker the answer, the old one a wrong choice', async () => {
    const quiz = await createQuiz();
    // (Becker's "my customers" with one shop owner among the choices gives itself away: the builder asks no such question)
    const q = find(quiz, 'p-robert-okafor');
    const edit = asEdit(quiz);
    const i = quiz.questions.indexOf(q);
    edit.questions[i] = { id: q.id, quote: q.quote, speakerId: 'p-ines-duarte', selected: true } as (typeof edit.questions)[number];
    const saved = (await (await api('PUT', `/${quiz.id}`, edit)).json()) as EditorQuiz;
    const changed = saved.questions[i]!;
    expect(changed).toMatchObject({ speakerId: 'p-ines-duarte', speaker: 'Ines Duarte', answer: 'p-ines-duarte', quote: q.quote });
    expect(changed.id).not.toBe(q.id);
    expect(changed.choices.filter((c) => c.id === 'p-ines-duarte')).toHaveLength(1);
    expect(changed.choices).toHaveLength(q.choices.length);
    // The others keep their ids (so their statistics carry on).
    saved.questions.forEach((s, j) => j !== i && expect(s.id).toBe(quiz.questions[j]!.id));
  });

  it('takes a typed speaker name: a person of the article by name, otherwise a new person with a slug id', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const q0 = edit.questions[0]!;
    const q1 = edit.questions[1]!;
    edit.questions[0] = { id: q0.id, quote: q0.quote, speaker: 'jane smith', selected: true } as unknown as typeof q0;
    edit.questions[1] = { id: q1.id, quote: q1.quote, speaker: 'Émile Zola', selected: true } as unknown as typeof q1;
    const res = await api('PUT', `/${quiz.id}`, edit);
    expect(res.status).toBe(200);
    const saved = (await res.json()) as EditorQuiz;
    expect(saved.questions[0]).toMatchObject({ speakerId: 'p-jane-smith', speaker: 'Jane Smith' });
    expect(saved.questions[1]).toMatchObject({ speakerId: 'p-emile-zola', speaker: 'Émile Zola', answer: 'p-emile-zola' });
    expect(saved.people.map((p) => p.id)).toContain('p-emile-zola');
  });

  it('sets the wrong choices by person id or free name; the speaker is added when not listed', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const q = quiz.questions[0]!;
    edit.questions[0] = { ...edit.questions[0]!, choices: [{ id: quiz.people.find((p) => p.id !== q.speakerId)!.id }, { name: 'Ada Lovelace' }, { name: 'Charles Babbage' }] } as (typeof edit.questions)[number];
    const saved = (await (await api('PUT', `/${quiz.id}`, edit)).json()) as EditorQuiz;
    const choices = saved.questions[0]!.choices;
    expect(choices).toHaveLength(4);
    expect(choices.map((c) => c.id)).toEqual(expect.arrayContaining([q.speakerId, 'p-ada-lovelace', 'p-charles-babbage']));
    expect(saved.questions[0]!.id).toBe(q.id); // quotation and answer unchanged
  });

  it('trims a quotation to a verbatim part of the article: a new question id', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const q = quiz.questions[0]!;
    const trimmed = q.quote.split(' ').slice(0, 6).join(' ') + ' …';
    edit.questions[0] = { ...edit.questions[0]!, quote: trimmed };
    const saved = (await (await api('PUT', `/${quiz.id}`, edit)).json()) as EditorQuiz;
    expect(saved.questions[0]!.quote).toBe(trimmed);
    expect(saved.questions[0]!.id).not.toBe(q.id);
    expect(saved.questions[0]!.explanation).toBe(q.explanation);
  });

  it('adds a question from a verbatim quotation, with choices from the article', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const quote = 'voted on Tuesday to build a new bridge across the harbour';
    const saved = (await (await api('PUT', `/${quiz.id}`, { ...edit, questions: [...edit.questions, { quote, speaker: 'Jane Smith' }] })).json()) as EditorQuiz;
    const added = saved.questions.at(-1)!;
    expect(added).toMatchObject({ quote, speakerId: 'p-jane-smith', selected: true, confidence: 1 });
    expect(added.choices.length).toBeGreaterThanOrEqual(3);
    expect(added.explanation).toContain(quote);
  });

  const badEdits: Array<[string, (q: EditorQuiz) => unknown, number, string]> = [
    ['a quotation that is not in the article', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, quote: 'We are spending money we do have' })) }), 422, 'quote_not_in_article'],
    ['an empty quotation', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, quote: '  ' })) }), 400, 'invalid_request'],
    ['an empty speaker', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map(({ speakerId: _s, ...x }, i) => (i ? { ...x, speakerId: _s } : { ...x, speaker: ' ' })) }), 400, 'invalid_request'],
    ['an unknown speaker id', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, speakerId: 'p-nobody' })) }), 422, 'unknown_person'],
    ['duplicate choices', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, choices: [{ id: x.speakerId }, { name: 'Ada Lovelace' }, { name: 'ada lovelace' }] })) }), 422, 'duplicate_choices'],
    ['too few choices', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, choices: [{ id: x.speakerId }, { name: 'Ada Lovelace' }] })) }), 422, 'choice_count'],
    ['too many choices', (q) => ({ ...asEdit(q), questions: asEdit(q).questions.map((x, i) => (i ? x : { ...x, choices: [{ name: 'A B' }, { name: 'C D' }, { name: 'E F' }, { name: 'G H' }] })) }), 422, 'choice_count'],
    ['an unknown question id', (q) => ({ ...asEdit(q), questions: [{ ...asEdit(q).questions[0]!, id: 'q-nope' }] }), 422, 'unknown_question'],
    ['the same question twice', (q) => ({ ...asEdit(q), questions: [asEdit(q).questions[0]!, asEdit(q).questions[0]!] }), 422, 'duplicate_question'],
    ['an empty title', (q) => ({ ...asEdit(q), title: ' ' }), 400, 'invalid_request'],
    ['no questions field', (q) => ({ title: q.title }), 400, 'invalid_request'],
    ['an oversized body', (q) => ({ ...asEdit(q), padding: 'x'.repeat(1024 * 1024) }), 413, 'payload_too_large'],
  ];
  it.each(badEdits)('refuses %s and changes nothing', async (_name, edit, status, code) => {
    const quiz = await createQuiz();
    const before = await snapshotQuizzes();
    await expectError(await api('PUT', `/${quiz.id}`, edit(quiz)), status, code);
    expect(await snapshotQuizzes()).toEqual(before);
  });

  it('404s an unknown quiz', async () => {
    await expectError(await api('PUT', '/nope123456', { title: 't', questions: [] }), 404, 'quiz_not_found');
  });
});

describe('publish, unpublish, delete', () => {
  it('publishes: readers get the selected questions; unpublishing makes it 404 again', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    edit.questions.forEach((q, i) => (q.selected = i !== 1));
    await api('PUT', `/${quiz.id}`, edit);
    const res = await api('POST', `/${quiz.id}/publish`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as EditorQuiz).status).toBe('published');
    const read = await readerGet(quiz.id);
    expect(read.status).toBe(200);
    const pub = (await read.json()) as PublicQuiz;
    expect(pub.questions.map((q) => q.id)).toEqual(quiz.questions.filter((_, i) => i !== 1).map((q) => q.id));
    expect((await SELF.fetch(`http://quiz.test/embed/${quiz.id}`)).status).toBe(200);

    const un = await api('POST', `/${quiz.id}/unpublish`);
    expect(((await un.json()) as EditorQuiz).status).toBe('draft');
    expect((await readerGet(quiz.id)).status).toBe(404);
  });

  it('edits a published quiz live: unchanged questions keep their ids', async () => {
    const created = await createQuiz();
    const all = asEdit(created);
    all.questions.forEach((q) => (q.selected = true));
    const saved0 = (await (await api('PUT', `/${created.id}`, all)).json()) as EditorQuiz;
    const quiz = (await (await api('POST', `/${saved0.id}/publish`)).json()) as EditorQuiz;
    const edit = asEdit(quiz);
    const q = quiz.questions[0]!;
    edit.questions[0] = { ...edit.questions[0]!, quote: q.quote.split(' ').slice(0, 7).join(' ') };
    const saved = (await (await api('PUT', `/${quiz.id}`, edit)).json()) as EditorQuiz;
    expect(saved.status).toBe('published');
    const pub = (await (await readerGet(quiz.id)).json()) as PublicQuiz;
    expect(pub.questions[0]!.id).not.toBe(q.id);
    expect(pub.questions.slice(1).map((x) => x.id)).toEqual(quiz.questions.slice(1).map((x) => x.id));
  });

  it('refuses to publish with no selected question, or to deselect everything of a published quiz', async () => {
    const quiz = await createQuiz();
    const none = (version: number) => ({ ...asEdit(quiz), questions: asEdit(quiz).questions.map((x) => ({ ...x, selected: false })), version });
    const deselected = (await (await api('PUT', `/${quiz.id}`, none(quiz.version))).json()) as EditorQuiz;
    let before = await snapshotQuizzes();
    await expectError(await api('POST', `/${quiz.id}/publish`), 422, 'nothing_selected');
    expect(await snapshotQuizzes()).toEqual(before);
    expect((await readerGet(quiz.id)).status).toBe(404);

    await api('PUT', `/${quiz.id}`, { ...asEdit(quiz), version: deselected.version });
    const published = (await (await api('POST', `/${quiz.id}/publish`)).json()) as EditorQuiz;
    before = await snapshotQuizzes();
    await expectError(await api('PUT', `/${quiz.id}`, none(published.version)), 422, 'nothing_selected');
    expect(await snapshotQuizzes()).toEqual(before);
  });

  it('deletes a quiz', async () => {
    const quiz = await createQuiz();
    await api('POST', `/${quiz.id}/publish`);
    const res = await api('DELETE', `/${quiz.id}`);
    expect(res.status).toBe(204);
    expect(await env.QUIZ_KV.get(`quiz:${quiz.id}`)).toBeNull();
    expect((await readerGet(quiz.id)).status).toBe(404);
    await expectError(await api('DELETE', `/${quiz.id}`), 404, 'quiz_not_found');
  });

  it('deletes the quiz’s statistics with it (written down, in memory, and the KV copy), not other quizzes’', async () => {
    const quiz = await createQuiz();
    const other = await createQuiz();
    await api('POST', `/${quiz.id}/publish`);
    await api('POST', `/${other.id}/publish`);
    await answerAll(quiz, ['del-a-0001', 'del-a-0002', 'del-a-0003']);
    await finishAll(quiz, ['del-a-0001', 'del-a-0002']);
    await answerAll(other, ['del-o-0001']);
    await finishAll(other, ['del-o-0001']);
    await env.QUIZ_KV.put(statsKey(quiz.id), '{}');
    expect(await writtenSessions(quiz.id)).toBe(2);
    expect((await getStats(quiz.id)).starts).toBe(3);

    expect((await api('DELETE', `/${quiz.id}`)).status).toBe(204);
    expect(await writtenSessions(quiz.id)).toBe(0);
    expect(await env.QUIZ_KV.get(statsKey(quiz.id))).toBeNull();
    expect(await writtenSessions(other.id)).toBe(1);
    expect((await getStats(other.id)).starts).toBe(1);
  });

  it('404s publishing an unknown quiz', async () => {
    await expectError(await api('POST', '/nope123456/publish'), 404, 'quiz_not_found');
    await expectError(await api('POST', '/nope123456/unpublish'), 404, 'quiz_not_found');
  });
});
