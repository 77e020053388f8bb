// The engine's refusals (shared/engine/messages.ts), by code, in the user's language — the screens
// show these, never the engine's English text. Top-level key: 'engine'. Keep nl and en in the same shape.
export const nl = {
  engine: {
    messages: {
      badStartDate: 'de startdatum van het scenario is geen bestaande datum.',
      beforeSupported:
        'Maatwerk rekent vanaf januari {{firstYear}} (Wmo 2015, Jeugdwet, Participatiewet en Wlz); de regelingen van daarvóór (AWBZ, WWB) zijn niet opgenomen. Laat het scenario op of na 1 januari {{firstYear}} beginnen.',
      badHorizon:
        'de looptijd van het scenario moet een heel aantal maanden van 1 tot en met 600 zijn (nu: {{months}}).',
      badIndexation: 'de indexering moet tussen -50% en 100% per jaar liggen (nu: {{percent}}%).',
      badShadowPrice: 'de waarde van een uur mantelzorg moet een bedrag van € 0 of meer zijn.',
      noMembers: 'het huishouden heeft nog geen leden.',
      duplicatePerson: 'twee leden van het huishouden hebben hetzelfde kenmerk.',
      badBirthDate: 'de geboortedatum van {{name}} is geen bestaande datum.',
      badWlzDate: 'de ingangsdatum van de Wlz-indicatie van {{name}} is geen bestaande datum.',
      badIncome: 'het netto inkomen van {{name}} moet een bedrag van € 0 of meer zijn.',
      duplicateLine: 'twee regels van het scenario hebben hetzelfde kenmerk.',
      unknownPerson: 'een regel is voor iemand die niet (meer) in het huishouden staat.',
      unknownCarer: 'een regel noemt een mantelzorger die niet (meer) in het netwerk staat.',
      unknownProvision: 'een regel gebruikt een voorziening die niet (meer) in de catalogus staat.',
      badVolume: 'de omvang van een regel moet een getal van 0 of meer zijn.',
      badRate: 'het afgesproken tarief van een regel moet een bedrag van € 0 of meer zijn.',
      badLineDates: 'een regel heeft een begin- of einddatum die niet bestaat, of een einde vóór het begin.',
      badIncomeChange:
        'een inkomenswijziging moet bij een lid van het huishouden horen, een bestaande datum hebben en een bedrag van € 0 of meer.',
      negativeAmount: 'de berekening kwam uit op een negatief bedrag; dit is een fout in de rekenkern.',
      notInteger: 'de berekening kwam uit op een niet afgerond bedrag; dit is een fout in de rekenkern.',
      unbalanced: 'de bedragen per betaler tellen niet op tot het totaal; dit is een fout in de rekenkern.',
      unexpected:
        'er ging iets onverwachts mis. Er is niets gewijzigd; probeer het opnieuw of meld het probleem.',
    },
  },
}

export const en: typeof nl = {
  engine: {
    messages: {
      badStartDate: 'the scenario’s start date is not a real date.',
      beforeSupported:
        'Maatwerk calculates from January {{firstYear}} (Wmo 2015, Jeugdwet, Participatiewet and Wlz); the schemes before then (AWBZ, WWB) are not included. Let the scenario start on or after 1 January {{firstYear}}.',
      badHorizon: 'the scenario’s duration must be a whole number of months from 1 to 600 (now: {{months}}).',
      badIndexation: 'the indexation must be between -50% and 100% a year (now: {{percent}}%).',
      badShadowPrice: 'the value of an hour of mantelzorg must be an amount of €0 or more.',
      noMembers: 'the household has no members yet.',
      duplicatePerson: 'two members of the household have the same identifier.',
      badBirthDate: 'the date of birth of {{name}} is not a real date.',
      badWlzDate: 'the start date of the Wlz indication of {{name}} is not a real date.',
      badIncome: 'the net income of {{name}} must be an amount of €0 or more.',
      duplicateLine: 'two lines of the scenario have the same identifier.',
      unknownPerson: 'a line is for someone who is no longer in the household.',
      unknownCarer: 'a line names a carer who is no longer in the network.',
      unknownProvision: 'a line uses a provision that is no longer in the catalogue.',
      badVolume: 'a line’s volume must be a number of 0 or more.',
      badRate: 'a line’s agreed rate must be an amount of €0 or more.',
      badLineDates: 'a line has a start or end date that does not exist, or an end before its start.',
      badIncomeChange:
        'an income change must belong to a member of the household and have a real date and an amount of €0 or more.',
      negativeAmount: 'the calculation came to a negative amount; this is a fault in the engine.',
      notInteger: 'the calculation came to an unrounded amount; this is a fault in the engine.',
      unbalanced: 'the amounts per payer do not add up to the total; this is a fault in the engine.',
      unexpected: 'something unexpected went wrong. Nothing was changed; try again or report the problem.',
    },
  },
}
