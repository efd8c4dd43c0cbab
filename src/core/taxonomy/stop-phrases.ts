/**
 * Phrases that claim their words and name no skill: "essential" that is not a requirement marker,
 * audits that are not clinical, teams that are not a skill, and idioms around skill words. The walk
 * prefers the longest phrase at each position, so "financial audit" hides "audit".
 */
export const STOP_PHRASES: readonly string[] = [
  'essential (service|services|skills cluster|skills clusters|maintenance|repairs|works|travel|worker|workers|visits|information|requirement|requirements|criteria)',
  '(financial|finance|internal|external|statutory|accounts|payroll|stock|asset|fire|estates|energy|health and safety) (audit|audits|auditing|auditor|auditors)',
  'audit (trail|trails|committee|committees|commission)',
  '[senior|executive|trust|divisional|clinical|corporate] leadership team',
  'senior management team',
  'executive team',
  'not applicable',
  '(in|with) respect (of|to)',
  'respect of',
  'it is',
  'work experience',
  // "post graduate" is not a graduate; longer phrases ("post graduate diploma") still win.
  'post graduate',
  // "inclusive of Monday to Friday", "all-inclusive" are not inclusion.
  'inclusive of',
  // A caring culture or service is the employer's, not a quality asked of the applicant.
  '[a] caring (culture|environment|organisation|service|services|profession|team|place)',
  // "a high degree of confidentiality", "a degree of pressure": a measure, not a qualification.
  '(a|high|great|certain|considerable|significant|large|reasonable|varying) degree of',
  // Leave named after the specialty ("to cover maternity leave") is the post's term, not maternity care.
  '(maternity|paternity|parental) (leave|cover|pay)',
  // Life assurance is a benefit (insurance); self-assurance is confidence: neither is organisational assurance.
  '(life|self) assurance',
  // The recruitment this advert is part of, or of patients to a study, is no staff recruitment by the applicant.
  '(part of|during) the recruitment (process|procedure)',
  'recruitment (applicants|premium|premiums|checks)',
  '(patient|patients|participant|participants|trial|study) recruitment',
];
