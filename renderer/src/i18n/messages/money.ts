// Messages of the money figures and the explanations of amounts ("Onderbouwing"). Top-level keys:
// 'money' and 'explain'. One label per figure, used by every screen, the plan and the exports; the
// figures themselves are defined once in shared/decision/money-figures.ts.
export const nl = {
  money: {
    payers: {
      'gemeente-wmo': 'Gemeente – Wmo (netto, na eigen bijdrage)',
      'gemeente-jeugd': 'Gemeente – Jeugdwet',
      'gemeente-participatie': 'Gemeente – Participatiewet (re-integratie)',
      'gemeente-bijstand': 'Gemeente – bijstand',
      svb: 'SVB (AIO-aanvulling)',
      wlz: 'Wlz (zorgkantoor)',
      zvw: 'Zvw (zorgverzekeraar)',
      client: 'Cliënt – eigen bijdrage (via het CAK)',
      informal: 'Informele zorg (gewaardeerd, geen uitgave)',
    },
    municipalNet: 'Gemeente totaal (netto, na eigen bijdrage)',
    municipalNetPerMonth: 'Gemeente netto, gemiddeld per maand',
    grossCare: 'Brutokosten zorg (alle betalers, incl. eigen bijdrage, excl. bijstand)',
    cashTotal: 'Totaal in geld (brutokosten zorg + bijstand)',
    basis:
      'De eigen bijdrage is al afgetrokken van de Wmo-kosten van de gemeente. „Totaal in geld” is wat alle betalers samen uitgeven: de brutokosten van de zorg (inclusief eigen bijdrage) plus de bijstand. Informele zorg telt nooit mee in een geldbedrag.',
    perMonthBasis_one: 'gemiddeld over {{count}} maand looptijd',
    perMonthBasis_other: 'gemiddeld over {{count}} maanden looptijd',
  },
  proposal: {
    cost: 'Gemeente netto, gemiddeld per maand',
    costBasis: 'doorgerekend door de rekenkern, op dezelfde basis als Vergelijken en het plan',
    lineCost: 'Gemiddeld per maand (bruto)',
    withinCapacity:
      '{{name}}: {{hours}} van maximaal {{bound}} uur per week, binnen wat {{name}} kan volhouden',
    notPlanned:
      '{{name}} wordt niet ingezet: belastingsscore {{score}} is gelijk aan of hoger dan de grens van {{threshold}} (EDIZ-plus, overbelast), dus elk uur zou {{name}} overbelasten.',
    overloadTitle: 'Let op: dit voorstel overbelast een mantelzorger',
    overloadedHours:
      '{{name}} geeft in dit voorstel {{hours}} uur per week, meer dan de {{capacity}} uur die {{name}} kan geven.',
    overloadedBurden:
      '{{name}} heeft belastingsscore {{score}}, gelijk aan of hoger dan de grens van {{threshold}} (EDIZ-plus): elke inzet overbelast {{name}}.',
    overloadWhyLocked:
      'Dit komt door regels die u heeft vastgezet met {{name}}; maak ze los om {{name}} te ontzien.',
    overloadWhyOther:
      'Binnen uw grenzen vond de optimalisatie geen arrangement zonder deze uren; overweeg respijtzorg of meer professionele hulp.',
    capacityBurden:
      '{{name}} kan niet worden ingezet zonder overbelasting (belastingsscore {{score}}, grens {{threshold}}); zonder {{hours}} uur per week van {{name}} is er geen passend arrangement. Daarom is er geen voorstel dat {{name}} ontziet.',
  },
  whatIfInput: {
    overloadedNow:
      'Bij de huidige waarden is {{name}} al overbelast ({{hours}} uur per week, kan {{capacity}} uur volhouden, of een te hoge belastingsscore).',
    blockingNow: 'Bij de huidige waarden is er al een blokkerende bevinding: {{finding}}',
    noNewThresholds:
      'Binnen het onderzochte bereik ontstaat geen nieuwe overbelasting en geen nieuwe blokkerende bevinding.',
  },
  zrmVariant: {
    volwassenen: 'Zelfredzaamheid-Matrix (volwassenen) voor {{name}}.',
    jongeren:
      'Zelfredzaamheid-Matrix voor Jongeren (ZRM-J, 12 tot 18 jaar) voor {{name}}: dezelfde dertien leefdomeinen, met indicatoren voor minderjarigen (werk en opleiding omvat school).',
    none: 'De Zelfredzaamheid-Matrix is bedoeld vanaf 12 jaar; voor {{name}} kunt u de behoeften beschrijven op het tabblad Arrangement.',
    source: 'Bron: {{source}}.',
  },
  networkLoad: { basis: '„Geeft” toont de uren per week in het arrangement „{{name}}”.' },
  explain: {
    title: 'Onderbouwing van de bedragen',
    sources: 'Bronnen: {{list}}',
    unknownFinding: 'Bevinding zonder toelichting in deze versie',
    indexed: 'geïndexeerd met {{percent}}% per jaar vanaf {{year}}',
    example: 'voorbeeldtarief van het demoprofiel, geen contractprijs',
    derived: 'afgeleid door Maatwerk, geen bronbedrag (niet geverifieerd)',
    noPublication: 'bron niet als publicatie vastgelegd (niet geverifieerd)',
    period: '{{from}} t/m {{to}}',
    line: '{{provision}} voor {{person}} ({{form}}): {{volume}} × {{rate}} per {{unitName}}. Over de looptijd {{total}}, gemiddeld {{perMonth}} per maand. Tarief: {{source}}.',
    lineAmount:
      '{{provision}} voor {{person}} ({{form}}): {{volume}}. Over de looptijd {{total}}, gemiddeld {{perMonth}} per maand.',
    informalLine:
      '{{provision}} door {{carer}} voor {{person}}: {{volume}}, gewaardeerd tegen {{rate}} per uur (schaduwprijs, geen uitgave): {{total}} over de looptijd. Bron: {{source}}.',
    deduction: 'Daarvan gaat {{hours}} uur per week af als gebruikelijke hulp.',
    notAllowed: 'Deze regel is niet (altijd) toegestaan; alleen de toegestane maanden tellen mee.',
    eigenBijdrage:
      '{{amount}} per maand vanaf {{month}}: eigen bijdrage (abonnementstarief), {{citation}}; u betaalt dit omdat {{reason}}. Over de looptijd {{total}}. De gemeente int dit via het CAK, daarom is het al afgetrokken van de Wmo-kosten. Bron: {{source}}.',
    eigenBijdrageReason: {
      charged: 'het huishouden Wmo-ondersteuning krijgt; daarvoor geldt één vast maandbedrag per huishouden',
      'beschermd-wonen':
        'bij beschermd wonen een eigen, inkomensafhankelijke bijdrage geldt (dit is het minimum)',
      'minima-policy': 'er Wmo-ondersteuning is; het gemeentelijk minimabeleid verlaagt het bedrag',
      other: 'er Wmo-ondersteuning in natura of met een pgb is',
    },
    noEigenBijdrage: 'Geen eigen bijdrage ({{citation}}): {{reason}}',
    noEigenBijdrageReason: {
      'exempt-couple-below-aow':
        'bij een echtpaar van wie ten minste één partner jonger is dan de AOW-leeftijd is de bijdrage € 0.',
      'no-wmo-care': 'er is geen Wmo-maatwerkvoorziening met eigen bijdrage in dit scenario.',
      other: 'volgens de regels voor de eigen bijdrage is in dit scenario niets verschuldigd.',
    },
    bijstand:
      'Bijstand {{amount}} in {{month}}: de bijstandsnorm voor dit huishouden inclusief vakantietoeslag, min het inkomen dat meetelt ({{citation}}). Over de looptijd {{total}}. Bron: {{source}}.',
    municipalPerMonth:
      'Gemeente netto gemiddeld per maand {{amount}} = gemeente totaal {{total}} / {{count}} maanden looptijd.',
  },
}

