// Server-side rendering for the Worker (see worker/ssr-contract.ts): the same
// components the browser hydrates, rendered to HTML strings.
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type * as Contract from '../../worker/ssr-contract';
import type { DemoPageInput, FramePageInput } from '../../worker/ssr-contract';
import { BOOT_DATA_ID, ROOT_ID } from '../boot-data';
import { QuizApp } from '../components/QuizApp';
import { createQuizModel } from '../model/quiz-model';

type FrameDocumentProps = Parameters<typeof Contract.renderFrameNotFound>[0] & {
  oembedHref?: string;
  children: ComponentChildren;
};

function FrameDocument({ title, theme, accentStyle, cssHref, oembedHref, scriptHref, bootJson, children }: FrameDocumentProps) {
  return (
    <html lang="en" data-theme={theme === 'auto' ? undefined : theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={cssHref} />
        {accentStyle ? <style dangerouslySetInnerHTML={{ __html: accentStyle }} /> : null}
        {oembedHref ? <link rel="alternate" type="application/json+oembed" href={oembedHref} title={title} /> : null}
        <script defer src={scriptHref} />
      </head>
      <body>
        {children}
        <script type="application/json" id={BOOT_DATA_ID} dangerouslySetInnerHTML={{ __html: bootJson }} />
      </body>
    </html>
  );
}

/** A model for rendering only: the server never answers or saves. */
function serverModel(quiz: FramePageInput['quiz']) {
  return createQuizModel(quiz, {
    answer: () => Promise.reject(new Error('not in the browser')),
    save: () => undefined,
    newSession: () => 'server-render',
  });
}

const doctype = (body: string) => '<!doctype html>' + body;

export const renderFramePage: typeof Contract.renderFramePage = ({ quiz, notice, ...doc }) =>
  doctype(
    renderToString(
      <FrameDocument {...doc}>
        {notice ? <p class="wsi wsi__notice">{notice}</p> : null}
        <main id={ROOT_ID} class="wsi">
          <QuizApp model={serverModel(quiz)} />
        </main>
      </FrameDocument>,
    ),
  );

export const renderFrameNotFound: typeof Contract.renderFrameNotFound = ({ message, ...doc }) =>
  doctype(
    renderToString(
      <FrameDocument {...doc}>
        <main id={ROOT_ID} class="wsi">
          <section class="wsi__card">
            <p class="wsi__kicker">Who said it?</p>
            <h1 class="wsi__title">{message?.title ?? 'This quiz is not available.'}</h1>
            <p>{message?.text ?? 'It may have been unpublished, or the link is wrong.'}</p>
          </section>
        </main>
      </FrameDocument>,
    ),
  );

function DemoPage({ title, highlights, blocks, cssHref, product, oembedHref }: DemoPageInput) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${product} demo`}</title>
        <link rel="stylesheet" href={cssHref} />
        <link rel="alternate" type="application/json+oembed" href={oembedHref} title={`${product} ${title}`} />
      </head>
      <body>
        <header class="site">The Example Herald · {product} demo</header>
        <main class="article">
          <article>
            <h1>{title}</h1>
            <p class="dateline">A CNN article, shown as a publisher would, with the quiz embedded below by one script tag.</p>
            {highlights.length ? (
              <ul class="highlights" aria-label="Story highlights">
                {highlights.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            ) : null}
            {blocks.map((b, i) => (b.kind === 'h2' ? <h2 key={i}>{b.text}</h2> : <p key={i}>{b.text}</p>))}
          </article>
          <section class="quiz-slot" aria-labelledby="quiz-slot-title">
            <h2 id="quiz-slot-title">Test yourself</h2>
            <script src="/embed.js" data-quiz="demo" async />
          </section>
        </main>
      </body>
    </html>
  );
}

export const renderDemoPage: typeof Contract.renderDemoPage = (input) => doctype(renderToString(<DemoPage {...input} />));
