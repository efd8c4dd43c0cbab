/** The word sets the experience readers work from, made once from the taxonomy's experience frames. */
export type Compiled = {
  heads: Set<string>;
  nounHeads: Set<string>;
  links: Set<string>;
  bridges: string[][];
  determiners: Set<string>;
  stops: Set<string>;
  generic: Set<string>;
  modifiers: Set<string>;
  practitioners: Set<string>;
  careRoles: Set<string>;
  posts: Set<string>;
  managers: Set<string>;
  roleWords: Set<string>;
  activities: Set<string>;
  seniority: Set<string>;
  specialtyEnding: RegExp;
  specialtyWords: Set<string>;
  specialtyReferences: Set<string>;
  pointers: Set<string>;
  ownFieldNouns: Set<string>;
  ownPointers: Set<string>;
  anchors: Set<string>;
  notSpecialties: Set<string>;
};
