// Fair questions (questions/06-fairness.ts, 06-choices.ts): a quotation that tells who said it —
// by the speaker's role, a first-person cue, a relation or an organisation in the answer's label —
// gets wrong answers that share it, or is not asked. One table per rule.
import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../questions/index';
import { FAIRNESS_RULES, giveAways, saysRoleWord, traitsOf } from '../../questions/06-fairness';
import type { Speaker } from '../../questions/06-speakers';
import { roleClass } from '../../questions/06-speakers';
import { sameName } from '../../questions/06-choices';

const speaker = (name: string, role?: string, relation?: string): Speaker => ({
  person: { id: 'p-' + name.toLowerCase().replace(/\W+/g, '-'), name, aliases: [], kind: 'person', ...(role ? { role } : {}) },
  relation, role, roleClass: roleClass(role), evidence: 'test',
});

describe('saysRoleWord: the role word as a common noun, not a title before a name', () => {
  const cases: [string, string, boolean][] = [
    ['As mayor, I have to think about the next 20 years', 'mayor', true],
    ['I told the mayor it would not work', 'mayor', true],
    ['The fact that President Putin and I discussed a unit', 'president', false],
    ['As President, I will not sign it', 'president', true],
    ['is that maybe as ex-president I can have a little more influence', 'president', true],
    ['Coach Smith never listens', 'coach', false],
  ];
  it.each(cases)('%s / %s → %s', (quote, word, expected) => expect(saysRoleWord(quote, word)).toBe(expected));
});

/** [rule, quotation, the answer, the other choices, is it a give-away with these choices]. */
type TraitCase = [string, string, Speaker, Speaker[], boolean];
const mayor = speaker('Denise Hall', 'Mayor');
const councillor = speaker('Tom Alvarez', 'Councilmember');
const chief = speaker('Robert Kim', 'Fire Chief');
const crewBoss = speaker('Ana Ruiz', 'Fire crew captain');
const analyst = speaker('Irfan Qureshi', 'Analyst at Desjardins Securities');
const ceo = speaker('Meredith Kaplan', 'Chief executive');
const daughter = speaker('Linh', undefined, 'daughter');
const son = speaker('Bao', undefined, 'son');
const student = speaker('Carla Reimer', 'Former student');
const judge = speaker('Marianne Okoye', 'Justice');
const lawyer = speaker('Paul Estrada', 'Defence lawyer');

describe('FAIRNESS_RULES', () => {
  const cases: TraitCase[] = [
    ['role-named', 'As mayor, I have to think about the next 20 years, not the next election.', mayor, [councillor, chief], true],
    ['role-named', 'Every dollar we put in came back twice over.', mayor, [councillor, chief], false],
    ['role-cue', 'My crews are doing everything they can with the trucks we have.', chief, [mayor, councillor], true],
    ['role-cue', 'My crews are doing everything they can with the trucks we have.', chief, [crewBoss, mayor], false],
    ['role-cue', 'That is an aggravating factor this court cannot overlook.', judge, [lawyer, student], true],
    ['relation', 'Mom would want people swimming, not sitting around crying.', son, [student, mayor], true],
    ['relation', 'Mom would want people swimming, not sitting around crying.', son, [daughter, student], false],
    ['relation', 'Grandad would have hated the new barn, but Gran would have loved it.', speaker('Amy Cole', undefined, 'granddaughter'), [student, mayor], true],
    ['relation', 'My mother never missed a match, not once in thirty years.', daughter, [student, mayor], true],
    ['relation', 'The officer said, your husband was a hero, and I said I know.', speaker('Meena Patel', undefined, 'widow'), [student, mayor], true],
    ['relation', 'The officer said, your husband was a hero, and I said I know.', speaker('Meena Patel', undefined, 'widow'), [speaker('Ann Reid', undefined, 'wife'), mayor], false],
    ['relation', 'My grandmother taught me every song I know.', speaker('Amy Cole', undefined, 'granddaughter'), [student, mayor], true],
    ['organisation-named', 'Nobody at Desjardins expected the shift to be this fast.', analyst, [ceo, councillor], true],
    ['organisation-named', 'Customers are still buying, but they are buying differently.', ceo, [analyst, councillor], false],
  ];
  it.each(cases)('%s: “%s”', (rule, quote, answer, others, expected) => {
    const traits = traitsOf(quote, answer).filter((t) => t.rule === rule);
    expect(giveAways(traits, [answer, ...others]).length > 0).toBe(expected);
  });
  it('has a named rule for each kind of give-away', () => {
    expect(FAIRNESS_RULES.map((r) => r.name)).toEqual(['role-named', 'role-cue', 'relation', 'organisation-named']);
  });
});

