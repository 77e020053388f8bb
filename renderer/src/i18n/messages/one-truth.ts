// Issue 15 (one truth on every screen): texts of the plain-language and one-figure work. Keep nl and
// en in the same shape.
export const nl = {
  oneTruth: {
    /** Hours a week with the right number, nested into finding texts ($t(oneTruth.hoursAWeek, …)). */
    hoursAWeek_one: '{{count, number}} uur per week',
    hoursAWeek_other: '{{count, number}} uur per week',
    plan: {
      pseudonymisedAmountsDiffer:
        'Dit plan is gepseudonimiseerd: namen zijn vervangen, het BSN is weggelaten en van geboortedatums staat alleen het jaar vermeld. De bedragen zijn daarom berekend met 1 juli van elk geboortejaar en wijken af van het scherm, waar met de precieze geboortedatum wordt gerekend (een verjaardag verschuift een overgang).',
    },
  },
}

export const en: typeof nl = {
  oneTruth: {
    hoursAWeek_one: '{{count, number}} hour a week',
    hoursAWeek_other: '{{count, number}} hours a week',
    plan: {
      pseudonymisedAmountsDiffer:
        'This plan is pseudonymised: names are replaced, the BSN is left out and only the year of each birth date is shown. Its amounts are therefore computed with 1 July of each birth year and differ from the screen, which uses the exact date of birth (a birthday moves a transition).',
    },
  },
}
