/** What an experience is of, as tokens [start, end), and the anchor it names. */
export type ExperienceObject = {
  start: number;
  end: number;
  skillId: string;
  explanation: string;
  /** Read from "experienced" and the role it qualifies: the words name the role, not a specialty. */
  role: boolean;
};

/** A phrase already read as a skill, which an experience's object may not overlap. */
export type Taken = { start: number; end: number };
