/**
 * Messages of the 'casefile' feature: the problems `parseCaseFile` reports, one key per stable error
 * `code` (`casefile.<code>`), interpolated with the error's `params`. The path is shown next to the
 * text as the file spells it (`scenarios[0].lines[2].personId`). The `expected` param of `invalidType`
 * is a language-neutral token, translated through i18next nesting (`$t(casefile.types.{{expected}})`).
 * Keep nl and en in the same shape.
 */
export const nl = {
  casefile: {
    notText: 'Het bestand is geen tekst.',
    tooLarge: 'Het bestand is te groot (maximaal {{maxMegabytes}} MB).',
    invalidJson: 'Het bestand is geen geldige JSON: de fout zit op regel {{line}}, kolom {{column}}.',
    notAnObject: 'Het bestand bevat geen casusbestand (verwacht een JSON-object).',
    wrongFormat: 'Dit is geen Maatwerk-casusbestand (format moet "{{expected}}" zijn).',
    invalidVersion: 'De formaatversie ontbreekt of is geen positief geheel getal.',
    unsupportedVersion:
      'Dit bestand heeft formaatversie {{version}}; deze versie van Maatwerk kent versie {{latest}} en ouder. Werk Maatwerk bij om het te openen.',
    migrationFailed: 'Het bijwerken van versie {{from}} naar {{to}} is mislukt: {{detail}}',
    migrationMissing:
      'Het bijwerken van versie {{from}} naar {{to}} is mislukt: deze versie van Maatwerk kan dat niet. Werk Maatwerk bij om het bestand te openen.',
    migrationWrongVersion:
      'Het bijwerken van versie {{from}} naar {{to}} is mislukt: de stap "{{name}}" gaf geen bestand met formaatversie {{to}}.',
    required: 'Dit veld ontbreekt.',
    invalidType: 'Verkeerd soort waarde (verwacht: $t(casefile.types.{{expected}})).',
    notInteger: 'Moet een geheel getal zijn.',
    unknownKey: 'Onbekend veld "{{key}}".',
    invalidOption: 'Ongeldige waarde; toegestaan: {{options}}.',
    tooSmall: 'Moet minstens {{minimum}} zijn.',
    tooBig: 'Mag hoogstens {{maximum}} zijn.',
    empty: 'Mag niet leeg zijn.',
    tooLong: 'Te lang (hoogstens {{maximum}} tekens).',
    tooFew: 'Minstens {{minimum}} nodig.',
    tooMany: 'Hoogstens {{maximum}} toegestaan.',
    invalidDate: 'Geen geldige datum (verwacht JJJJ-MM-DD, een bestaande dag).',
    invalidDateTime: 'Geen geldig tijdstip (verwacht bijvoorbeeld 2026-01-31T09:30:00Z).',
    invalidId:
      'Ongeldige id (letters, cijfers, punt, dubbele punt, liggend streepje of koppelteken; hoogstens 100 tekens).',
    invalidCents:
      'Ongeldig bedrag: een bedrag in euro is niet negatief en heeft hoogstens twee cijfers achter de komma (bijvoorbeeld € 21,80).',
    invalidBsn: 'Ongeldig BSN (voldoet niet aan de elfproef).',
    endBeforeStart: 'De einddatum ligt vóór de begindatum ({{start}}).',
    duplicateId: 'De id "{{id}}" komt meer dan eens voor.',
    unknownPerson: 'Er is geen lid van het huishouden met id "{{id}}".',
    unknownCarer: 'Er is geen mantelzorger met id "{{id}}".',
    unknownProvision: 'Onbekende voorziening "{{id}}": die staat niet in de catalogus.',
    unknownLine: 'Er is geen regel met id "{{id}}" in dit scenario.',
    carerRequired: 'Een regel met leveringsvorm "{{deliveryForm}}" moet een mantelzorger noemen.',
    tooManyOfRole: 'Een huishouden heeft hoogstens {{maximum}} lid met de rol "{{role}}".',
    historyOrder: 'Eerdere metingen moeten op datum staan, oudste eerst, en vóór de huidige meting.',
    seriesOrder: 'Gedateerde waarden moeten op datum staan, oudste eerst, zonder dubbele datums.',
    overlappingTariff:
      'Dit tarief overlapt in tijd met een ander tarief voor {{provisionId}} ({{deliveryForm}}).',
    duplicateBudget: 'Er is al een budget voor {{line}} in {{year}}.',
    // Number-neutral, so one and many read right (shared/case-file/errors.ts says the same).
    tooManyErrors: 'Nog meer problemen, niet getoond: {{count}}.',
    invalidValue: 'Ongeldige waarde.',
    invisibleText:
      'Bevat alleen onzichtbare tekens, of stuurtekens (zoals NUL, een richtingsteken of een losse surrogaat). Typ de tekst opnieuw.',
    volumeTooBig:
      'Hoogstens {{maximum}} $t(casefile.units.{{unit}}) $t(casefile.frequencies.{{frequency}}): meer kan in die tijd niet worden geleverd.',
    bornInFuture: 'De geboortedatum ligt in de toekomst (na {{date}}).',
    bornAfterScenarios:
      'Geboren na de laatste maand van elk scenario ({{month}}): deze persoon telt in geen enkele doorgerekende maand mee. Controleer het geboortejaar.',
    beforeSupported:
      'Dit scenario begint vóór 1 januari {{firstYear}}. Maatwerk rekent vanaf die datum (Wmo 2015, Jeugdwet, Participatiewet en Wlz); de regelingen van daarvóór (AWBZ, WWB) zijn niet opgenomen. Laat het scenario op of na 1 januari {{firstYear}} beginnen.',
    beforeBirth:
      '$t(casefile.fields.{{field}}) ligt vóór de geboortedatum ({{birthDate}}). Controleer beide datums.',
    fields: {
      wlzIndication: 'De ingangsdatum van de Wlz-indicatie',
      zrmAssessment: 'De datum van de ZRM-meting',
      zrmHistory: 'De datum van een eerdere ZRM-meting',
      scenarioWlzIndication: 'De ingangsdatum van de Wlz-indicatie in dit scenario',
    },
    units: {
      minute: 'minuten',
      hour: 'uur',
      dagdeel: 'dagdelen',
      etmaal: 'etmalen',
      piece: 'stuks',
      euro: 'euro',
    },
    frequencies: { week: 'per week', month: 'per maand', total: 'in totaal' },
    types: {
      string: 'tekst',
      number: 'getal',
      int: 'geheel getal',
      boolean: 'ja/nee (true/false)',
      object: 'object',
      array: 'lijst',
      record: 'object',
      null: 'null',
      value: 'een andere waarde',
    },
  },
}

