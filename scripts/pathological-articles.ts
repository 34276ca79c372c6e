// Articles made to be hard for the question builder: the shapes an attacker or a broken
// CMS export would send (issue 15). Each makes about `bytes` characters from a `seed`,
// so the same call gives the same text. Used by the property test
// (test/node/pathological.test.ts) and the benchmark (scripts/bench/pathological.mjs).

export type Shape = 'oneParagraphQuotes' | 'mixedScripts' | 'unbalancedQuotes' | 'manyPeople' | 'pronounChains' | 'htmlUnclosedTags' | 'htmlComments' | 'htmlHeadings';

export const SHAPES: readonly Shape[] = ['oneParagraphQuotes', 'mixedScripts', 'unbalancedQuotes', 'manyPeople', 'pronounChains', 'htmlUnclosedTags', 'htmlComments', 'htmlHeadings'];

/** Whether the shape is HTML (`{ html }`) rather than text (`{ text }`). */
export const isHtml = (shape: Shape) => shape.startsWith('html');

function name(i: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `${letter(i)}${letter(i * 7 + 3).toLowerCase()}ra ${letter(i * 3 + 1)}ovak${i}`;
}

function repeat(bytes: number, part: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = part(i);
    out.push(p);
    size += p.length;
  }
  return out.join('');
}

export function pathologicalArticle(shape: Shape, bytes: number, seed = 1): string {
  const n = (i: number) => name(i + seed * 101);
  switch (shape) {
    case 'oneParagraphQuotes':
      return repeat(bytes, (i) => `“We will build bridge number ${i},” said ${n(i % 50)}. `);
    case 'mixedScripts':
      return repeat(bytes, (i) => `«Мы построим мост ${i}», — сказал Иван. 「橋を建てる」と田中氏は述べた。 "نحن نبني" قال أحمد. “We build,” said ${n(i % 50)}.\n`);
    case 'unbalancedQuotes':
      return repeat(bytes, (i) => `“We will build it said ${n(i % 80)} and then `);
    case 'manyPeople':
      return repeat(bytes, (i) => `${n(i)}, a councillor, said: “Vote ${i}.”\n\n`);
    case 'pronounChains':
      return 'Mayor Jane Smith spoke. ' + repeat(bytes, (i) => (i % 2 ? `“Yes ${i},” she said. ` : `“No ${i},” he said. `) + (i % 40 === 39 ? '\n\n' : ''));
    case 'htmlUnclosedTags':
      return '<p>' + repeat(bytes, (i) => (i % 3 ? '<a "x" ' : `<b title='${i}`));
    case 'htmlComments':
      return repeat(bytes, (i) => (i % 2 ? '<!' : '<?'));
    case 'htmlHeadings':
      return repeat(bytes, (i) => (i % 5 ? '<h1>' : `<p>“Line ${i},” said ${n(i % 30)}.`));
  }
}
