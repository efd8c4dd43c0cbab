import { describe, expect, it } from 'vitest';
import {
  opensAsRequirement,
  opensWithDuty,
  statesWish,
  wishesForBenefit,
} from '../../../../../src/core/extract/free-text/item-kinds';
import { readsAsRequirement, requirementLevel } from '../../../../../src/core/extract/free-text/requirement-sentence';

describe('requirement sentences in prose', () => {
  it.each([
    ['You will have a degree in occupational therapy and current HCPC registration.', 'essential'],
    ['The successful candidate must be able to drive between our three clinics.', 'essential'],
    ['Applicants should hold a level 3 qualification in health and social care.', 'essential'],
    ['You’ll be a confident communicator who enjoys working with families.', 'essential'],
    ['Ideally, you will also have worked in a community team.', 'desirable'],
    ['Candidates will preferably hold a mentorship qualification.', 'desirable'],
    ['The person we are looking for will have a calm manner and good judgement.', 'essential'],
    ['Successful candidates will be required to undergo an enhanced DBS check.', 'essential'],
    ['You will be required to complete a DBS check before you start.', 'essential'],
    ['Successful applicants will be asked to provide a basic disclosure.', 'essential'],
    ['Candidates for the post must be registered with the GMC.', 'essential'],
    ['The post holder will be expected to cover clinics and have a sound knowledge of diabetes.', 'essential'],
    ['All care assistants must either be a student nurse or hold a care certificate.', 'essential'],
  ] as const)('the applicant asked to have or be something: "%s"', (sentence, level) => {
    expect(requirementLevel(sentence)).toBe(level);
  });

  it.each([
    'You will have access to a generous pension and study leave.',
    'You will have a key role in shaping the new service.',
    'You will be based at the town hospital with occasional travel.',
    'You will be supported by an experienced preceptor.',
    'You will be working alongside two senior therapists.',
    'The post holder will be a key member of the discharge team.',
    'You will be responsible for a caseload of thirty patients.',
    'We want you to be the best you can be.',
    'Clinics are run by the post holder with support from the team lead.',
    'You will be able to develop your leadership skills with us.',
    'You are required to attend mandatory training in your first month.',
    'You will be required to complete the induction programme.',
    'You will provide screening and vaccination clinics for new mothers.',
    'Applications must be submitted by the closing date.',
  ])('what the post gives or what the job is, not a requirement: "%s"', (sentence) => {
    expect(requirementLevel(sentence)).toBeNull();
  });

  it('reads how the applicant is asked to work as a requirement, and where or when they work as the post', () => {
    expect(requirementLevel('The post holder will be expected to work on their own initiative.')).toBe('essential');
    expect(requirementLevel('You will be required to work accurately and to tight deadlines.')).toBe('essential');
    expect(requirementLevel('Candidates will need to work well with the night staff.')).toBe('essential');
    expect(requirementLevel('You will work independently across the two wards.')).toBeNull();
    expect(requirementLevel('You will be expected to work weekends and bank holidays.')).toBeNull();
  });

  it('reads "if you are an experienced [role]" as asking for experience, whatever invitation follows', () => {
    expect(requirementLevel('If you are an experienced radiographer, we would love to hear from you.')).toBe(
      'essential',
    );
    expect(requirementLevel('If you are a calm, experienced receptionist then please apply online.')).toBe('essential');
    expect(requirementLevel('If you are interested in this post, we would love to hear from you.')).toBeNull();
  });

  it('reads someone sought by what they hold, not by adjectives alone', () => {
    expect(requirementLevel('We are looking for a physiotherapist with experience of hand therapy.')).toBe('essential');
    expect(requirementLevel('We are seeking someone who has worked in a busy outpatient clinic.')).toBe('essential');
    expect(
      requirementLevel('We are looking for an enthusiastic and caring nurse to join our friendly ward.'),
    ).toBeNull();
    expect(requirementLevel('We are searching for carers who share our values of kindness and respect.')).toBe(
      'essential',
    );
    expect(requirementLevel('We are seeking a porter who will embrace the ethos of the hospital.')).toBe('essential');
    expect(requirementLevel('Our staff share a commitment to the people we support.')).toBeNull();
    // The person sought ends where the pitch starts: "experienced" here describes the team.
    expect(requirementLevel('We are looking for a new analyst to join our experienced team.')).toBeNull();
  });

  it('reads someone sought by what a clause of their own says they can do or are', () => {
    expect(requirementLevel('We need someone who can calm a frightened child.')).toBe('essential');
    expect(requirementLevel('We are looking for porters that can lift heavy loads safely.')).toBe('essential');
    expect(requirementLevel('We need a coordinator who is happy to work flexibly.')).toBe('essential');
    expect(requirementLevel('We look for carers who are willing to travel.')).toBe('essential');
    expect(requirementLevel('The surgery seeks two receptionists who can speak Polish.')).toBe('essential');
    // Adjectives alone, the post's part and the applicant's own search ask nothing.
    expect(requirementLevel('We are looking for a clerk who is cheerful, kind and compassionate.')).toBeNull();
    expect(requirementLevel('We are looking for a planner who can support the ward manager.')).toBeNull();
    expect(requirementLevel('We are seeking people who can really contribute to the unit.')).toBeNull();
    expect(requirementLevel('We are seeking an analyst who can lead on the new rota tool.')).toBeNull();
    expect(requirementLevel('If you are looking for hours that can fit your family, do apply.')).toBeNull();
    expect(requirementLevel('Our model of care seeks to give families a voice.')).toBeNull();
  });

  it('reads what is asked after the importance is put first', () => {
    expect(requirementLevel('More important is a willingness to learn.')).toBe('essential');
    expect(requirementLevel('Equally important will be your eye for detail.')).toBe('essential');
    expect(requirementLevel('What matters most is that you listen to patients.')).toBe('essential');
    expect(requirementLevel('What is most important to us is that our porters are punctual.')).toBe('essential');
    expect(requirementLevel('Key to the post is sound knowledge of payroll rules.')).toBe('essential');
    expect(requirementLevel("It's your patience and humour that's important.")).toBe('essential');
    // The employer's own aims and how to apply ask nothing.
    expect(requirementLevel('Equally important is our commitment to staff training.')).toBeNull();
    expect(requirementLevel('Key is the pursuit of excellence in patient experience.')).toBeNull();
    expect(requirementLevel('What matters to us is the safety of the ward.')).toBeNull();
  });

  it('reads level statements only when their own clause names what is asked', () => {
    expect(requirementLevel('Experience of working with older people is essential.')).toBe('essential');
    expect(requirementLevel('Knowledge of the local services would also be beneficial.')).toBe('desirable');
    expect(requirementLevel('A full driving licence is required for this post.')).toBe('essential');
    expect(requirementLevel('Sessions run weekly and full participation is mandatory.')).toBeNull();
    expect(requirementLevel('The post holder will be required to cover the weekend rota.')).toBeNull();
    expect(requirementLevel('Teamwork is essential on a busy ward.')).toBeNull();
  });

  it('reads who may apply and what a post suits', () => {
    expect(requirementLevel('This post is not suitable for newly qualified staff.')).toBe('essential');
    expect(requirementLevel('Internal applicants only.')).toBe('essential');
    expect(requirementLevel('Applicants without a relevant degree will not be shortlisted.')).toBe('essential');
    expect(requirementLevel('This role would suit someone with a background in community nursing.')).toBe('essential');
    expect(requirementLevel('We are unable to offer sponsorship for this role.')).toBe('essential');
  });

  it('reads an item in the imperative', () => {
    expect(requirementLevel('Be able to work flexibly across the week')).toBe('essential');
    expect(requirementLevel('Have good keyboard skills')).toBe('essential');
    expect(requirementLevel('Be part of our award-winning team')).toBeNull();
  });

  it('leaves questions, how to apply and the offer alone', () => {
    expect(requirementLevel('Do you have experience of working in a GP surgery?')).toBeNull();
    expect(requirementLevel('Please ensure your application shows how you meet each criterion.')).toBeNull();
    expect(requirementLevel('In return you will receive full training and a competitive salary.')).toBeNull();
    expect(requirementLevel('We welcome applications from newly qualified nurses.')).toBeNull();
    expect(requirementLevel('Previous experience is not essential as full training is given.')).toBeNull();
  });

  it('keeps a hedged requirement that mentions the training offered', () => {
    expect(requirementLevel('Experience of phlebotomy would be an advantage but full training will be given.')).toBe(
      'desirable',
    );
  });
});

