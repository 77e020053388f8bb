// Messages of issue 12 item 9 (retention) and of the export identification choice (item "file names
// and the portfolio spreadsheet"). Top-level key: 'retention'. Keep nl and en in the same shape.
export const nl = {
  retention: {
    title: 'Bewaartermijnen en wissen',
    body: 'Een zaak die is afgesloten (datum “Zaak afgesloten” op het tabblad Huishouden) wordt bewaard tot de bewaartermijn is verstreken. Daarna mag en moet hij worden gewist. Wissen haalt het huishouden uit alle tabellen; in het auditlog blijft alleen een regel zonder naam of id.',
    termsTitle: 'Gebruikte termijnen (vanaf de datum van afsluiten)',
    categories: {
      wmo: 'Wmo-voorziening verstrekt',
      jeugdwet: 'Jeugdhulp (Jeugdwet)',
      'no-provision': 'Afgesloten zonder beschikking (geen voorziening)',
    },
    term: '{{years}} jaar',
    unverified: 'niet geverifieerd',
    unverifiedHelp:
      'Deze termijnen zijn niet uit de tekst van de selectielijst of de wet zelf gecontroleerd. Laat ze bevestigen door de archivaris van uw gemeente.',
    backupsNote:
      'Back-ups die vóór het wissen zijn gemaakt bevatten de zaak nog, tot ze uit de rotatie verdwijnen (de nieuwste 10 blijven bewaard).',
    loading: 'Afgesloten zaken laden…',
    dueTitle: 'Bewaartermijn verstreken',
    noneDue: 'Geen afgesloten zaken waarvan de bewaartermijn is verstreken.',
    keptTitle: 'Afgesloten, nog binnen de bewaartermijn',
    noneKept: 'Geen andere afgesloten zaken.',
    columns: {
      household: 'Huishouden',
      category: 'Soort dossier',
      closedOn: 'Afgesloten op',
      retainUntil: 'Te wissen vanaf',
      basis: 'Grondslag',
    },
    eraseOne: 'Wissen',
    eraseOneLabel: 'Wissen: {{name}}',
    eraseAll: 'Alle verlopen zaken wissen ({{count}})',
    confirmTitle: 'Zaken definitief wissen?',
    confirmBody_one:
      'U wist {{count}} zaak waarvan de bewaartermijn is verstreken. Dit kan niet ongedaan worden gemaakt.',
    confirmBody_other:
      'U wist {{count}} zaken waarvan de bewaartermijn is verstreken. Dit kan niet ongedaan worden gemaakt.',
    confirm: 'Definitief wissen',
    erased_one: '{{count}} zaak gewist na het verstrijken van de bewaartermijn.',
    erased_other: '{{count}} zaken gewist na het verstrijken van de bewaartermijn.',
    caseKept:
      'Afgesloten zaak: wordt bewaard tot {{date}} ({{category}}, {{term}}; {{basis}}) en kan daarna bij Instellingen worden gewist.',
  },
  exportIdentity: {
    numberedHousehold: 'Huishouden {{n}}',
    portfolioIncludeLabels: 'Namen van huishoudens opnemen (niet gepseudonimiseerd)',
    portfolioIncludeLabelsHelp:
      'Standaard krijgt elk huishouden in het bestand een nummer in plaats van zijn naam. Neem namen alleen op als het bestand binnen de afdeling blijft.',
  },
}

export const en: typeof nl = {
  retention: {
    title: 'Retention periods and erasure',
    body: 'A closed case (the “Case closed” date on the Household tab) is kept until its retention period has passed. Then it may, and must, be erased. Erasure removes the household from every table; the audit log keeps only a line without name or id.',
    termsTitle: 'Periods used (from the closing date)',
    categories: {
      wmo: 'Wmo provision granted',
      jeugdwet: 'Youth care (Jeugdwet)',
      'no-provision': 'Closed without a decision (no provision)',
    },
    term: '{{years}} years',
    unverified: 'not verified',
    unverifiedHelp:
      'These periods have not been checked against the text of the selection list or the law itself. Have your municipality’s archivist confirm them.',
    backupsNote:
      'Backups made before the erasure still hold the case until they leave the rotation (the newest 10 are kept).',
    loading: 'Loading closed cases…',
    dueTitle: 'Retention period passed',
    noneDue: 'No closed cases whose retention period has passed.',
    keptTitle: 'Closed, still within the retention period',
    noneKept: 'No other closed cases.',
    columns: {
      household: 'Household',
      category: 'Kind of file',
      closedOn: 'Closed on',
      retainUntil: 'Erasable from',
      basis: 'Basis',
    },
    eraseOne: 'Erase',
    eraseOneLabel: 'Erase: {{name}}',
    eraseAll: 'Erase all expired cases ({{count}})',
    confirmTitle: 'Erase cases for good?',
    confirmBody_one:
      'You are erasing {{count}} case whose retention period has passed. This cannot be undone.',
    confirmBody_other:
      'You are erasing {{count}} cases whose retention period has passed. This cannot be undone.',
    confirm: 'Erase for good',
    erased_one: '{{count}} case erased after its retention period.',
    erased_other: '{{count}} cases erased after their retention period.',
    caseKept:
      'Closed case: kept until {{date}} ({{category}}, {{term}}; {{basis}}); it can then be erased in Settings.',
  },
  exportIdentity: {
    numberedHousehold: 'Household {{n}}',
    portfolioIncludeLabels: 'Include household names (not pseudonymised)',
    portfolioIncludeLabelsHelp:
      'By default each household in the file gets a number instead of its name. Include names only when the file stays within the department.',
  },
}
