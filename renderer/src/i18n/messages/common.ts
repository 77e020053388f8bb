// Messages of the app frame.
export const nl = {
  app: {
    name: 'Maatwerk',
    tagline: 'Maatwerkarrangementen voor Wmo, Jeugdwet en Participatiewet',
    skipToContent: 'Naar de inhoud',
  },
  nav: {
    main: 'Hoofdmenu',
    cases: 'Casussen',
    portfolio: 'Portefeuille',
    catalogue: 'Catalogus en tarieven',
    settings: 'Instellingen',
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    languageHelp:
      'De taal van de app. Bedragen en getallen volgen de notatie van de taal (€ 1.234,56 of €1,234.56); een datum typt u in beide talen als dd-mm-jjjj.',
    languages: { nl: 'Nederlands', en: 'English' },
    municipality: 'Gemeenteprofiel',
    backups: 'Back-ups',
  },
  caseTabs: {
    household: 'Huishouden',
    needs: 'Behoeften',
    network: 'Netwerk',
    arrangement: 'Arrangement',
    compare: 'Vergelijken',
    whatIf: 'Wat als',
    optimiser: 'Voorstel',
    plan: 'Plan',
  },
  identity: {
    title: 'Wie werkt er met Maatwerk?',
    body: 'Het auditlogboek legt vast wie wat deed. Vul uw naam of personeelsnummer in; u kunt dit later wijzigen bij Instellingen.',
    label: 'Naam of personeelsnummer',
    save: 'Opslaan',
    current: 'Het logboek noteert nu: {{name}}. Apparaat-id: {{device}}.',
    tooShort: 'Vul minstens 2 tekens in.',
    tooLong: 'Gebruik hoogstens 60 tekens.',
    invalid: "Gebruik alleen letters, cijfers, spaties en . , ' - _ /.",
  },
  audit: {
    broken:
      'Het auditlogboek is buiten Maatwerk om gewijzigd of ingekort (vanaf regel {{seq}}). Meld dit als beveiligingsincident bij uw informatiebeveiliger.',
    reason: {
      entry: 'Een regel klopt niet met de sleutel van het logboek.',
      head: 'Het laatste punt van het logboek in de database ontbreekt of klopt niet.',
      sentinel: 'Het logboek is korter dan of anders dan wat buiten de database is vastgelegd.',
      backup: 'Het logboek past niet bij de nieuwste automatische back-up.',
    },
    keyUnavailable:
      'De sleutel van het auditlogboek kon niet worden gelezen. Het logboek kan nu niet worden gecontroleerd. Meld dit bij uw informatiebeveiliger.',
  },
  error: {
    title: 'Er ging iets mis',
    body: 'Dit scherm kon niet worden getoond. Uw gegevens zijn niet gewijzigd.',
    retry: 'Opnieuw proberen',
    home: 'Naar de casussen',
    details: 'Technische details',
  },
  common: {
    loading: 'Bezig met laden…',
    save: 'Opslaan',
    cancel: 'Annuleren',
    delete: 'Verwijderen',
    close: 'Sluiten',
    edit: 'Wijzigen',
    unverified: 'niet geverifieerd',
    example: 'voorbeeld',
  },
}
export const en: typeof nl = {
  app: {
    name: 'Maatwerk',
    tagline: 'Tailored care arrangements under the Wmo, Jeugdwet and Participatiewet',
    skipToContent: 'Skip to content',
  },
  nav: {
    main: 'Main menu',
    cases: 'Cases',
    portfolio: 'Portfolio',
    catalogue: 'Catalogue and tariffs',
    settings: 'Settings',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp:
      'The language of the app. Amounts and numbers follow the language’s notation (€ 1.234,56 or €1,234.56); a date is typed as dd-mm-yyyy in both languages.',
    languages: { nl: 'Nederlands', en: 'English' },
    municipality: 'Municipality profile',
    backups: 'Backups',
  },
  caseTabs: {
    household: 'Household',
    needs: 'Needs',
    network: 'Network',
    arrangement: 'Arrangement',
    compare: 'Compare',
    whatIf: 'What if',
    optimiser: 'Proposal',
    plan: 'Plan',
  },
  identity: {
    title: 'Who is working with Maatwerk?',
    body: 'The audit log records who did what. Enter your name or staff id; you can change it later in Settings.',
    label: 'Name or staff id',
    save: 'Save',
    current: 'The log now records: {{name}}. Device id: {{device}}.',
    tooShort: 'Enter at least 2 characters.',
    tooLong: 'Use at most 60 characters.',
    invalid: "Use only letters, digits, spaces and . , ' - _ /.",
  },
  audit: {
    broken:
      'The audit log was altered or shortened outside Maatwerk (from entry {{seq}}). Report this as a security incident to your information security officer.',
    reason: {
      entry: 'An entry does not match the log’s key.',
      head: 'The log’s last point in the database is missing or wrong.',
      sentinel: 'The log is shorter than, or different from, what was recorded outside the database.',
      backup: 'The log does not match the newest automatic backup.',
    },
    keyUnavailable:
      'The audit log’s key could not be read. The log cannot be checked now. Report this to your information security officer.',
  },
  error: {
    title: 'Something went wrong',
    body: 'This screen could not be shown. Your data has not been changed.',
    retry: 'Try again',
    home: 'Go to cases',
    details: 'Technical details',
  },
  common: {
    loading: 'Loading…',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    close: 'Close',
    edit: 'Edit',
    unverified: 'not verified',
    example: 'example',
  },
}
