/**
 * How adverts name a client group by what its people have, rather than by a specialty of the list: "adults
 * who have a stammer", "residents with sight loss", "teenagers presenting with self-harm".
 * Experience of working with such a group is experience of a client group (labelling rule 9). Words are
 * written as the text is; they are compared as normal forms.
 */
const words = (list: string): string[] => list.split(' ');

export const CLIENT_GROUPS = {
  /** Words naming people cared for or worked with; two-word names are written with a hyphen-free space. */
  people: [
    ...words(
      'people patients adults children clients users individuals families women men mothers infants babies ' +
        'adolescents teenagers residents survivors veterans offenders',
    ),
    'service users',
    'young people',
    'older people',
    'older adults',
  ],
  /** Words that say the people are named by what they have: "with", "who have", "presenting with". */
  introducers: [
    'with',
    'who have',
    'who has',
    'who are living with',
    'who live with',
    'who present with',
    'who are experiencing',
    'who experience',
    'who are affected by',
    'living with',
    'presenting with',
    'experiencing',
    'affected by',
    'suffering from',
    'recovering from',
    'at risk of',
  ],
  /** Words after the introducer that only say how many or which kinds: "with a wide range of …". */
  skipped: words('a an the various variety wide broad range different of'),
  /**
   * Words that make "with" the help given or the company kept, not what the people have: "assisting patients
   * with their hygiene", "working with children with us".
   */
  notConditions: words(
    'their his her its them our your us you me staff colleagues support help experience knowledge skills skill ' +
      'qualification qualifications attitude ability abilities passion interest understanding background ' +
      'enthusiasm commitment medical',
  ),
  /** Words that say only how serious or how many the people's needs are: "complex", "severe", "multiple". */
  severity: words(
    'complex additional special multiple severe enduring chronic long-term long term profound significant high',
  ),
  /**
   * A general noun that names a group alone: "people with disabilities". "Complex needs", "injury and
   * illness" and "a range of conditions" name none ("learning disabilities" is read as a specialty already).
   */
  kinds: words('disability disabilities'),
  /** Words that end the reach of an experience's client group: the ask turns to something else. */
  breakers: words(
    'is are be would will desirable essential preferred preferable required advantageous beneficial ideally ' +
      'which where but plus etc we you',
  ),
  /** Words before "experience" that make it the people's own: "improve the experience of patients with …". */
  theirs: words('the patient patients user users service customer their positive overall'),
} as const;
