// The quiz frame's entry (browser only). Reads the server's boot data, wires the
// model to the API and storage, hydrates the server-rendered first question, and
// keeps the framing page informed of the frame's height.
import { hydrate, render } from 'preact';
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

function startQuiz(root: HTMLElement, quiz: NonNullable<BootData['quiz']>): void {
  const store = createStore();
  const key = `whosaidit:v1:${quiz.id}`;
  const saved = parseProgress(store.get(key), quiz);
  const model = createQuizModel(
    quiz,
    {
      answer: (body) => postAnswer(quiz.id, body),
      save: (progress) => store.set(key, JSON.stringify(progress)),
      newSession,
      finish: (body) => postFinish(quiz.id, body),
      beacon: (body) => beaconFinish(quiz.id, body),
    },
    saved,
  );
  // A reader who leaves mid-quiz: their answers so far are sent as the page goes (tab hidden, closed, navigated).
  addEventListener('pagehide', model.flush);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && model.flush());

  // The server rendered question 1, unanswered: hydrate that; anything else
  // (a resumed play) is re-rendered over the server's markup.
  if (!saved || (saved.index === 0 && Object.keys(saved.answers).length === 0)) {
    hydrate(<QuizApp model={model} />, root);
  } else {
    render(<QuizApp model={model} />, root);
  }
  root.dataset.storage = store.kind;
}

function start(): void {
  const root = document.getElementById(ROOT_ID);
  const dataEl = document.getElementById(BOOT_DATA_ID);
  if (!root || !dataEl?.textContent) return;
  const { quiz, quizId, host } = JSON.parse(dataEl.textContent) as BootData;
  // A quiz that is not available still reports its (short) height, so the host shrinks the frame.
  if (quiz) startQuiz(root, quiz);
  root.setAttribute('data-ready', '');
  reportHeight({ quiz: quizId, host });
}

start();
