// Stage 4 — which organisations a description of one could name: "the union" is no "Skyvale
// Airlines" and "the company" no "Ministry of Health", as the words of their names say. An
// organisation whose name says no kind could be any.

import type { Entity, Mention } from './03-entity';
import { ORG_CLASSES } from './data/organisations';

/** Each word of a kind of organisation, and its kind (data/organisations ORG_CLASSES). */
const ORG_CLASS_OF: ReadonlyMap<string, string> = new Map(Object.entries(ORG_CLASSES).flatMap(([kind, ws]) => ws.map((w) => [w, kind] as const)));

export class OrgKinds {
  /** Each organisation's kinds, as its name's words say, read once. */
  private readonly kinds = new Map<number, ReadonlySet<string>>();
  /** Each entity's name's words, lower case, read once. */
  private readonly words = new Map<number, ReadonlySet<string>>();

  constructor(private readonly entities: readonly Entity[]) {}

  /** Could "the <head>" be entity e? Not when its name says it is another kind of organisation. */
  couldBe(e: number, head: string): boolean {
    const wanted = ORG_CLASS_OF.get(head);
    if (wanted === undefined) return true;
    const kinds = this.kindsOf(e);
    return kinds.size === 0 || kinds.has(wanted);
  }

  /** Entity e's name says no kind of organisation ("GroundUp", "Medova"). */
  kindless(e: number): boolean {
    return this.kindsOf(e).size === 0;
  }

  /** The kinds of organisation entity e's name and aliases say, read once. */
  private kindsOf(e: number): ReadonlySet<string> {
    let kinds = this.kinds.get(e);
    if (!kinds) {
      const p = this.entities[e]!.person;
      kinds = new Set([p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)).flatMap((w) => ORG_CLASS_OF.get(w) ?? []));
      this.kinds.set(e, kinds);
    }
    return kinds;
  }

  /** Entity e's name has the word `head` ("the bank": Central Bank of Chile). */
  nameHas(e: number, head: string): boolean {
    let ws = this.words.get(e);
    if (!ws) this.words.set(e, ws = new Set(this.entities[e]!.person.name.toLowerCase().split(/\s+/)));
    return ws.has(head);
  }

  /**
   * The one organisation whose name has the word `head`, named before `at` anywhere in the article ("the trust" is the
   * Millholme Bridge Trust, introduced paragraphs before); null when none or more than one is.
   */
  soleWithWord(mentions: readonly Mention[], head: string, at: number): number | null {
    let found: number | null = null;
    for (const m of mentions) {
      if (m.start >= at) break;
      if (m.entity === found || this.entities[m.entity]!.person.kind === 'person' || !this.nameHas(m.entity, head)) continue;
      if (found !== null) return null;
      found = m.entity;
    }
    return found;
  }
}
