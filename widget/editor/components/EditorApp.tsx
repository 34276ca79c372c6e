import type { AppModel } from '../app-model';
import { CreateForm } from './CreateForm';
import { QuizEditor } from './QuizEditor';
import { QuizList } from './QuizList';
import { TokenPrompt } from './TokenPrompt';

export interface EditorAppProps {
  model: AppModel;
  /** The current token (for the stats panel's own requests). */
  token(): string;
}

/** The dashboard: token prompt, then the quiz list, the new-quiz form or one quiz under review. */
export function EditorApp({ model, token }: EditorAppProps) {
  const route = model.route.value;
  const busy = model.busy.value;
  const draft = model.draft.value;
  return (
    <div class="ed">
      <header class="ed-header">
        <a
          class="ed-brand"
          href="#/"
          onClick={(e) => {
            e.preventDefault();
            model.navigate({ name: 'list' });
          }}
        >
          Who Said It? <span>Editors</span>
        </a>
        {model.signedIn.value ? (
          <button type="button" class="ed-small" onClick={() => model.signOut()}>
            Forget token
          </button>
        ) : null}
      </header>
      <main id="ed-main">
        <div class="ed-live" aria-live="polite" role="status">
          {busy ? <p class="ed-busy">{busy}</p> : model.notice.value ? <p class="ed-notice">{model.notice.value}</p> : null}
        </div>
        {model.error.value ? (
          <div class="ed-error-banner" role="alert">
            <p>{model.error.value}</p>
            <button type="button" class="ed-small" onClick={() => model.dismissError()}>
              Dismiss
            </button>
          </div>
        ) : null}
        {!model.signedIn.value ? (
          <TokenPrompt problem={model.authError.value} onSubmit={(t) => void model.signIn(t)} />
        ) : route.name === 'new' ? (
          <CreateForm busy={busy !== null} onCreate={(body) => void model.create(body)} onCancel={() => model.navigate({ name: 'list' })} />
        ) : route.name === 'quiz' ? (
          draft ? (
            <QuizEditor app={model} draft={draft} busy={busy !== null} token={token()} onBack={() => model.navigate({ name: 'list' })} />
          ) : null
        ) : (
          <QuizList quizzes={model.list.value} onNew={() => model.navigate({ name: 'new' })} />
        )}
      </main>
    </div>
  );
}
