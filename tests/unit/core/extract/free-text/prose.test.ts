import { describe, expect, it } from 'vitest';
import { proseCriteria } from '../../../../../src/core/extract/free-text/prose';

const read = (text: string) => proseCriteria(text).map((c) => [text.slice(c.start, c.end), c.level]);

describe('requirements in prose', () => {
  it('cuts a level statement from a clause before it whose verb is a form of have or be', () => {
    expect(read('We have two clinics in the county and a full driving licence is essential.')).toEqual([
      ['a full driving licence is essential', 'essential'],
    ]);
  });

  it('finds stated requirements, one per sentence', () => {
    expect(
      read(
        'We are a friendly team. Experience of phlebotomy is essential. Knowledge of SystmOne would be an advantage. Applicants must hold a full UK driving licence.',
      ),
    ).toEqual([
      ['Experience of phlebotomy is essential', 'essential'],
      ['Knowledge of SystmOne would be an advantage', 'desirable'],
      ['Applicants must hold a full UK driving licence', 'essential'],
    ]);
  });

  it('reads "desirable but not essential" and "it is essential that you" the right way round', () => {
    expect(read('A mentorship qualification is desirable but not essential.')).toEqual([
      ['A mentorship qualification is desirable but not essential', 'desirable'],
    ]);
    expect(read("It's essential you have current NMC registration.")).toEqual([
      ["It's essential you have current NMC registration", 'essential'],
    ]);
  });

  it('reads a sentence closed by a level word, as it would read that sentence on a line of its own', () => {
    expect(read('Applicants must hold full GMC registration. MRCP part 1, or equivalent, is desirable.')).toEqual([
      ['Applicants must hold full GMC registration', 'essential'],
      ['MRCP part 1, or equivalent, is desirable', 'desirable'],
    ]);
    expect(read('The clinic opens at 8am. Parking is free.')).toEqual([]);
  });

  it('leaves duties, arrangements and "not required" alone', () => {
    expect(read('It is essential that all staff follow the infection control policy.')).toEqual([]);
    expect(read('Previous experience is not essential as full training is given.')).toEqual([]);
    expect(read('Shortlisted candidates will need to be available for interview on 3 March.')).toEqual([]);
    expect(read('Teamwork is essential on a busy ward.')).toEqual([]);
  });

  it('does not split a sentence at "e.g."', () => {
    expect(read('Experience of an electronic record, e.g. EMIS, is desirable.')).toEqual([
      ['Experience of an electronic record, e.g. EMIS, is desirable', 'desirable'],
    ]);
  });
});

describe('requirement sentences cut into criteria (labelling rule 4)', () => {
  it('gives one criterion per semicolon clause', () => {
    expect(
      read('Welsh speakers are desirable for this post; Welsh and English speakers are equally welcome to apply.'),
    ).toEqual([['Welsh speakers are desirable for this post', 'desirable']]);
  });

  it('cuts a sentence where its second part asks for less', () => {
    expect(read('You will have a degree in dietetics, ideally with experience of renal care.')).toEqual([
      ['You will have a degree in dietetics', 'essential'],
      ['ideally with experience of renal care', 'desirable'],
    ]);
    expect(read('Ideally, you will have worked in a hospice.')).toEqual([
      ['Ideally, you will have worked in a hospice', 'desirable'],
    ]);
  });

  it('cuts off a clause that asks nothing, and keeps one that shares the subject with the part that asks', () => {
    expect(read('You will need a good grasp of safeguarding but you will also receive regular supervision.')).toEqual([
      ['You will need a good grasp of safeguarding', 'essential'],
    ]);
    expect(read('You must be a registered pharmacist and will work alongside the ward teams.')).toEqual([
      ['You must be a registered pharmacist', 'essential'],
    ]);
    expect(read('The post holder is required to work at pace and must have a flexible approach to work.')).toEqual([
      ['The post holder is required to work at pace and must have a flexible approach to work', 'essential'],
    ]);
  });

  it('cuts a sentence at a concession with a verb of its own, and reads each side alone', () => {
    expect(read('Experience of clinic letters is essential although full training will be given.')).toEqual([
      ['Experience of clinic letters is essential', 'essential'],
    ]);
    expect(read('Ideally you will have worked in a dental surgery, though this is not essential.')).toEqual([
      ['Ideally you will have worked in a dental surgery', 'desirable'],
    ]);
    // No verb after "although": nothing to cut.
    expect(read('A coding qualification is desirable although not essential.')).toEqual([
      ['A coding qualification is desirable although not essential', 'desirable'],
    ]);
  });

  it('ends a criterion at its level word when a clause of another kind follows', () => {
    expect(read('A full driving licence is essential and DVLA checks will be carried out before you start.')).toEqual([
      ['A full driving licence is essential', 'essential'],
    ]);
    expect(read('Experience of audit is desirable and essential training is provided.')).toEqual([
      ['Experience of audit is desirable', 'desirable'],
    ]);
  });

  it('splits two level statements of different levels, and keeps a statement out of the duty before it', () => {
    expect(read('Experience of payroll is essential, and experience of the NHS is desirable.')).toEqual([
      ['Experience of payroll is essential', 'essential'],
      ['experience of the NHS is desirable', 'desirable'],
    ]);
    expect(read('You will support the practice team every day and good IT skills are essential.')).toEqual([
      ['good IT skills are essential', 'essential'],
    ]);
  });
});