export const en: typeof nl = {
  casefile: {
    notText: 'The file is not text.',
    tooLarge: 'The file is too large (at most {{maxMegabytes}} MB).',
    invalidJson: 'The file is not valid JSON: the error is at line {{line}}, column {{column}}.',
    notAnObject: 'The file does not contain a case file (expected a JSON object).',
    wrongFormat: 'This is not a Maatwerk case file (format must be "{{expected}}").',
    invalidVersion: 'The format version is missing or not a positive whole number.',
    unsupportedVersion:
      'This file has format version {{version}}; this version of Maatwerk knows version {{latest}} and older. Update Maatwerk to open it.',
    migrationFailed: 'Upgrading from version {{from}} to {{to}} failed: {{detail}}',
    migrationMissing:
      'Upgrading from version {{from}} to {{to}} failed: this version of Maatwerk cannot do that. Update Maatwerk to open the file.',
    migrationWrongVersion:
      'Upgrading from version {{from}} to {{to}} failed: the step "{{name}}" did not produce a file with format version {{to}}.',
    required: 'This field is missing.',
    invalidType: 'Wrong kind of value (expected: $t(casefile.types.{{expected}})).',
    notInteger: 'Must be a whole number.',
    unknownKey: 'Unknown field "{{key}}".',
    invalidOption: 'Invalid value; allowed: {{options}}.',
    tooSmall: 'Must be at least {{minimum}}.',
    tooBig: 'May be at most {{maximum}}.',
    empty: 'Must not be empty.',
    tooLong: 'Too long (at most {{maximum}} characters).',
    tooFew: 'At least {{minimum}} needed.',
    tooMany: 'At most {{maximum}} allowed.',
    invalidDate: 'Not a valid date (expected YYYY-MM-DD, a day that exists).',
    invalidDateTime: 'Not a valid timestamp (expected e.g. 2026-01-31T09:30:00Z).',
    invalidId: 'Invalid id (letters, digits, dot, colon, underscore or hyphen; at most 100 characters).',
    invalidCents:
      'Invalid amount: an amount in euros is not negative and has at most two decimals (for example € 21.80).',
    invalidBsn: 'Invalid BSN (fails the elfproef check).',
    endBeforeStart: 'The end date is before the start date ({{start}}).',
    duplicateId: 'The id "{{id}}" occurs more than once.',
    unknownPerson: 'There is no household member with id "{{id}}".',
    unknownCarer: 'There is no carer with id "{{id}}".',
    unknownProvision: 'Unknown provision "{{id}}": it is not in the catalogue.',
    unknownLine: 'There is no line with id "{{id}}" in this scenario.',
    carerRequired: 'A line with delivery form "{{deliveryForm}}" must name a carer.',
    tooManyOfRole: 'A household has at most {{maximum}} member with the role "{{role}}".',
    historyOrder: 'Earlier assessments must be in date order, oldest first, and before the current one.',
    seriesOrder: 'Dated values must be in date order, oldest first, without repeated dates.',
    overlappingTariff:
      'This tariff overlaps in time with another tariff for {{provisionId}} ({{deliveryForm}}).',
    duplicateBudget: 'There is already a budget for {{line}} in {{year}}.',
    tooManyErrors: 'More problems, not shown: {{count}}.',
    invalidValue: 'Invalid value.',
    invisibleText:
      'Contains only invisible characters, or control characters (such as NUL, a direction override or a lone surrogate). Type the text again.',
    volumeTooBig:
      'At most {{maximum}} $t(casefile.units.{{unit}}) $t(casefile.frequencies.{{frequency}}): no more can be delivered in that time.',
    bornInFuture: 'The date of birth lies in the future (after {{date}}).',
    bornAfterScenarios:
      'Born after the last month of every scenario ({{month}}): this person counts in no month that is computed. Check the year of birth.',
    beforeSupported:
      'This scenario starts before 1 January {{firstYear}}. Maatwerk calculates from that date (Wmo 2015, Jeugdwet, Participatiewet and Wlz); the schemes before then (AWBZ, WWB) are not included. Let the scenario start on or after 1 January {{firstYear}}.',
    beforeBirth:
      '$t(casefile.fields.{{field}}) lies before the date of birth ({{birthDate}}). Check both dates.',
    fields: {
      wlzIndication: 'The start date of the Wlz indication',
      zrmAssessment: 'The date of the ZRM assessment',
      zrmHistory: 'The date of an earlier ZRM assessment',
      scenarioWlzIndication: 'The start date of the Wlz indication in this scenario',
    },
    units: {
      minute: 'minutes',
      hour: 'hours',
      dagdeel: 'dagdelen (half days)',
      etmaal: 'etmalen (24 hours)',
      piece: 'pieces',
      euro: 'euros',
    },
    frequencies: { week: 'per week', month: 'per month', total: 'in total' },
    types: {
      string: 'text',
      number: 'number',
      int: 'whole number',
      boolean: 'yes/no (true/false)',
      object: 'object',
      array: 'list',
      record: 'object',
      null: 'null',
      value: 'another value',
    },
  },
}