describe('sentences and items inside a specification', () => {
  it('takes a sentence that names what an applicant holds, but not the employer’s description', () => {
    expect(readsAsRequirement('Knowledge of infection control procedures.')).toBe(true);
    expect(readsAsRequirement('The team has a long track record of research.')).toBe(false);
    expect(readsAsRequirement('Full training will be provided.')).toBe(false);
  });

  it('tells duties from requirements by the verb an item opens with', () => {
    expect(opensWithDuty('Ensure that patient records are kept up to date')).toBe(true);
    expect(opensWithDuty('To support the ward manager with rosters')).toBe(true);
    expect(opensWithDuty('Work well under pressure')).toBe(false); // how well: an ability
    expect(opensWithDuty('Managing a Quality Service')).toBe(false); // the name of a competency
    expect(opensWithDuty('Experience of supporting adults with autism')).toBe(false);
  });

  it('knows an item that opens as a requirement does', () => {
    expect(opensAsRequirement('Experience of working in theatres')).toBe(true);
    expect(opensAsRequirement('Good knowledge of the Mental Health Act')).toBe(true);
    expect(opensAsRequirement('Able to work independently')).toBe(true);
    expect(opensAsRequirement('Free parking on site')).toBe(false);
  });

  it('reads the applicant’s wishes: not essential, and no criterion when they are for a benefit', () => {
    expect(statesWish('want to make a difference to patients’ lives')).toBe(true);
    expect(wishesForBenefit('want to make a difference to patients’ lives')).toBe(false);
    expect(wishesForBenefit('interested in a secure job with a good pension')).toBe(true);
    expect(statesWish('Experience of audit')).toBe(false);
  });
});
