// Messages of issue 14: dates, the case's stage and what is missing, the caseload filters, first start
// and empty states. Top-level keys: 'dates', 'caseFlow', 'caseload'. Keep nl and en in the same shape.
export const nl = {
  dates: {
    placeholder: 'dd-mm-jjjj',
    format: 'Datum als dag-maand-jaar, bijvoorbeeld 05-03-2026.',
    pick: 'Datum kiezen uit de kalender',
  },
  caseFlow: {
    title: 'Stand van de casus',
    stageLabel: 'Fase',
    stages: {
      melding: 'Melding',
      onderzoek: 'Onderzoek (keukentafelgesprek)',
      aanvraag: 'Aanvraag',
      beschikking: 'Plan en beschikking',
      uitvoering: 'In uitvoering',
      evaluatie: 'Evaluatie',
      afgesloten: 'Afgesloten',
    },
    law: { wmo: 'Wmo 2015', jeugdwet: 'Jeugdwet' },
    missingTitle: 'Nog nodig voor de volgende stap',
    nothingMissing: 'Niets meer nodig voor de volgende stap.',
    missing: {
      'melding-date': 'Leg de datum van de melding vast',
      'no-members': 'Voeg de leden van het huishouden toe',
      'no-needs': 'Beoordeel de behoeften (ZRM) van ten minste één lid',
      'carer-consent': 'Leg toestemming vast van mantelzorger {{name}}',
      'onderzoek-date': 'Leg vast wanneer het onderzoek is afgerond',
      'aanvraag-date': 'Leg de datum van de aanvraag vast',
      'no-scenario': 'Stel een arrangement (scenario) op',
      'one-scenario': 'Stel een alternatief scenario op, zodat u kunt vergelijken en kiezen',
      'no-chosen': 'Vergelijk de scenario’s en kies een arrangement',
      'blocking-findings_one': 'Los {{count}} blokkerende bevinding op of leg vast waarom u ervan afwijkt',
      'blocking-findings_other':
        'Los {{count}} blokkerende bevindingen op of leg vast waarom u ervan afwijkt',
      'beschikking-date': 'Leg de datum van de beschikking vast',
      evaluation: 'Evalueer het arrangement (evaluatie gepland op {{date}})',
    },
    deadline: {
      onderzoek: 'Onderzoek uiterlijk {{date}}',
      beschikking: 'Beschikking uiterlijk {{date}}',
      basis: '{{law}} art. {{article}}',
      unverified: 'artikel niet geverifieerd',
      noOnderzoekTerm: 'Jeugdwet: geen wettelijke termijn voor het onderzoek (gemeentelijke verordening)',
      status: {
        met: 'op tijd',
        late: 'te laat',
        open: 'loopt',
        near: 'binnen een week',
        passed: 'verstreken',
      },
    },
    evaluation: {
      label: 'Evaluatie (herindicatie)',
      source: {
        set: 'vastgelegd',
        'line-end': 'einde van de eerste regel',
        default: 'standaard 12 maanden na de start (praktijk, geen wettelijke termijn)',
      },
    },
    evaluationDate: 'Evaluatiedatum (herindicatie)',
    evaluationHelp:
      'Leeg laten: het einde van de eerste regel die eindigt, anders 12 maanden na de start. Wmo en Jeugdwet schrijven geen termijn voor.',
  },
  caseload: {
    filtersTitle: 'Filters',
    stage: 'Fase',
    allStages: 'Alle fasen ({{count}})',
    stageOption: '{{stage}} ({{count}})',
    flags: {
      deadline: 'Termijn verstreken of binnen een week',
      evaluation: 'Evaluatie binnen 6 weken',
      blocking: 'Blokkerende bevindingen',
      overloaded: 'Overbelaste mantelzorger',
      transitions: 'Overgang binnen 6 maanden',
      'content-changed': 'Buiten Maatwerk gewijzigd',
    },
    flagCount: '{{label}} ({{count}})',
    clear: 'Filters wissen',
    shown_one: '{{shown}} van {{total}} huishouden',
    shown_other: '{{shown}} van {{total}} huishoudens',
    analysing: 'Casussen doorrekenen… {{done}} van {{total}}',
    noneMatch: 'Geen huishoudens voor deze filters.',
    columns: { stage: 'Fase', attention: 'Aandacht' },
    attention: {
      deadlinePassed: 'Termijn verstreken {{date}}',
      deadlineNear: 'Termijn {{date}}',
      evaluation: 'Evaluatie {{date}}',
      blocking_one: '{{count}} blokkerend',
      blocking_other: '{{count}} blokkerend',
      overloaded_one: '{{count}} overbelast',
      overloaded_other: '{{count}} overbelast',
      'turns-18': '{{name}} 18 op {{date}}',
      aow: '{{name}} AOW op {{date}}',
      'vrijlating-end': 'Vrijlating {{name}} eindigt {{date}}',
      contentChanged: 'Buiten Maatwerk gewijzigd: openen en controleren',
    },
    sort: { stage: 'Fase', deadline: 'Eerstvolgende termijn', evaluation: 'Evaluatiedatum' },
  },
  firstStart: {
    explain:
      'In Maatwerk legt u per huishouden de melding, de leden, hun behoeften en het netwerk vast, en stelt u arrangementen op die de app toetst aan Wmo, Jeugdwet en Participatiewet en doorrekent per betaler. Begin met “Nieuw huishouden” (of laad de voorbeelden om rond te kijken); bovenaan elke casus staat steeds wat er nog nodig is voor de volgende stap.',
  },
  emptyTabs: {
    needs:
      'Hier komt per lid de Zelfredzaamheid-Matrix: 13 domeinen met een score van 1 tot 5. Voeg eerst de leden van het huishouden toe.',
    needsAction: 'Naar Huishouden',
    network:
      'Hier komen de mantelzorgers en vrijwilligers: voor wie ze zorgen, hoeveel uur ze kunnen geven en of ze toestemming gaven.',
    arrangement:
      'Een arrangement is een scenario met regels uit de catalogus. Maak er een; de app stelt voor wat past bij de behoeften en het netwerk.',
    suggestionsTitle: 'Voorstel voor een eerste scenario',
    suggestionNeed: '{{name}}: {{domain}} (score {{score}}) → {{provision}}',
    suggestionCarer: 'Mantelzorg door {{name}} ({{hours}} uur per week haalbaar)',
    noSuggestions: 'Nog geen behoeften met score 1–2 of mantelzorgers vastgelegd; het scenario begint leeg.',
    createWithSuggestions: 'Scenario maken met dit voorstel',
    compare:
      'Hier zet u twee tot vijf scenario’s naast elkaar: kosten per betaler en jaar, bevindingen en de belasting van mantelzorgers. Maak eerst een scenario op het tabblad Arrangement.',
    compareOne:
      'Hier zet u twee tot vijf scenario’s naast elkaar. Er is nu één scenario; maak eerst een tweede scenario op het tabblad Arrangement.',
    whatIf:
      'Hier ziet u wat er gebeurt met kosten en bevindingen als u één knop van een scenario verschuift, zoals het tarief of de uren. Maak eerst een scenario op het tabblad Arrangement.',
    optimiser:
      'Hier stelt de app een goedkoopste passend arrangement voor bij de behoeften (ZRM-score 1 of 2). Er zijn nog geen behoeften vastgesteld; vul eerst de zelfredzaamheidsmatrix in op het tabblad Behoeften.',
    plan: 'Hier maakt u het ondersteuningsplan (pdf) en de vergelijking (spreadsheet) van een scenario. Maak eerst een scenario op het tabblad Arrangement.',
    toArrangement: 'Naar Arrangement',
    toNeeds: 'Naar Behoeften',
  },
}

