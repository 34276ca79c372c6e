// The quiz frame's entry (browser only). Reads the server's boot data, wires the
// model to the API and storage, hydrates the server-rendered first question, and
// keeps the framing page informed of the frame's height.
import { Fragment, hydrate, render } from 'preact';
import { useState } from 'preact/hooks';
import { jsx } from 'preact/jsx-runtime';
import { beaconFinish, postAnswer, postFinish } from './api';
import { BOOT_DATA_ID, ROOT_ID, type BootData } from './boot-data';
import { QuizApp } from './components/QuizApp';
import { reportHeight } from './frame-height';
import { createQuizModel, parseProgress } from './model/quiz-model';
import { createStore } from './storage';
import './styles/quiz.css';

function newSession(): string {
  // randomUUID needs a secure context; plain-http hosts other than localhost lack it.
  return crypto.randomUUID?.() ?? Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function startQuiz(root: HTMLElement, quiz: NonNullable<BootData['quiz']>, preview?: string): void {
  const store = createStore();
  const key = `whosaidit:v1:${quiz.id}`;
  // A preview counts nothing and keeps nothing: its answers go to its own route, and it never finishes.
  const saved = preview ? null : parseProgress(store.get(key), quiz);
  // The quiz id is the server's, checked against [A-Za-z0-9_-]: nothing to encode.
  const api = `/api/quizzes/${quiz.id}/`;
  const model = createQuizModel(
    quiz,
    preview
      ? { answer: (body) => postAnswer(`/api/preview/${quiz.id}/answers?t=${preview}`, body), save() {}, newSession }
      : {
          answer: (body) => postAnswer(api + 'answers', body),
          save: (progress) => store.set(key, JSON.stringify(progress)),
          newSession,
          finish: (body) => postFinish(api + 'finish', body),
          beacon: (body) => beaconFinish(api + 'finish', body),
        },
    saved,
  );
  // A reader who leaves mid-quiz: their answers so far are sent as the page goes (tab hidden, closed, navigated).
  addEventListener('pagehide', model.flush);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && model.flush());

  // The server rendered question 1, unanswered: hydrate that; anything else
  // (a resumed play) is re-rendered over the server's markup.
  if (!saved || (saved.index === 0 && Object.keys(saved.answers).length === 0 && !saved.sent)) {
    hydrate(<QuizApp model={model} />, root);
  } else {
    render(<QuizApp model={model} />, root);
  }
  root.dataset.storage = store.kind;
}

// The end screen's code (widget/end/, loaded at the end) renders with this Preact.
self.wsiHost = { jsx, Fragment, useState };

function start(): void {
  const root = document.getElementById(ROOT_ID);
  const dataEl = document.getElementById(BOOT_DATA_ID);
  if (!root || !dataEl?.textContent) return;
  const { quiz, quizId, host, preview } = JSON.parse(dataEl.textContent) as BootData;
  // A quiz that is not available still reports its (short) height, so the host shrinks the frame.
  if (quiz) startQuiz(root, quiz, preview);
  root.setAttribute('data-ready', '');
  reportHeight({ quiz: quizId, host });
}

start();
