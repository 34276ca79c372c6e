// Pronouns that can be the subject of a speech verb, with the gender they
// agree with ('m', 'f', or 'x' for either / plural / organisation).

export const SUBJECT_PRONOUNS: Record<string, 'm' | 'f' | 'x' | 'it' | 'pl' | 'self'> = {
  he: 'm', she: 'f', they: 'pl', it: 'it', i: 'self', we: 'self',
};

/** Honorifics that tell a person's gender. */
export const GENDERED_HONORIFICS: Record<string, 'm' | 'f'> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f', king: 'm',
  queen: 'f', prince: 'm', princess: 'f', father: 'm', sister: 'f', brother: 'm',
  congressman: 'm', congresswoman: 'f', spokesman: 'm', spokeswoman: 'f', chairman: 'm',
  chairwoman: 'f', councilman: 'm', councilwoman: 'f', assemblyman: 'm', assemblywoman: 'f',
  alhaji: 'm', alhaja: 'f', hajiya: 'f', mallam: 'm', shri: 'm', smt: 'f',
  datin: 'f', puan: 'f', encik: 'm', haji: 'm', hajah: 'f', madam: 'f', aunty: 'f', auntie: 'f', uncle: 'm',
  daw: 'f', ma: 'f', naw: 'f', ko: 'm', maung: 'm', mg: 'm', saw: 'm', doña: 'f', mayi: 'f', bambo: 'm', hajj: 'm', hadj: 'm', awang: 'm', dayang: 'f', kgosi: 'm', aum: 'f', hajji: 'm',
};

/** Possessive determiners and the gender of the owner they name ("her sister", "his lawyer"). */
export const POSSESSIVE_OWNERS: Readonly<Record<string, 'm' | 'f'>> = { his: 'm', her: 'f' };

/** Possessive and object pronouns that follow a name and tell its gender ("Smith said his ..."). */
export const GENDER_HINTS: Record<string, 'm' | 'f'> = {
  he: 'm', his: 'm', him: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
};
