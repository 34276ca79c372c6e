// The command line over a batch: one bad line must not cost the rest of the batch.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = (id: string) => JSON.stringify({ id, text: 'Mayor Jane Smith spoke on Tuesday. "We will build the bridge on time," Smith said.' });

function run(command: string, input: string) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/questions-cli.ts', command, '--jsonl'], { cwd: root, input, encoding: 'utf8' });
  return { status: res.status, lines: res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), stderr: res.stderr };
}

describe('questions CLI --jsonl', () => {
  it.each(['extract', 'quiz'])('%s: answers every good line and an error line for each bad one, in order', (command) => {
    const input = [article('a'), '{"id": "b", "text": ', '', JSON.stringify({ id: 'c' }), JSON.stringify({ text: 'no id' }), article('e')].join('\n') + '\n';
    const { status, lines, stderr } = run(command, input);
    expect(lines.map((l) => [l.id, (l.error as { code?: string } | undefined)?.code ?? 'ok', l.line ?? null])).toEqual([
      ['a', 'ok', null],
      [null, 'invalid_json', 2],
      ['c', 'invalid_request', 4],
      [null, 'invalid_request', 5],
      ['e', 'ok', null],
    ]);
    expect(JSON.stringify(lines[0])).toContain('Smith');
    expect(stderr).toMatch(/line 2: /);
    expect(status).toBe(1);
  });

  it('exits 0 when every line is good', () => {
    expect(run('extract', article('a') + '\n').status).toBe(0);
  });
});
