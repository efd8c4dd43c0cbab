/**
 * Specialties and settings a criterion can name (taxonomy §4.3): the canonical name, then the phrases
 * that stand for it. Used for the `specialty` parameter and for the exp-specialty variants.
 */
export const SPECIALTIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['acute care', ['acute', 'acute care', 'acute hospital', 'acute setting', 'acute ward', 'acute trust', 'secondary care']],
  ['acute medicine', ['acute medicine', 'acute medical', 'medical ward', 'general medicine', 'AMU', 'acute medical unit', 'medical admissions']],
  ['emergency', ['emergency', 'emergency department', 'emergency care', 'A&E', 'accident and emergency', 'urgent care', 'urgent and emergency care', 'minor injuries', 'ED']],
  ['critical care', ['critical care', 'intensive care', 'ICU', 'ITU', 'HDU', 'high dependency', 'critical care unit']],
  ['theatres', ['theatre', 'theatres', 'operating theatre', 'perioperative', 'peri-operative', 'anaesthetics', 'anaesthetic', 'recovery', 'scrub', 'day surgery']],
  ['surgery', ['surgical', 'surgical ward', 'general surgery', 'orthopaedics', 'trauma and orthopaedics']],
  ['oncology', ['oncology', 'cancer', 'cancer care', 'cancer services', 'chemotherapy', 'radiotherapy', 'haematology']],
  ['maternity', ['maternity', 'obstetrics', 'obstetric', 'labour ward', 'birth centre', 'midwife-led unit', 'delivery suite', 'midwifery', 'antenatal', 'postnatal', 'gynaecology']],
  ['paediatrics', ['paediatrics', 'paediatric', 'children', "children's services", 'child health', 'neonatal', 'neonates', 'NICU', 'CAMHS', 'young people']],
  ['community', ['community', 'community setting', 'community nursing', 'district nursing', 'community services', "patients' homes"]],
  ['primary care', ['primary care', 'GP', 'general practice', 'GP practice', 'GP surgery', 'practice nursing']],
  ['mental health', ['mental health', 'psychiatry', 'psychiatric', 'mental health services', 'inpatient mental health', 'forensic', 'secure services', 'secure environment', 'secure setting', 'secure unit']],
  ['learning disability', ['learning disability', 'learning disabilities', 'autism', 'LD']],
  ['msk', ['MSK', 'musculoskeletal', 'musculo-skeletal', 'orthopaedic', 'outpatient physiotherapy']],
  ['neurology', ['neurology', 'neurological', 'neurosciences', 'neuro', 'neuro rehabilitation', 'neurorehabilitation', 'brain injury']],
  ['stroke', ['stroke', 'stroke care', 'stroke unit']],
  ['respiratory', ['respiratory', 'COPD', 'pulmonary rehabilitation']],
  ['cardiology', ['cardiology', 'cardiac', 'cardiothoracic', 'coronary care', 'CCU', 'heart failure']],
  ['renal', ['renal', 'dialysis', 'haemodialysis', 'nephrology']],
  ['older people', ['older people', 'older adults', 'elderly care', 'care of the elderly', 'care of older people', 'frailty', 'geriatric', 'geriatrics', 'dementia']],
  ['palliative', ['palliative', 'palliative care', 'end of life', 'end of life care', 'hospice']],
  ['rehabilitation', ['rehabilitation', 'rehab', 'intermediate care', 'reablement']],
  ['radiology', ['radiology', 'imaging', 'diagnostic imaging', 'x-ray', 'CT', 'MRI', 'ultrasound', 'nuclear medicine']],
  ['pharmacy', ['pharmacy', 'hospital pharmacy', 'community pharmacy', 'dispensary', 'aseptic', 'aseptic services', 'aseptic unit']],
  ['laboratory', ['laboratory', 'pathology', 'biochemistry', 'microbiology', 'blood sciences', 'histopathology', 'cytology']],
];