/** [what the case shows, article, a fragment of the quotation, what happens: 'not asked', or labels that must be among its choices]. */
type ArticleCase = [string, string, string, 'not asked' | string[]];

const COUNCIL = 'Council renews levy\n\nCouncilmember Lena Park, who voted with the majority, said the district paid for itself. "Every dollar we put in came back twice over in sales tax," Park said.\n\nCouncilmember Tom Alvarez voted against it. "Small shops outside downtown pay the same and get none of this," Alvarez said.\n\nMayor Denise Hall said staff would review it. "As mayor, I have to think about the next 20 years, not the next election," Hall said.\n\nFire Chief Robert Kim said response times had improved. "My crews are doing everything they can with the trucks we have," Kim said.';

describe('questions that would give themselves away', () => {
  const cases: ArticleCase[] = [
    ['US council: "As mayor" with one mayor is not asked', COUNCIL, 'As mayor', 'not asked'],
    ['US council: "My crews" with one fire chief is not asked', COUNCIL, 'My crews', 'not asked'],
    ['US council: a councillor\'s quotation offers the other councillor', COUNCIL, 'Every dollar', ['Tom Alvarez']],
    ['English football: "my players" with two managers offers both',
      'Late winner\n\nRovers manager Gary Holt was proud. "My players never stopped running, even a goal down," Holt said.\n\nKettering manager Mick Dunn blamed the referee. "That was never a penalty and everybody knew it," Dunn said.\n\nStriker Jonny Pritchard scored first. "We always find a way back here," Pritchard said.\n\nDefender Sam Okoro was booked. "I got the ball first, everyone saw it," Okoro said.\n\nSubstitute Danny Wells headed the winner. "I just closed my eyes and went for it," Wells said.',
      'My players', ['Gary Holt', 'Mick Dunn']],
    ['Canadian obituary: "Mom" with both children among the people offers both',
      'Swimming teacher dies at 91\n\nEvelyn Tran taught a generation of Winnipeg children to swim.\n\nHer daughter, Linh, said the pool was her mother\'s second home. "She was in the water until she was 85, every single morning," Linh said.\n\nHer son Bao said the family would hold a memorial. "Mom would want people swimming, not sitting around crying," he said.\n\nFormer student Carla Reimer said Mrs. Tran never raised her voice. "She would just look at you and you would put your face in," Reimer said.',
      'Mom would want', ['Linh', 'Bao']],
    ['British family feature: "my dad" with one child is not asked',
      'A long wait ends\n\nMeena Patel waited eleven years for her husband, Raj, to join her in Leicester. "Every birthday, every Diwali, there was an empty chair," Mrs Patel said.\n\nTheir daughter, Anjali Patel, 19, was eight when he left. "I used to tell my friends my dad lived in a phone," she said.\n\nRaj Patel said the family would not waste a day. "I cried like a child at the airport, I am not ashamed," Mr Patel said.\n\nTheir MP, Claudia Webbe, said the system was broken. "No family should wait a decade for a visa decision," she said.',
      'my dad lived', 'not asked'],
    ['Canadian court report: "this court" with one judge is not asked',
      'Father and son sentenced\n\nJustice Marianne Okoye sentenced Victor Kozak to six years. "That is an aggravating factor this court cannot overlook," Okoye said.\n\nDefence lawyer Paul Estrada said his client was ashamed. "He has said so to his family and to the victims," Estrada said.\n\nCrown attorney Leah Brandt said the sentence was fair. "It is in line with what we asked for," Brandt said.',
      'this court', 'not asked'],
  ];
  it.each(cases)('%s', (_name, text, fragment, expected) => {
    const q = buildQuiz({ text }).questions.find((x) => x.quote.includes(fragment));
    if (expected === 'not asked') { expect(q).toBeUndefined(); return; }
    expect(q, fragment).toBeDefined();
    for (const label of expected) expect(q!.choices.map((c) => c.label)).toContain(label);
  });
});