export const en: typeof nl = {
  dates: {
    placeholder: 'dd-mm-yyyy',
    format: 'Date as day-month-year, for example 05-03-2026.',
    pick: 'Pick a date from the calendar',
  },
  caseFlow: {
    title: 'Where the case stands',
    stageLabel: 'Stage',
    stages: {
      melding: 'Report (melding)',
      onderzoek: 'Assessment (keukentafelgesprek)',
      aanvraag: 'Application (aanvraag)',
      beschikking: 'Plan and decision (beschikking)',
      uitvoering: 'In progress',
      evaluatie: 'Evaluation',
      afgesloten: 'Closed',
    },
    law: { wmo: 'Wmo 2015', jeugdwet: 'Jeugdwet' },
    missingTitle: 'Still needed for the next step',
    nothingMissing: 'Nothing more needed for the next step.',
    missing: {
      'melding-date': 'Record the date of the melding',
      'no-members': 'Add the members of the household',
      'no-needs': 'Assess the needs (ZRM) of at least one member',
      'carer-consent': 'Record the consent of carer {{name}}',
      'onderzoek-date': 'Record when the assessment was completed',
      'aanvraag-date': 'Record the date of the application',
      'no-scenario': 'Draw up an arrangement (scenario)',
      'one-scenario': 'Draw up an alternative scenario, so you can compare and choose',
      'no-chosen': 'Compare the scenarios and choose an arrangement',
      'blocking-findings_one': 'Resolve {{count}} blocking finding or record why you deviate from it',
      'blocking-findings_other': 'Resolve {{count}} blocking findings or record why you deviate from them',
      'beschikking-date': 'Record the date of the decision (beschikking)',
      evaluation: 'Evaluate the arrangement (evaluation planned on {{date}})',
    },
    deadline: {
      onderzoek: 'Assessment due by {{date}}',
      beschikking: 'Decision due by {{date}}',
      basis: '{{law}} art. {{article}}',
      unverified: 'article not verified',
      noOnderzoekTerm: 'Jeugdwet: no statutory term for the assessment (municipal regulation)',
      status: {
        met: 'on time',
        late: 'late',
        open: 'running',
        near: 'within a week',
        passed: 'passed',
      },
    },
    evaluation: {
      label: 'Evaluation (re-assessment)',
      source: {
        set: 'recorded',
        'line-end': 'end of the first line',
        default: 'default 12 months after the start (practice, no statutory term)',
      },
    },
    evaluationDate: 'Evaluation date (re-assessment)',
    evaluationHelp:
      'Leave empty: the end of the first line that ends, else 12 months after the start. Neither the Wmo nor the Jeugdwet sets a term.',
  },
  caseload: {
    filtersTitle: 'Filters',
    stage: 'Stage',
    allStages: 'All stages ({{count}})',
    stageOption: '{{stage}} ({{count}})',
    flags: {
      deadline: 'Deadline passed or within a week',
      evaluation: 'Evaluation within 6 weeks',
      blocking: 'Blocking findings',
      overloaded: 'Overloaded carer',
      transitions: 'Transition within 6 months',
      'content-changed': 'Changed outside Maatwerk',
    },
    flagCount: '{{label}} ({{count}})',
    clear: 'Clear filters',
    shown_one: '{{shown}} of {{total}} household',
    shown_other: '{{shown}} of {{total}} households',
    analysing: 'Analysing cases… {{done}} of {{total}}',
    noneMatch: 'No households for these filters.',
    columns: { stage: 'Stage', attention: 'Attention' },
    attention: {
      deadlinePassed: 'Deadline passed {{date}}',
      deadlineNear: 'Deadline {{date}}',
      evaluation: 'Evaluation {{date}}',
      blocking_one: '{{count}} blocking',
      blocking_other: '{{count}} blocking',
      overloaded_one: '{{count}} overloaded',
      overloaded_other: '{{count}} overloaded',
      'turns-18': '{{name}} turns 18 on {{date}}',
      aow: '{{name}} AOW on {{date}}',
      'vrijlating-end': 'Earnings exemption of {{name}} ends {{date}}',
      contentChanged: 'Changed outside Maatwerk: open and review',
    },
    sort: { stage: 'Stage', deadline: 'Next deadline', evaluation: 'Evaluation date' },
  },
  firstStart: {
    explain:
      'In Maatwerk you record, per household, the melding, the members, their needs and their network, and draw up arrangements that the app checks against the Wmo, Jeugdwet and Participatiewet and costs per payer. Start with “New household” (or load the examples to look around); the top of every case always shows what is still needed for the next step.',
  },
  emptyTabs: {
    needs:
      'Each member’s Self-Sufficiency Matrix goes here: 13 domains scored 1 to 5. First add the members of the household.',
    needsAction: 'Go to Household',
    network:
      'The carers and volunteers go here: whom they care for, how many hours they can give, and whether they consented.',
    arrangement:
      'An arrangement is a scenario of lines from the catalogue. Create one; the app suggests what fits the needs and the network.',
    suggestionsTitle: 'Suggestion for a first scenario',
    suggestionNeed: '{{name}}: {{domain}} (score {{score}}) → {{provision}}',
    suggestionCarer: 'Informal care by {{name}} ({{hours}} hours a week feasible)',
    noSuggestions: 'No needs scored 1–2 or carers recorded yet; the scenario starts empty.',
    createWithSuggestions: 'Create a scenario with this suggestion',
    compare:
      'Two to five scenarios go side by side here: cost per payer and year, findings and the load on carers. First create a scenario on the Arrangement tab.',
    compareOne:
      'Two to five scenarios go side by side here. There is one scenario now; first create a second scenario on the Arrangement tab.',
    whatIf:
      'Here you see what happens to cost and findings when you move one lever of a scenario, such as the tariff or the hours. First create a scenario on the Arrangement tab.',
    optimiser:
      'Here the app proposes the cheapest fitting arrangement for the needs (ZRM score 1 or 2). No needs are assessed yet; first fill in the Self-Sufficiency Matrix on the Needs tab.',
    plan: 'Here you make the support plan (PDF) and the comparison (spreadsheet) of a scenario. First create a scenario on the Arrangement tab.',
    toArrangement: 'Go to Arrangement',
    toNeeds: 'Go to Needs',
  },
}
