// Issue 15 (one truth on every screen): texts of the plain-language and one-figure work. Keep nl and
// en in the same shape.
export const nl = {
  oneTruth: {
    /** Hours a week with the right number, nested into finding texts ($t(oneTruth.hoursAWeek, …)). */
    hoursAWeek_one: '{{count, number}} uur per week',
    hoursAWeek_other: '{{count, number}} uur per week',
    /** A pseudonymised plan or comparison computes on birth years (reports/birth-year-figures.ts). */
    birthYear: {
      title: 'Gepseudonimiseerd wijken deze bedragen af van het scherm',
      intro:
        'Gepseudonimiseerd rekenen het plan en de vergelijking met 1 juli van elk geboortejaar: de precieze maand van een overgang (18 jaar, AOW-leeftijd) zou de geboortedatum verraden. In deze casus verschuift daardoor een overgang. Deze bedragen wijken af van wat u op het scherm ziet:',
      scenario: '{{scenario}}: {{figures}}',
      months_one: 'de maand {{months}}',
      months_other: 'de maanden {{months}}',
      monthRange: '{{from}} t/m {{to}}',
      years_one: 'het jaartotaal {{years}}',
      years_other: 'de jaartotalen {{years}}',
      total: 'het totaal over de hele periode',
      file: {
        column: 'Rekenbasis leeftijd',
        mayDiffer:
          'Geboortejaar (1 juli): bedragen rond een leeftijdsgrens, hun jaartotalen en het totaal kunnen afwijken van het dossier',
        same: 'Geboortejaar (1 juli): geen leeftijdsgrens in de periode, gelijk aan het dossier',
        note: 'Gepseudonimiseerd: namen zijn vervangen, het BSN is weggelaten en van geboortedatums is alleen het jaar bewaard. Leeftijden zijn berekend met 1 juli van het geboortejaar. Bij de scenario’s die de kolom “Rekenbasis leeftijd” zo markeert, kunnen de maanden waarin iemand een leeftijdsgrens bereikt (zoals 18 jaar of de AOW-leeftijd), de jaartotalen van die jaren en het totaal afwijken van het dossier. Welke maanden precies staat er niet bij: dat zou de geboortedatum prijsgeven.',
      },
      fileSays:
        'Het exportbestand markeert elk scenario waarvan de bedragen van de verjaardag afhangen, maar noemt de maanden niet: die zouden de geboortedatum prijsgeven. Wilt u precies de bedragen van het scherm, zet pseudonimiseren dan uit; het bestand bevat dan namen.',
    },
    plan: {
      pseudonymisedAmountsDiffer:
        'Dit plan is gepseudonimiseerd: namen zijn vervangen, het BSN is weggelaten en van geboortedatums staat alleen het jaar vermeld. De bedragen zijn daarom berekend met 1 juli van elk geboortejaar en kunnen afwijken van het scherm, waar met de precieze geboortedatum wordt gerekend (een verjaardag verschuift een overgang).',
    },
  },
}

export const en: typeof nl = {
  oneTruth: {
    hoursAWeek_one: '{{count, number}} hour a week',
    hoursAWeek_other: '{{count, number}} hours a week',
    birthYear: {
      title: 'Pseudonymised, these amounts differ from the screen',
      intro:
        'Pseudonymised, the plan and the comparison compute with 1 July of each birth year: the exact month of a transition (turning 18, AOW age) would give away the date of birth. In this case that moves a transition. These amounts differ from what you see on the screen:',
      scenario: '{{scenario}}: {{figures}}',
      months_one: 'the month {{months}}',
      months_other: 'the months {{months}}',
      monthRange: '{{from}} to {{to}}',
      years_one: 'the year total {{years}}',
      years_other: 'the year totals {{years}}',
      total: 'the total over the whole period',
      file: {
        column: 'Age basis',
        mayDiffer:
          'Birth year (1 July): amounts around an age limit, their year totals and the total may differ from the case record',
        same: 'Birth year (1 July): no age limit within the period, same as the case record',
        note: 'Pseudonymised: names are replaced, the BSN is left out and only the year of each birth date is kept. Ages are computed with 1 July of the birth year. For the scenarios marked so in the column “Age basis”, the months in which someone reaches an age limit (such as 18 or the AOW age), the year totals of those years and the total may differ from the case record. Which months exactly is not given: that would reveal the date of birth.',
      },
      fileSays:
        'The export file marks every scenario whose amounts depend on the birthday, but does not name the months: they would reveal the date of birth. If you need exactly the screen’s amounts, turn pseudonymisation off; the file then contains names.',
    },
    plan: {
      pseudonymisedAmountsDiffer:
        'This plan is pseudonymised: names are replaced, the BSN is left out and only the year of each birth date is shown. Its amounts are therefore computed with 1 July of each birth year and may differ from the screen, which uses the exact date of birth (a birthday moves a transition).',
    },
  },
}
