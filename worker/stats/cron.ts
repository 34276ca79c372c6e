import { CRON_SPACING, foldAll } from '../storage/stats';

/**
 * The Cron Trigger (wrangler.toml: every minute): folds pending answers into each
 * quiz's summary. It is the only writer of summaries and session markers.
 */
export async function scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
  ctx.waitUntil(
    foldAll(env.QUIZ_KV, { spacing: CRON_SPACING }).then((reports) => {
      const counted = reports.reduce((n, r) => n + r.counted, 0);
      if (reports.length) console.log(`stats fold: ${reports.length} quiz(zes), ${counted} answers counted${reports.some((r) => r.more) ? ', more pending' : ''}`);
    }),
  );
}
