// Issue 15: sources as citations in the user's language (publication, article, date) and the labels
// beside a cited value (top-level key 'citation'); the file-type names of the open and save dialogs
// ('fileTypes'). Keep nl and en in the same shape.
export const nl = {
  fileTypes: {
    caseFile: 'Maatwerk-casusbestand',
    backup: 'Maatwerk-back-up',
  },
  citation: {
    dated: 'versie van {{date}}',
    and: 'en',
    pub: {
      normenbrief: 'Normenbrief {{date}} (ministerie van SZW)',
      numbered: '{{title}} {{year}}, nr. {{number}}',
      svbAow: 'SVB, AOW-leeftijd ({{year}})',
      cvdr: 'Lokale regelgeving {{id}}',
    },
    indexed: 'geïndexeerd met {{percent}}% per jaar vanaf het cijfer van {{year}}',
    validFrom: 'Geldt vanaf {{date}}',
    setByMunicipality: 'vastgesteld door de gemeente op {{date}}',
    source: 'Bron: {{citation}}',
    labels: {
      example: 'voorbeeldwaarde',
      unverified: 'niet geverifieerd',
    },
    labelsHelp:
      'Een voorbeeldwaarde is geen vastgesteld cijfer van uw gemeente: vervang het door de waarde uit uw verordening of contract. Niet geverifieerd: het cijfer is niet tegen de bron gecontroleerd.',
  },
}

export const en: typeof nl = {
  fileTypes: {
    caseFile: 'Maatwerk case file',
    backup: 'Maatwerk backup',
  },
  citation: {
    dated: 'version of {{date}}',
    and: 'and',
    pub: {
      normenbrief: 'Normenbrief of {{date}} (Ministry of Social Affairs and Employment)',
      numbered: '{{title}} {{year}}, no. {{number}}',
      svbAow: 'SVB, AOW age ({{year}})',
      cvdr: 'Local regulation {{id}}',
    },
    indexed: 'indexed by {{percent}}% a year from the {{year}} figure',
    validFrom: 'Applies from {{date}}',
    setByMunicipality: 'set by the municipality on {{date}}',
    source: 'Source: {{citation}}',
    labels: {
      example: 'example value',
      unverified: 'unverified',
    },
    labelsHelp:
      'An example value is not a figure your municipality has set: replace it with the value from your by-law or contract. Unverified: the figure has not been checked against its source.',
  },
}
