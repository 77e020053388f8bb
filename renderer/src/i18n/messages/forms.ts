/**
 * Messages of the form toolkit (views/common): what a form says about text it cannot read as a value.
 * The rules a value must meet speak the case file's words (`casefile.<code>`); these are only the
 * input codes a form adds, and the carer form's fields of the network tab. Keep nl and en in the same shape.
 */
export const nl = {
  forms: {
    date: 'Geen geldige datum (dd-mm-jjjj).',
    dateFuture: 'Deze datum ligt in de toekomst.',
    dateTooOld: 'Deze datum ligt vóór 1900.',
    amount: 'Geen geldig bedrag (bijvoorbeeld 1.234,56).',
    number: 'Geen getal (bijvoorbeeld 7,5).',
    notSaved: 'Niet opgeslagen: verbeter eerst de gemarkeerde velden.',
    notApplied: 'Niet toegepast: verbeter eerst de gemarkeerde velden.',
    textTooShort: 'Vul minstens {{minimum}} tekens in.',
    characters: "Gebruik alleen letters, cijfers, spaties en . , ' - _ /.",
    procedureFuture: 'Ligt na vandaag; leg alleen vast wat al is gebeurd. Er is niets opgeslagen.',
    procedureBefore: 'Deze datum kan niet vóór {{procedureStep}} ({{date}}) liggen. Er is niets opgeslagen.',
    municipalityCode: 'De CBS-code heeft de vorm GM gevolgd door vier cijfers (bijvoorbeeld GM0363).',
    wholeEuros: 'Een heel bedrag in euro, zonder cijfers achter de komma (bijvoorbeeld 14.500.000).',
    evaluationBeforeStart:
      'De evaluatie kan niet vóór de start van het arrangement ({{date}}) liggen. Er is niets opgeslagen.',
  },
  carerForm: {
    ageGroup: 'Leeftijdsgroep',
    ageGroupUnknown: 'Onbekend',
    ageGroupColumn: 'Leeftijd',
    ageGroups: {
      'under-18': 'Jonger dan 18 (jonge mantelzorger)',
      '18-24': '18 tot 25 (jonge mantelzorger)',
      '25-64': '25 tot 65',
      '65-74': '65 tot 75',
      '75-plus': '75 of ouder',
    },
    hoursToday: 'Geeft nu (uur per week)',
    hoursTodayHelp: 'De zorg die deze mantelzorger vandaag al geeft, zonder de nieuwe ondersteuning.',
    hoursTodayColumn: 'Geeft nu',
    burdenColumn: 'EDIZ-plus',
    change: '{{change}} t.o.v. nu',
    todayLine: '{{name}} — geeft nu',
  },
}

export const en: typeof nl = {
  forms: {
    date: 'Not a valid date (dd-mm-yyyy).',
    dateFuture: 'This date is in the future.',
    dateTooOld: 'This date is before 1900.',
    amount: 'Not a valid amount (for example 1,234.56).',
    number: 'Not a number (for example 7.5).',
    notSaved: 'Not saved: first correct the marked fields.',
    notApplied: 'Not applied: first correct the marked fields.',
    textTooShort: 'Enter at least {{minimum}} characters.',
    characters: "Use only letters, digits, spaces and . , ' - _ /.",
    procedureFuture: 'Is after today; record only what has happened. Nothing was saved.',
    procedureBefore: 'This date cannot lie before {{procedureStep}} ({{date}}). Nothing was saved.',
    municipalityCode: 'The CBS code is GM followed by four digits (for example GM0363).',
    wholeEuros: 'A whole amount in euros, with nothing after the decimal point (for example 14,500,000).',
    evaluationBeforeStart:
      'The evaluation cannot lie before the start of the arrangement ({{date}}). Nothing was saved.',
  },
  carerForm: {
    ageGroup: 'Age group',
    ageGroupUnknown: 'Unknown',
    ageGroupColumn: 'Age',
    ageGroups: {
      'under-18': 'Under 18 (young carer)',
      '18-24': '18 to 24 (young carer)',
      '25-64': '25 to 64',
      '65-74': '65 to 74',
      '75-plus': '75 or older',
    },
    hoursToday: 'Gives today (hours per week)',
    hoursTodayHelp: 'The care this carer already gives today, without the new support.',
    hoursTodayColumn: 'Gives today',
    burdenColumn: 'EDIZ-plus',
    change: '{{change}} compared with today',
    todayLine: '{{name}} — gives today',
  },
}
