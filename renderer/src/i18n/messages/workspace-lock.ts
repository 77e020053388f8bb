// Messages of the workspace lock (issue 12 item 8). Top-level key: 'lock'. Keep nl and en in the same shape.
export const nl = {
  lock: {
    title: 'Werkplek vergrendeld',
    body: 'Maatwerk is vergrendeld omdat er {{minutes}} min. niets is gedaan. Niets is verloren: wat u aan het invullen was, staat er nog als u ontgrendelt.',
    passphrase: 'Wachtwoordzin',
    unlock: 'Ontgrendelen',
    unlockOs: 'Ontgrendelen met het besturingssysteem',
    checking: 'Bezig met controleren…',
    lockNow: 'Nu vergrendelen',
    settingsTitle: 'Vergrendelen bij inactiviteit',
    settingsIntro:
      'Na de ingestelde tijd zonder toetsaanslag of muisklik wordt het scherm afgedekt; ontgrendelen kan alleen met de wachtwoordzin hieronder. Wat u aan het invullen was, blijft staan.',
    idleLabel: 'Vergrendelen na (minuten)',
    idleHelp: 'Een heel getal van {{min}} tot en met {{max}}; standaard {{default}}.',
    idleSave: 'Tijd opslaan',
    idleSaved: 'De vergrendeltijd is opgeslagen.',
    passphraseNew: 'Wachtwoordzin voor ontgrendelen',
    passphraseRepeat: 'Herhaal de wachtwoordzin',
    passphraseHelp:
      'Minstens 12 tekens. Alleen een afgeleide controlewaarde wordt bewaard, nooit de wachtwoordzin zelf. U mag dezelfde wachtwoordzin kiezen als voor de back-ups.',
    passphraseSave: 'Wachtwoordzin instellen',
    passphraseChange: 'Wachtwoordzin wijzigen',
    passphraseSaved:
      'De wachtwoordzin is ingesteld; de werkplek vergrendelt na {{minutes}} min. zonder activiteit.',
    statusOn: 'Vergrendelen staat aan: na {{minutes}} min. zonder activiteit.',
    statusOff:
      'Vergrendelen staat uit: kies eerst een wachtwoordzin, anders kan de werkplek niet meer worden ontgrendeld.',
    osAvailable:
      'Op deze computer kunt u ook ontgrendelen met de controle van het besturingssysteem (Touch ID).',
    browserNote:
      'In de browser beschermt deze vergrendeling alleen het scherm van dit tabblad; wie de browser zelf kan bedienen, kan de pagina herladen. Vergrendel daarom ook uw computer als u wegloopt.',
    errors: {
      wrongPassphrase: 'Deze wachtwoordzin klopt niet. De werkplek blijft vergrendeld.',
      osRefused: 'Het besturingssysteem heeft de controle niet bevestigd. De werkplek blijft vergrendeld.',
      osUnsupported: 'Dit besturingssysteem biedt hier geen controle. Gebruik de wachtwoordzin.',
      idleNotNumber: 'Vul een heel aantal minuten in (alleen cijfers). Er is niets gewijzigd.',
      idleRange: 'Kies een tijd van 1 tot en met 240 minuten. Er is niets gewijzigd.',
      tooShort: 'De wachtwoordzin moet minstens 12 tekens hebben. Er is niets gewijzigd.',
      mismatch: 'De twee wachtwoordzinnen zijn niet gelijk. Er is niets gewijzigd.',
      notStored:
        'De instelling kon niet worden bewaard (opslag van de browser geweigerd). Er is niets gewijzigd.',
    },
  },
}

export const en: typeof nl = {
  lock: {
    title: 'Workspace locked',
    body: 'Maatwerk is locked because nothing was done for {{minutes}} min. Nothing is lost: what you were filling in is still there when you unlock.',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlockOs: 'Unlock with the operating system',
    checking: 'Checking…',
    lockNow: 'Lock now',
    settingsTitle: 'Lock when idle',
    settingsIntro:
      'After the set time without a key press or mouse click the screen is covered; only the passphrase below unlocks it. What you were filling in stays.',
    idleLabel: 'Lock after (minutes)',
    idleHelp: 'A whole number from {{min}} to {{max}}; default {{default}}.',
    idleSave: 'Save time',
    idleSaved: 'The lock time is saved.',
    passphraseNew: 'Passphrase for unlocking',
    passphraseRepeat: 'Repeat the passphrase',
    passphraseHelp:
      'At least 12 characters. Only a derived check value is kept, never the passphrase itself. You may choose the same passphrase as for the backups.',
    passphraseSave: 'Set passphrase',
    passphraseChange: 'Change passphrase',
    passphraseSaved: 'The passphrase is set; the workspace locks after {{minutes}} min. without activity.',
    statusOn: 'Locking is on: after {{minutes}} min. without activity.',
    statusOff:
      'Locking is off: choose a passphrase first, otherwise the workspace could not be unlocked again.',
    osAvailable: 'On this computer you can also unlock with the operating system’s check (Touch ID).',
    browserNote:
      'In the browser this lock only protects this tab’s screen; anyone who can use the browser itself can reload the page. So lock your computer too when you walk away.',
    errors: {
      wrongPassphrase: 'This passphrase is not correct. The workspace stays locked.',
      osRefused: 'The operating system did not confirm the check. The workspace stays locked.',
      osUnsupported: 'This operating system offers no check here. Use the passphrase.',
      idleNotNumber: 'Enter a whole number of minutes (digits only). Nothing was changed.',
      idleRange: 'Choose a time from 1 to 240 minutes. Nothing was changed.',
      tooShort: 'The passphrase must have at least 12 characters. Nothing was changed.',
      mismatch: 'The two passphrases differ. Nothing was changed.',
      notStored: 'The setting could not be kept (the browser refused storage). Nothing was changed.',
    },
  },
}
