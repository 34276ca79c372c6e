// Stage 4 — which organisations a description of one could name: "the union" is no "Skyvale
// Airlines" and "the company" no "Ministry of Health", as the words of their names say. An
// organisation whose name says no kind could be any.

import type { Entity, People } from './03-entity';
import { ORG_CLASSES } from './data/organisations';

/** Each word of a kind of organisation, and its kind (data/organisations ORG_CLASSES). */
const ORG_CLASS_OF: ReadonlyMap<string, string> = new Map(Object.entries(ORG_CLASSES).flatMap(([kind, ws]) => ws.map((w) => [w, kind] as const)));

export class OrgKinds {
  /** Each organisation's kinds, as its name's words say, read once. */
  private readonly kinds = new Map<number, ReadonlySet<string>>();

  constructor(private readonly entities: readonly Entity[]) {}

  /** Could "the <head>" be entity e? Not when its name says it is another kind of organisation. */
  couldBe(e: number, head: string): boolean {
    const wanted = ORG_CLASS_OF.get(head);
    if (wanted === undefined) return true;
    let kinds = this.kinds.get(e);
    if (!kinds) {
      const p = this.entities[e]!.person;
      kinds = new Set([p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)).flatMap((w) => ORG_CLASS_OF.get(w) ?? []));
      this.kinds.set(e, kinds);
    }
    return kinds.size === 0 || kinds.has(wanted);
  }
}

/**
 * The one organisation whose name has the word `head`, named before `at` anywhere in the article ("the trust" is the
 * Millholme Bridge Trust, introduced paragraphs before); null when none or more than one is.
 */
export function soleOrganisationWithWord(people: People, head: string, at: number): number | null {
  let found: number | null = null;
  for (const m of people.mentions) {
    if (m.start >= at) break;
    const e = people.entities[m.entity]!;
    if (e.person.kind === 'person' || m.entity === found || !e.person.name.toLowerCase().split(/\s+/).includes(head)) continue;
    if (found !== null) return null;
    found = m.entity;
  }
  return found;
}
