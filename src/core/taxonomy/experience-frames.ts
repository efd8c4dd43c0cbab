/**
 * How adverts ask for experience of a specialty, a setting or a client group without naming one from a
 * list: "experience of working with victims of assault", "Endoscopy experience", "a background in
 * oncology". The matcher reads the object of the experience and names `exp-specialty` when the object is
 * neither a skill ("experience of budget management") nor a generic word ("experience of working in a
 * busy team"). Words are written as the text is; they are compared as normal forms.
 */
const words = (list: string): string[] => list.split(' ');

export const EXPERIENCE_FRAMES = {
  skillId: 'exp-specialty',
  /** Care experience, which for a registered profession's advert is read as experience of a specialty or setting. */
  careSettingId: 'exp-care-setting',
  /** The anchor read instead when the object is the advert's own profession: "5 years pharmacy experience". */
  ownProfessionId: 'exp-post-registration',
  /**
   * Skills whose phrase names a field of work as well: experience of one as a field or a role ("experience
   * of health promotion work", "experience as a public health adviser") is experience of a specialty too.
   */
  fieldSkills: ['other-public-health', 'clin-health-promotion'],
  /** Words that ask for experience and take an object after a link word ("experience of …"). */
  heads: ['experience', 'experienced', 'background', 'expertise', 'exposure', 'worked'],
  /** Words that end a noun phrase the experience is named by ("oncology experience"). */
  nounHeads: ['experience', 'background'],
  /** The professions "experienced" qualifies: "an experienced Endoscopy Nurse", "experienced Registered Nurse". */
  practitioners: words(
    'nurse nurses midwife midwives practitioner practitioners therapist therapists physiotherapist ' +
      'physiotherapists pharmacist pharmacists technician technicians scientist scientists BMS psychologist ' +
      'psychologists radiographer radiographers OT OTs doctor doctors GP GPs paramedic paramedics dietitian ' +
      'dietitians podiatrist podiatrists RMN RMNs RGN RGNs RNLD RLDN RSCN RN RNs ODP ODPs clinician clinicians ' +
      'sonographer sonographers orthoptist orthoptists optometrist optometrists',
  ),
  /**
   * Posts "experienced" may qualify that are no profession: experience in one asks for experience at a level
   * only when the post is a manager's or a senior one ("an experienced Registered Manager", "an experienced
   * Senior Infrastructure Engineer"); "an experienced desktop engineer" asks for no anchor.
   */
  posts: words('manager managers engineer engineers officer officers administrator administrators analyst analysts'),
  managers: words('manager managers'),
  /**
   * Roles without registration "experienced" may qualify: "experienced Healthcare Assistants" asks for
   * care experience (a "social worker" is a registered profession).
   */
  careRoles: words('HCA HCAs CSW CSWs assistant assistants worker workers carer carers'),
  /** Words naming a profession or a nursing field between "experienced" and the role ("Bank Mental Health Nurse"). */
  roleWords: words(
    'bank staff mental learning disability disabilities children childrens child adult adults pharmacy applied ' +
      'biomedical healthcare health care support social',
  ),
  /** The anchor read when "experienced" qualifies a senior post: "an experienced Senior Pharmacist". */
  bandId: 'exp-band-level',
  seniority: words('senior deputy lead charge sister band'),
  /** Objects that are an activity, not a field: "experience of audiology assessments", "medicines reconciliation". */
  activities: words(
    'assessment assessments reconciliation checking investigation investigations procedure procedures test ' +
      'tests testing screening review reviews examination examinations prescribing dispensing audit audits ' +
      'reporting analysis technique techniques intervention interventions',
  ),
  /** Links between the head and its object. */
  links: ['of', 'in', 'with', 'within', 'across', 'on', 'at', 'from', 'alongside', 'among'],
  /** "experience of working with …", "experience in the management of …": the object follows. */
  bridges: [
    'working (in|with|within|alongside|across|on|for|at)',
    'work (in|with|within|alongside|across|on|for|at)',
    '(caring|care) for',
    'supporting',
    'treating',
    'nursing',
    'the (management|care|treatment|assessment) of',
    '(management|care|treatment|assessment) of',
  ],
  /** Words a phrase may start with and still be the object ("a", "the", "one or more of the"). */
  determiners: words(
    'a an the this these that such all any both either some one more or of following various variety ' +
      'range wide broad different',
  ),
  /**
   * An object names a specialty when one of its words has the shape of one ("endoscopy", "ophthalmic",
   * "geriatrics") or is one of these; or when it names a group of people or a place of care with a word
   * that says which ("victims of assault", "eating disorder services", "Consultant Unit").
   */
  specialtyEndings: ['ology', 'ologies', 'ological', 'iatric', 'iatrics', 'iatry', 'paedic', 'paedics', 'oscopy'],
  specialtyWords: words(
    'medicine surgery surgical ophthalmic obstetric obstetrics inpatient inpatients in-patient outpatient ' +
      'radiopharmacy aseptic aseptics ' +
      'outpatients out-patient theatre theatres trauma',
  ),
  /**
   * Words that name the post's specialty without saying which ("experience across the speciality"): one only when
   * a word before it points at a particular one (`pointers`); "hours worked in specialties" names none.
   */
  specialtyReferences: words('specialty specialties speciality specialities specialism specialisms'),
  pointers: words('the this that these those your their his her its a any following same chosen'),
  /** The applicant's own profession named without saying which: "experience within their own profession". */
  ownFieldNouns: words('discipline disciplines profession professions'),
  ownPointers: words('your their his her own'),
  groups: words(
    'patients patient people adults adult children child group users victims families women men mothers ' +
      'babies infants carers offenders survivors veterans population populations conditions condition ' +
      'disorder disorders disease diseases illness illnesses injury injuries disability disabilities needs',
  ),
  places: words('ward wards unit units clinic clinics department centre centres service services'),
  /** Words with a specialty's ending that name none. */
  notSpecialties: words('technology technologies methodology methodologies terminology chronology'),
  /** Words that end the object: it is read up to, not including, the first of them. */
  stops: words(
    'and or as is are be would will desirable essential preferred preferable required advantageous ' +
      'beneficial welcome welcomed ideally including to who which where that using through but plus etc eg ' +
      'ie e g',
  ),
  /**
   * Objects that name no specialty, setting or group: a role, a team, a level, a place of work in
   * general. Experience of any of these alone is not specialty experience.
   */
  generic: words(
    'team teams role roles post position job capacity level grade band environment environments area ' +
      'areas field fields setting settings service services department departments organisation ' +
      'organisations sector people person public patients patient staff colleagues others individuals ' +
      'members customers clients users stakeholders nhs uk national similar relevant related comparable ' +
      'equivalent appropriate busy pressurised fast paced pace large small complex multi own same other new ' +
      'current previous recent general varied way ways work working practice use this our your their its ' +
      'his her life years year months month weeks time minimum least range number clinical health ' +
      'healthcare professional professionals agency agencies partner partners partnership multidisciplinary ' +
      'disciplinary mdt individual groups basis project projects issues matters tasks task duties ' +
      'responsibility responsibilities hospital office system systems process processes policy policies ' +
      'procedures standards change changes high quality excellent good strong proven demonstrable ' +
      'significant extensive substantial considerable wide varied both either day minimal supervision ' +
      'direct independently autonomously based computer computers it registration records record information ' +
      'appointments bookings referrals queries enquiries feedback contact facing equipment handling management managerial manager leadership ' +
      'leader supervisory administration administrative admin clerical secretarial reception customer ' +
      'teaching training research audit typing data finance financial hr sales retail operational technical ' +
      'mentoring coaching volunteering caring care support relevant of in with within at for on from by',
  ),
  /** Words before "experience" that only say how much or what kind, not of what ("previous experience"). */
  modifiers: words(
    'previous prior recent relevant significant proven extensive substantial considerable demonstrable ' +
      'demonstrated practical clinical professional some any good sound broad wide varied solid strong ' +
      'current recent paid unpaid voluntary post registration qualification qualified registered graduate ' +
      'senior further additional more less minimum year years month months work working life lived personal ' +
      'own hands on direct previously gained general similar equivalent comparable appropriate required ' +
      'necessary real wider uk nhs',
  ),
} as const;
