// Stage 4 — who holds which office: the roles the article gives people, read as words and initials, so that a
// description ("the judge", "the DC", "the Republican nominee") names the person who holds that office.

import type { People } from './03-people';
import { descriptionModifiers, isRoleNoun, roleInitialForms } from './03-roles';
import { OFFICE_GROUPS } from './data/roles';

/** Each office word, and the words of its group (data/roles OFFICE_GROUPS). */
const OFFICE_OF: ReadonlyMap<string, readonly string[]> = new Map(OFFICE_GROUPS.flatMap((g) => g.map((w) => [w, g] as const)));
/** An office's word, which a description may name someone by ("the accused", no role noun elsewhere). */
export const isOfficeWord = (w: string) => OFFICE_OF.has(w);

/**
 * A role whose own capitalised words are all other than a description's ("the Republican nominee", a "Democratic … nominee").
 * Words the article writes in lower case are none, whatever case the role shows ("Finance manager" read from "MFM's finance
 * manager" names no side, so "the MFM finance manager" is her).
 */
export function conflicts(modifiers: readonly string[], role: string | undefined, lowerWords: ReadonlySet<string>): boolean {
  // (the office's own nouns are no side: "Senator" names none, "the Florida senator" is still a senator; "Republican" is one)
  const own = role ? descriptionModifiers(role).filter((w) => !isRoleNoun(w) && !lowerWords.has(w)) : [];
  // ("the IPAN chair" is the chair of Independent Pharmacy Alliance North: a body by its initials)
  return own.length > 0 && !own.some((w) => modifiers.includes(w)) && !(own.length > 1 && modifiers.includes(own.map((w) => w[0]).join('')));
}

/** The offices of one article's people, each worked out once. */
export class RoleIndex {
  private readonly words = new Map<number, readonly string[]>();
  private readonly initials = new Map<number, readonly string[]>();
  private readonly holders = new Map<string, Set<number>>();
  private byWord: Map<string, Set<number>> | undefined;
  private byInitials: Map<string, Set<number>> | undefined;

  constructor(private readonly people: People) {}

  /** Entity x's role's words, lower case. */
  wordsOf(x: number): readonly string[] {
    let ws = this.words.get(x);
    if (!ws) { ws = this.people.entities[x]!.person.role?.toLowerCase().split(/[\s,]+/) ?? []; this.words.set(x, ws); }
    return ws;
  }

  /** Entity x's role's initials ("dtc", and "dc" of "Kongwa District Commissioner"). */
  initialsOf(x: number): readonly string[] {
    let forms = this.initials.get(x);
    if (!forms) this.initials.set(x, forms = roleInitialForms(this.people.entities[x]!.person.role));
    return forms;
  }

  /**
   * The entities whose role has the word `head`, another word for the same office ("justice" for "the judge") or its initials, from an index of every role's words and initials
   * built once per article: every description asks of its history, and a long article has hundreds of people.
   */
  holdersOf(head: string): ReadonlySet<number> {
    let holders = this.holders.get(head);
    if (holders) return holders;
    if (!this.byWord || !this.byInitials) {
      this.byWord = new Map();
      this.byInitials = new Map();
      for (let x = 0; x < this.people.entities.length; x++) {
        for (const w of this.wordsOf(x)) addTo(this.byWord, w, x);
        for (const i of this.initialsOf(x)) addTo(this.byInitials, i, x);
      }
    }
    holders = new Set(this.byWord.get(head));
    for (const w of OFFICE_OF.get(head) ?? []) for (const x of this.byWord.get(w) ?? []) holders.add(x);
    if (head.length >= 2) for (const x of this.byInitials.get(head) ?? []) holders.add(x);
    this.holders.set(head, holders);
    return holders;
  }

  /** Entity x holds an office other than the one `head` names: "the judge" is not the Advocate General. */
  otherOffice(x: number, head: string): boolean {
    return OFFICE_OF.has(head) && !this.holdersOf(head).has(x) && this.wordsOf(x).some((w) => OFFICE_OF.has(w));
  }
}

function addTo(index: Map<string, Set<number>>, key: string, x: number): void {
  let set = index.get(key);
  if (!set) index.set(key, set = new Set());
  set.add(x);
}