export const en: typeof nl = {
  money: {
    payers: {
      'gemeente-wmo': 'Municipality – Wmo (net, after the eigen bijdrage)',
      'gemeente-jeugd': 'Municipality – Jeugdwet (youth)',
      'gemeente-participatie': 'Municipality – Participatiewet (reintegration)',
      'gemeente-bijstand': 'Municipality – social assistance (bijstand)',
      svb: 'SVB (AIO supplement)',
      wlz: 'Wlz (care office)',
      zvw: 'Zvw (health insurer)',
      client: 'Client – eigen bijdrage (via the CAK)',
      informal: 'Informal care (valued, not spent)',
    },
    municipalNet: 'Municipality total (net, after the eigen bijdrage)',
    municipalNetPerMonth: 'Municipality net, average per month',
    grossCare: 'Gross cost of care (all payers, incl. eigen bijdrage, excl. social assistance)',
    cashTotal: 'Total in money (gross cost of care + social assistance)',
    basis:
      'The eigen bijdrage has already been deducted from the municipality’s Wmo cost. “Total in money” is what all payers spend together: the gross cost of care (including the eigen bijdrage) plus social assistance. Informal care never counts in a money amount.',
    perMonthBasis_one: 'averaged over a horizon of {{count}} month',
    perMonthBasis_other: 'averaged over a horizon of {{count}} months',
  },
  proposal: {
    cost: 'Municipality net, average per month',
    costBasis: 'evaluated by the engine, on the same basis as Compare and the plan',
    lineCost: 'Average per month (gross)',
    withinCapacity: '{{name}}: {{hours}} of at most {{bound}} hours a week, within what {{name}} can sustain',
    notPlanned:
      '{{name}} is not planned: burden score {{score}} is at or above the threshold of {{threshold}} (EDIZ-plus, overloaded), so any hour would overload {{name}}.',
    overloadTitle: 'Attention: this proposal overloads a carer',
    overloadedHours:
      '{{name}} gives {{hours}} hours a week in this proposal, more than the {{capacity}} hours {{name}} can give.',
    overloadedBurden:
      '{{name}} has burden score {{score}}, at or above the threshold of {{threshold}} (EDIZ-plus): any hours overload {{name}}.',
    overloadWhyLocked: 'This comes from lines you locked with {{name}}; unlock them to spare {{name}}.',
    overloadWhyOther:
      'Within your limits the optimiser found no arrangement without these hours; consider respite or more professional help.',
    capacityBurden:
      '{{name}} cannot be planned without overload (burden score {{score}}, threshold {{threshold}}); without {{hours}} hours a week from {{name}} there is no adequate arrangement. So no proposal can spare {{name}}.',
  },
  whatIfInput: {
    overloadedNow:
      'At today’s values {{name}} is already overloaded ({{hours}} hours a week, can sustain {{capacity}} hours, or a burden score too high).',
    blockingNow: 'At today’s values there is already a blocking finding: {{finding}}',
    noNewThresholds: 'Within the range explored no new overload and no new blocking finding appears.',
  },
  zrmVariant: {
    volwassenen: 'Self-sufficiency matrix (ZRM, adults) for {{name}}.',
    jongeren:
      'Self-sufficiency matrix for young people (ZRM-J, 12 to 18 years) for {{name}}: the same thirteen domains, with indicators for minors (work and education includes school).',
    none: 'The self-sufficiency matrix is meant from age 12; for {{name}} describe the needs on the Arrangement tab.',
    source: 'Source: {{source}}.',
  },
  networkLoad: { basis: '“Gives” shows the hours a week in the arrangement “{{name}}”.' },
  explain: {
    title: 'How the amounts are made up',
    sources: 'Sources: {{list}}',
    unknownFinding: 'Finding without an explanation in this version',
    indexed: 'indexed by {{percent}}% a year from {{year}}',
    example: 'example tariff of the demo profile, not a contract price',
    derived: 'derived by Maatwerk, not a source figure (unverified)',
    noPublication: 'source not recorded as a publication (unverified)',
    period: '{{from}} to {{to}}',
    line: '{{provision}} for {{person}} ({{form}}): {{volume}} × {{rate}} per {{unitName}}. Over the horizon {{total}}, on average {{perMonth}} a month. Rate: {{source}}.',
    lineAmount:
      '{{provision}} for {{person}} ({{form}}): {{volume}}. Over the horizon {{total}}, on average {{perMonth}} a month.',
    informalLine:
      '{{provision}} by {{carer}} for {{person}}: {{volume}}, valued at {{rate}} an hour (shadow price, not spent): {{total}} over the horizon. Source: {{source}}.',
    deduction: 'Of this, {{hours}} hours a week are deducted as gebruikelijke hulp.',
    notAllowed: 'This line is not (always) allowed; only the allowed months count.',
    eigenBijdrage:
      '{{amount}} a month from {{month}}: eigen bijdrage (abonnementstarief), {{citation}}; it is payable because {{reason}}. Over the horizon {{total}}. The municipality collects it via the CAK, so it is already deducted from the Wmo cost. Source: {{source}}.',
    eigenBijdrageReason: {
      charged: 'the household receives Wmo support, which carries one fixed monthly amount per household',
      'beschermd-wonen': 'sheltered housing has its own income-dependent contribution (this is the minimum)',
      'minima-policy': 'there is Wmo support; the municipal minima policy lowers the amount',
      other: 'there is Wmo support in kind or through a pgb',
    },
    noEigenBijdrage: 'No eigen bijdrage ({{citation}}): {{reason}}',
    noEigenBijdrageReason: {
      'exempt-couple-below-aow':
        'for a couple of whom at least one partner is below AOW age the contribution is € 0.',
      'no-wmo-care': 'there is no Wmo provision with a contribution in this scenario.',
      other: 'under the contribution rules nothing is payable in this scenario.',
    },
    bijstand:
      'Social assistance (bijstand) {{amount}} in {{month}}: the norm for this household including holiday allowance, minus countable income ({{citation}}). Over the horizon {{total}}. Source: {{source}}.',
    municipalPerMonth:
      'Municipality net average per month {{amount}} = municipality total {{total}} / {{count}} months.',
  },
}