describe('choices of one kind, never someone the quotation names', () => {
  it('offers no one the quotation names by first name ("I told Meena")', () => {
    const quiz = buildQuiz({ text: 'Reunited\n\nMeena Patel waited years for her husband, Raj Patel. "Every birthday there was an empty chair at our table," Mrs Patel said.\n\n"I told Meena at the airport that I would never leave again," Mr Patel said.\n\nTheir MP, Claudia Webbe, said the system was broken. "No family should wait a decade for a decision," she said.\n\nNeighbour Tom Briggs said the street had a party. "We put up bunting on every lamp post we could find," Briggs said.' });
    const q = quiz.questions.find((x) => x.quote.includes('I told Meena'))!;
    expect(q.speaker).toBe('Raj Patel');
    expect(q.choices.map((c) => c.label)).not.toContain('Meena Patel');
  });
});

describe('sameName: never two choices that may be one person', () => {
  const person = (name: string) => speaker(name).person;
  const cases: [string, string, boolean][] = [
    ['Trump', 'Donald J. Trump', true],
    ['Donald Trump', 'Donald J. Trump', true],
    // a given name or a surname written first: Malay, Sikh and Chinese short forms
    ['Rozilah', 'Rozilah Mohd Yusof', true],
    ['Harvinder', 'Harvinder Singh Gill', true],
    ['Kwok', 'Kwok Wai-keung', true],
    // relatives and namesakes stay apart
    ['Ivanka Trump', 'Donald Trump', false],
    ['Lee Chong Wai', 'Lee Chong Hin', false],
    ['Ana', 'Rosa Ortiz', false],
  ];
  it.each(cases)('%s / %s → %s', (a, b, expected) => {
    expect(sameName(person(a), person(b))).toBe(expected);
    expect(sameName(person(b), person(a))).toBe(expected);
  });

  it('a quiz never offers the judge twice (Judge Datuk Rozilah Mohd Yusof, then Judge Rozilah)', () => {
    const text = 'Contractor jailed for bribing officer\n\nJudge Datuk Rozilah Mohd Yusof handed down the sentence on Lee Chong Wai, 52, on Monday.\n\n' +
      '"The court finds the testimony of the key witness to be consistent and corroborated by bank records," she said.\n\n' +
      'Deputy public prosecutor Nur Aisyah Kamarudin had asked for a deterrent sentence. "The accused initiated the arrangement and he profited from it for two years," she told the court.\n\n' +
      'Counsel Datuk Harvinder Singh Gill said the family would appeal. "My client has already lost his business and his reputation," Harvinder said in mitigation.\n\n' +
      '"A deterrent sentence is necessary. The public interest must prevail over the personal circumstances of the accused," Judge Rozilah added.\n\n' +
      'Lee\'s wife, Tan Mei Ling, wept in the gallery. "We believe in his innocence and we will go to the High Court," she said.';
    const quiz = buildQuiz({ text });
    expect(quiz.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Rozilah Mohd Yusof', 'Harvinder Singh Gill']));
    expect(quiz.people.map((p) => p.name)).not.toContain('Rozilah');
    for (const q of quiz.questions) {
      const labels = q.choices.map((c) => c.label);
      for (const a of labels) for (const b of labels) if (a !== b) expect(sameName(person(a), person(b)), labels.join(' | ')).toBe(false);
    }
  });
});