describe('parts of a sentence at different levels', () => {
  it('keeps a short hedged part, scored with the requirement it completes', () => {
    expect(read('You will need to have broad experience in dietetics, preferably within paediatric services.')).toEqual(
      [
        ['You will need to have broad experience in dietetics', 'essential'],
        ['preferably within paediatric services', 'desirable'],
      ],
    );
  });

  it('reads "preferable" before a place or field as a hedge, but not after a verb', () => {
    expect(read('You must be a registered nurse with a year of practice preferable in a surgical setting.')).toEqual([
      ['You must be a registered nurse with a year of practice', 'essential'],
      ['preferable in a surgical setting', 'desirable'],
    ]);
    expect(read('Knowledge of coding and audit would be preferable for this role.')).toEqual([
      ['Knowledge of coding and audit would be preferable for this role', 'desirable'],
    ]);
  });

  it('ends a hedged part at a verb the subject shares, at its bracket, and before a concession', () => {
    expect(
      read('You will have worked in outpatients, ideally within a teaching hospital, and have a calm manner.'),
    ).toEqual([
      ['You will have worked in outpatients', 'essential'],
      ['ideally within a teaching hospital', 'desirable'],
      ['have a calm manner', 'essential'],
    ]);
    expect(read('You will have a degree (preferably in nutrition) and good IT skills.')).toEqual([
      ['You will have a degree', 'essential'],
      ['preferably in nutrition', 'desirable'],
      ['good IT skills', 'essential'],
    ]);
    expect(
      read('You should have ward experience, ideally at least a year, but newly qualified staff are welcome.'),
    ).toEqual([
      ['You should have ward experience', 'essential'],
      ['ideally at least a year', 'desirable'],
    ]);
    // After "ideally have …" the verbs that follow are hedged as well.
    expect(read('You will be an OT, ideally have completed sensory training and have knowledge of splints.')).toEqual([
      ['You will be an OT', 'essential'],
      ['ideally have completed sensory training and have knowledge of splints', 'desirable'],
    ]);
  });

  it('keeps a clause closed by "is essential" apart from a "must" clause after it, not from another level word', () => {
    expect(read('Neat record keeping and clear written skills are essential and you must drive to clinics.')).toEqual([
      ['Neat record keeping and clear written skills are essential', 'essential'],
      ['you must drive to clinics', 'essential'],
    ]);
    expect(read('Knowledge of spreadsheets is desirable and experience of audit would be useful too.')).toEqual([
      ['Knowledge of spreadsheets is desirable and experience of audit would be useful too', 'desirable'],
    ]);
  });

  it('starts a level statement after "and therefore"', () => {
    expect(read('You will visit homes across the county and therefore being a driver is essential.')).toEqual([
      ['being a driver is essential', 'essential'],
    ]);
  });
});

describe('requirements the hand rules pass over, read by the learned scorer', () => {
  it('reads a requirement stated without a verb, and not the employer’s own sentences around it', () => {
    expect(
      read(
        'Our team is committed to delivering high quality care. Previous experience of working with adults with learning disabilities. We offer free parking.',
      ),
    ).toEqual([['Previous experience of working with adults with learning disabilities', 'essential']]);
  });

  it('leaves a list item to the list’s own reading', () => {
    const text = 'Previous experience of working with adults with learning disabilities.';
    expect(proseCriteria(text, { listItem: true })).toEqual([]);
  });
});
