// Example: Riverside Family Clinic, a family practice whose patients fall into four segments with
// different needs; insurers, Medicare and parents often pay for someone else's care.
import type { ExampleSpec } from './build';

type Key = 'reliable' | 'noshow' | 'acuity' | 'questions';

export const RIVERSIDE: ExampleSpec<Key> = {
  name: 'Example: Riverside Family Clinic (healthcare)',
  archetype: 'segmented',
  segments: [
    {
      key: 'reliable',
      name: 'Reliable routine patients',
      description:
        'Insured adults and families who book check-ups and follow-ups weeks ahead, arrive on time, and stay with the practice for years if they can book online and see the same doctor',
      kind: 'b2c',
      buyer: 'Their health insurer pays most of each visit; the patient pays the co-pay',
      user: 'The patient, often booking for the whole family',
      priority: 'primary',
      size: {
        count: 24000,
        unit: 'patients',
        tam: 14_000_000,
        sam: 6_500_000,
        som: 2_100_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Attend over 95% of booked appointments; book two to four weeks ahead; one to three visits a year.',
        },
        {
          basis: 'needs-based',
          description:
            'Need prevention and continuity: check-ups, screenings, vaccinations and the same doctor each time.',
        },
        {
          basis: 'channel-based',
          description:
            'Prefer to book online and read results in the portal rather than phone the front desk.',
        },
      ],
      template: {
        job: 'Keep the whole family up to date on check-ups, screenings and vaccinations, with as little time off work as possible.',
        pain: '“Getting an appointment means calling at 8 a.m. and waiting on hold, and I never see the same doctor twice.”',
        outcome:
          'Appointments booked online in under two minutes; seen within 10 minutes of the booked time; the same doctor at least 80% of the time; results in the portal within two days.',
        signals:
          'Attendance above 95%; books online; reads portal messages; keeps the same doctor; up to date on screenings and vaccinations.',
        willingnessToPay:
          'Pays co-pays of $20–40 without friction, while the insurer pays $110–160 a visit. Value driver: convenience and continuity of care.',
        costToServe:
          'Low: predictable visits, few no-shows and little admin beyond billing. Easy to schedule and to keep.',
        operations:
          'Online booking with real-time slots; text reminders; visits that start on time; results in the portal within 48 hours; a named family doctor.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Book check-ups and follow-ups at times that fit around work and school',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'functional',
          text: 'Keep the family’s screenings and vaccinations up to date',
          importance: 4,
          frequency: 'rarely',
        },
        {
          kind: 'emotional',
          text: 'Feel known by a doctor who remembers their history',
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'obstacle',
          text: 'Phone queues at 8 a.m. and no way to book online',
          severity: 4,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'undesired-outcome',
          text: 'A different doctor every visit, and their history told all over again',
          severity: 3,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Waiting 30 minutes or more past the booked time',
          severity: 3,
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Online booking with real appointment times',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'Results and messages in the patient portal',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'One family doctor for everyone in the household',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Michelle Grant, working parent',
        quote:
          'I plan my family’s appointments weeks ahead. I just need them to happen when they’re booked.',
        demographics:
          '38, accountant, married with two children aged 6 and 10; insured through her employer; lives eight minutes from the clinic.',
        goals:
          'Annual check-ups for all four of them; vaccinations on schedule; as little time off work as possible.',
        barriers:
          'Phone-only booking; long waits in the waiting room; results sent by letter weeks later.',
        behaviours:
          'Books on her phone in the evening; uses the portal; reads every reminder; has been with the practice for six years.',
        channels:
          'Patient portal and app, text reminders, the clinic website, her insurer’s provider directory, recommendations from other parents.',
      },
      scores: { reach: 5, marketSize: 4, valueAlignment: 4, painDepth: 2, budget: 4 },
    },
    {
      key: 'noshow',
      name: 'Frequent no-shows',
      description:
        'Patients who missed two or more of their last six appointments, often shift workers or people without a car, for whom a timely reminder or a bus connection decides whether they come',
      kind: 'b2c',
      buyer: 'Medicaid or their insurer pays the visit',
      user: 'The patient',
      priority: 'secondary',
      size: {
        count: 6500,
        unit: 'patients',
        tam: 3_200_000,
        sam: 1_600_000,
        som: 450_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'behavioural',
          description:
            'Missed two or more of the last six appointments; cancel late or not at all.',
        },
        {
          basis: 'context-based',
          description:
            'Rotating shifts, no car or caring duties: whether they attend depends on the day.',
        },
        {
          basis: 'service-based',
          description:
            'Need text reminders, same-day or evening slots, and telehealth when getting there is the problem.',
        },
      ],
      template: {
        job: 'Get care when they need it without losing a shift’s pay or spending two hours on buses.',
        pain: '“I booked it three weeks ago, then my shift changed, and I couldn’t get through on the phone to cancel.”',
        outcome:
          'No-show rate for this group down from 30% to under 12%; every freed slot refilled the same day; chronic follow-ups seen on time.',
        signals:
          'Two or more missed appointments in six months; bookings made weeks ahead despite changing shifts; no response to voicemail reminders; home far from a bus line.',
        willingnessToPay:
          'Little ability to pay: often Medicaid with little or no co-pay. Value driver: flexibility and not losing wages. A missed-appointment fee would deter some and drive others away.',
        costToServe:
          'High: each no-show is a lost $130 slot plus admin time, and outreach takes more reminders. Partly offset by a short-notice waitlist and predicting which slots to double-book.',
        operations:
          'Two-way text reminders 72 and 24 hours ahead with one-tap cancel; same-day and evening slots; telehealth for follow-ups; a short-notice waitlist to refill slots; ride vouchers through a transport partner.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Fit a doctor’s visit around shifts that change every week',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Cancel or move an appointment quickly when plans change',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'emotional',
          text: 'Avoid feeling judged for missing appointments',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'obstacle',
          text: 'Shifts and transport make a booked time hard to keep',
          severity: 5,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'obstacle',
          text: 'Cancelling means phoning during their own working hours',
          severity: 4,
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'risk',
          text: 'Being charged a fee or dropped by the practice after missed visits',
          severity: 4,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'Cancel or rebook by replying to a text',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'Evening, weekend and same-day appointments',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Telehealth for follow-ups that don’t need an examination',
          relevance: 'important',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Darnell Hughes, warehouse shift worker',
        quote: 'I want to come in. I just can’t know three weeks ahead which shift I’m on.',
        demographics:
          '29, warehouse picker on rotating shifts, no car; covered by Medicaid; 40 minutes from the clinic by bus; has asthma.',
        goals:
          'Keep his asthma under control; stop losing shifts to appointments; get refills without a visit when he can.',
        barriers:
          'The rota comes out one week ahead; the phone lines are open only during his shifts; two buses each way.',
        behaviours:
          'Replies to texts but never to voicemail; books when symptoms flare; skips routine follow-ups.',
        channels:
          'Text messages, the clinic’s walk-in hours, the community health worker at the local food bank, outreach from his Medicaid plan.',
      },
      scores: { reach: 3, marketSize: 2, valueAlignment: 4, painDepth: 4, budget: 1 },
    },
    {
      key: 'acuity',
      name: 'High-acuity chronic patients',
      description:
        'Patients with two or more chronic conditions such as diabetes, COPD or heart failure, seen monthly or more, for whom coordinated care prevents costly hospital admissions',
      kind: 'b2c',
      buyer: 'Medicare or a Medicare Advantage plan, increasingly through value-based contracts',
      user: 'The patient, often supported by a family caregiver',
      priority: 'primary',
      size: {
        count: 7800,
        unit: 'patients',
        tam: 21_000_000,
        sam: 8_400_000,
        som: 2_600_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'needs-based',
          description:
            'Need ongoing management of several conditions, medication reviews and coordination with specialists.',
        },
        {
          basis: 'value-based',
          description:
            'Highest revenue per patient (over $1,100 a year) and the most upside from value-based contracts.',
        },
        {
          basis: 'service-based',
          description:
            'Need longer visits, a care coordinator, home monitoring and quick access when symptoms change.',
        },
        {
          basis: 'demographic',
          description:
            'Mostly over 65; many live alone or rely on a family member to get to appointments.',
        },
      ],
      template: {
        job: 'Keep several chronic conditions under control and stay out of hospital, with a care team that coordinates medicines, specialists and tests.',
        pain: '“Every specialist changes something, nobody talks to each other, and I end up in the ER because nobody noticed my numbers slipping.”',
        outcome:
          'Blood sugar and blood pressure within target for 70% of the group; 20% fewer avoidable admissions and ER visits; one care plan shared by every clinician.',
        signals:
          'Two or more chronic diagnoses; monthly visits or more; five or more regular medications; a recent hospital discharge; a caregiver listed as a contact.',
        willingnessToPay:
          'Paid mostly by Medicare and Medicare Advantage: visits plus monthly chronic care management fees of about $60–80 a patient, and shared savings under value-based contracts.',
        costToServe:
          'High: 30-minute visits, one care coordinator for every 150 patients, remote monitoring devices and liaison with specialists. Paid back through care management fees and shared savings.',
        operations:
          'A named care coordinator; longer appointments; remote monitoring with alerts; medicines reconciled after every discharge; same-day slots when symptoms change; a care plan shared with specialists.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Keep blood sugar, blood pressure and breathing under control day to day',
          importance: 5,
          frequency: 'constantly',
        },
        {
          kind: 'functional',
          text: 'Coordinate medicines and advice from several specialists',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel safe living independently at home',
          importance: 4,
          frequency: 'constantly',
        },
        {
          kind: 'social',
          text: 'Not be a burden on their family',
          importance: 3,
          frequency: 'often',
        },
      ],
      pains: [
        {
          kind: 'risk',
          text: 'A missed warning sign ends in an emergency admission',
          severity: 5,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Specialists and the clinic don’t share information',
          severity: 4,
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'undesired-outcome',
          text: 'Confusing, conflicting instructions about medicines',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'One care coordinator who knows their whole history',
          relevance: 'essential',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'expected',
          text: 'Same-day help when symptoms change',
          relevance: 'essential',
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'desired',
          text: 'Home monitoring that alerts the team before things get worse',
          relevance: 'important',
          importance: 4,
          frequency: 'constantly',
        },
      ],
      persona: {
        name: 'Walter Jensen, retired bus driver',
        quote: 'I see four doctors. I need one of them to know what the other three are doing.',
        demographics:
          '72, retired bus driver, widowed, lives alone; type 2 diabetes, COPD and high blood pressure; on a Medicare Advantage plan; his daughter helps with appointments.',
        goals:
          'Stay out of hospital; keep living in his own home; understand which pills to take, and when.',
        barriers:
          'Poor eyesight makes the portal hard to use; depends on his daughter for transport; conflicting instructions from specialists.',
        behaviours:
          'Phones rather than messages; keeps a paper list of his medicines; attends every appointment his daughter can drive him to.',
        channels:
          'Phone calls with his care coordinator, his daughter as caregiver, printed care plans, home visits, referrals on discharge from hospital.',
      },
      scores: { reach: 4, marketSize: 4, valueAlignment: 5, painDepth: 5, budget: 4 },
    },
    {
      key: 'questions',
      name: 'Patients with many pre-visit questions',
      description:
        'New parents and newly diagnosed patients who call or message several times before each visit to ask whether to come in, how urgent it is and what to bring, and value fast, reassuring answers',
      kind: 'b2c',
      buyer: 'A parent or guardian, with their insurer paying most of the visit',
      user: 'The child, or the newly diagnosed patient, being seen',
      priority: 'exploring',
      earlyAdopter: true,
      size: {
        count: 5200,
        unit: 'households',
        tam: 3_900_000,
        sam: 1_800_000,
        som: 600_000,
        currency: 'USD',
      },
      bases: [
        {
          basis: 'needs-based',
          description:
            'Need reassurance and triage before a visit: whether to come in, how urgent it is, what to prepare.',
        },
        {
          basis: 'behavioural',
          description:
            'Three or more calls or portal messages per visit, and heavy use of the after-hours line.',
        },
        {
          basis: 'psychographic',
          description:
            'Anxious and conscientious: want to do the right thing, and fear both over- and under-reacting.',
        },
        {
          basis: 'channel-based',
          description:
            'Would rather type a message at 10 p.m. than phone at 8 a.m.; comfortable with chat and the portal.',
        },
      ],
      template: {
        job: 'Decide quickly and confidently whether a symptom needs a visit, and arrive prepared when it does.',
        pain: '“It’s 9 p.m., my daughter has a fever, and I can’t tell whether this is the ER, a visit tomorrow, or nothing at all.”',
        outcome:
          'A nurse’s answer within two hours during the day; 30% fewer unnecessary visits and calls; parents who arrive with the right forms and information.',
        signals:
          'Three or more messages or calls before a visit; many after-hours calls; a first child or a new diagnosis; repeated questions about forms, vaccines and symptoms.',
        willingnessToPay:
          'Insurers rarely pay for phone triage. Value driver: peace of mind; early interviews suggest many would pay $10 a month for unlimited messaging and same-day telehealth.',
        costToServe:
          'High nursing and front-desk time: each call takes 6–10 minutes. Nurse-led messaging with templates and a good FAQ could halve it.',
        operations:
          'Nurse-staffed messaging with answers within two hours in the daytime; a symptom checker and pre-visit checklists; an after-hours triage line; short telehealth slots for reassurance.',
      },
      jobs: [
        {
          kind: 'functional',
          text: 'Find out quickly whether a symptom needs a visit',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'emotional',
          text: 'Feel reassured that they are doing the right thing for their child',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'functional',
          text: 'Know what to bring and how to prepare for an appointment',
          importance: 3,
          frequency: 'sometimes',
        },
        {
          kind: 'social',
          text: 'Be seen as a responsible parent, not an over-anxious one',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      pains: [
        {
          kind: 'risk',
          text: 'Missing something serious, or rushing to the ER for nothing',
          severity: 5,
          importance: 5,
          frequency: 'sometimes',
        },
        {
          kind: 'obstacle',
          text: 'Busy phone lines, and a nurse who calls back hours later',
          severity: 4,
          importance: 4,
          frequency: 'often',
        },
        {
          kind: 'undesired-outcome',
          text: 'Arriving without the right forms or records and having to rebook',
          severity: 2,
          importance: 3,
          frequency: 'rarely',
        },
      ],
      gains: [
        {
          kind: 'required',
          text: 'A clear answer from a nurse the same day',
          relevance: 'essential',
          importance: 5,
          frequency: 'often',
        },
        {
          kind: 'desired',
          text: 'Same-day telehealth for quick reassurance',
          relevance: 'important',
          importance: 4,
          frequency: 'sometimes',
        },
        {
          kind: 'expected',
          text: 'Pre-visit checklists and forms they can fill in online',
          relevance: 'useful',
          importance: 3,
          frequency: 'sometimes',
        },
      ],
      persona: {
        name: 'Aisha Bello, first-time mother',
        quote: 'I don’t want to waste the doctor’s time, but I’d rather ask than guess.',
        demographics:
          '30, teacher on maternity leave; first child, eight months old; covered by her husband’s employer plan; lives 12 minutes from the clinic.',
        goals:
          'Keep her baby healthy; know when a symptom is serious; avoid needless trips to the ER.',
        barriers:
          'Phone queues during the day; conflicting advice online; no family nearby to ask.',
        behaviours:
          'Searches symptoms late at night; messages through the portal several times a month; keeps notes on feeds and temperatures.',
        channels:
          'Portal messaging, the after-hours nurse line, parenting forums, the clinic website, the hospital maternity team’s recommendations.',
      },
      scores: { reach: 4, marketSize: 2, valueAlignment: 3, painDepth: 4, budget: 2 },
    },
  ],
  blocks: {
    'key-partners': [
      {
        text: 'Health insurers and Medicare Advantage plans (contracts and value-based incentives)',
        serves: ['reliable', 'acuity'],
      },
      {
        text: 'Riverside General Hospital: referrals, discharge summaries and specialists',
        serves: ['acuity'],
      },
      { text: 'Community transport service providing ride vouchers', serves: ['noshow'] },
      {
        text: 'Electronic health record and patient-portal vendor',
        colour: 'blue',
        serves: ['reliable', 'questions'],
      },
    ],
    'key-activities': [
      { text: 'Preventive care: check-ups, screenings and vaccinations', serves: ['reliable'] },
      {
        text: 'Running the schedule: online booking, reminders and same-day slots',
        serves: ['reliable', 'noshow'],
      },
      { text: 'Predicting no-shows and refilling slots from a waitlist', serves: ['noshow'] },
      {
        text: 'Chronic care management: care plans, monitoring and medication reviews',
        serves: ['acuity'],
      },
      { text: 'Nurse triage of portal messages and after-hours calls', serves: ['questions'] },
    ],
    'key-resources': [
      { text: 'Six family doctors, two nurse practitioners and four nurses', colour: 'purple' },
      { text: 'Care coordinators for chronic patients (one for every 150)', serves: ['acuity'] },
      {
        text: 'Patient portal, health records and two-way texting',
        serves: ['reliable', 'noshow', 'questions'],
      },
      { text: 'Twelve exam rooms and an on-site lab' },
    ],
    'value-propositions': [
      { text: 'Book online in two minutes and see your own doctor on time', serves: ['reliable'] },
      {
        text: 'Appointments that fit your shifts: cancel by text, evening slots and telehealth',
        serves: ['noshow'],
      },
      {
        text: 'One care coordinator who joins up your doctors, medicines and tests',
        serves: ['acuity'],
      },
      { text: 'Ask a nurse by message and get an answer the same day', serves: ['questions'] },
      {
        text: 'Fewer avoidable hospital admissions for the plans that insure our patients',
        colour: 'orange',
        serves: ['acuity'],
      },
    ],
    'customer-relationships': [
      {
        text: 'Continuity: a named family doctor for every patient',
        serves: ['reliable', 'acuity'],
      },
      {
        text: 'Two-way text reminders with one-tap rebooking',
        serves: ['noshow', 'reliable'],
      },
      { text: 'Personal care coordinator and monthly check-in calls', serves: ['acuity'] },
      { text: 'Nurse messaging service and after-hours line', serves: ['questions'] },
    ],
    channels: [
      {
        text: 'Patient portal and app: booking, results and messages',
        serves: ['reliable', 'questions'],
      },
      {
        text: 'Text messages for reminders, cancellations and waitlist offers',
        serves: ['noshow', 'reliable'],
      },
      { text: 'Community health workers and walk-in hours', serves: ['noshow'] },
      { text: 'Hospital discharge referrals and specialists’ letters', serves: ['acuity'] },
      {
        text: 'New-parent visits referred by the hospital maternity unit',
        serves: ['questions'],
      },
    ],
    'cost-structure': [
      { text: 'Clinical salaries: doctors, nurse practitioners and nurses', colour: 'pink' },
      { text: 'Front desk, billing and care coordination staff', colour: 'pink' },
      { text: 'Rent, equipment and medical supplies', colour: 'pink' },
      { text: 'Health record, portal and texting software', colour: 'pink' },
      { text: 'Empty slots after no-shows (about $400,000 a year)', colour: 'pink' },
    ],
    'revenue-streams': [
      {
        text: 'Insurance-billed visits: $110–160 a visit, fee for service',
        colour: 'green',
        serves: ['reliable', 'noshow', 'questions'],
        pricing: 'per-usage',
      },
      {
        text: 'Chronic care management fees, billed monthly for each enrolled patient',
        colour: 'green',
        serves: ['acuity'],
        pricing: 'subscription',
      },
      {
        text: 'Shared savings from value-based contracts with Medicare Advantage plans',
        colour: 'green',
        serves: ['acuity'],
        pricing: 'per-outcome',
      },
      {
        text: 'Family membership pilot: $10 a month for unlimited messaging and same-day telehealth',
        colour: 'green',
        serves: ['questions'],
        pricing: 'subscription',
      },
    ],
  },
};
