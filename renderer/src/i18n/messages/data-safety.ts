// Messages of the data layer's safety paths (issue 12, part 1). Top-level key: 'data'.
// `data.errors.<name>` are the message keys the data layer puts in `DataError.message` (errors.ts),
// so no raw key ever reaches the screen. Keep nl and en in the same shape.
export const nl = {
  data: {
    /** An error the app cannot classify (stores/messages.ts `unclassifiedError`); no platform text. */
    unclassified: 'Er ging iets mis. Probeer het opnieuw; lukt het niet, meld het dan aan uw beheerder.',
    technicalDetail: 'Technische gegevens (voor de beheerder)',
    errors: {
      validation: 'De gegevens zijn niet geldig en zijn niet opgeslagen.',
      notFound: 'Dit huishouden bestaat niet (meer).',
      quota:
        'De schijf of de opslagruimte van de app is vol. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
      readOnly: 'De gegevens zijn alleen-lezen: ze zijn gemaakt met een nieuwere versie van Maatwerk.',
      conflict: 'De gegevens zijn intussen gewijzigd. Probeer het opnieuw.',
      unknown: 'Er ging iets mis bij het opslaan. Er is niets gewijzigd.',
      openFailed: 'Maatwerk kon de lokale database niet openen. Er is niets gewijzigd.',
      upgradeFailed:
        'Uw gegevens konden niet worden omgezet naar deze versie van Maatwerk. Ze zijn niet aangeraakt: ze staan nog in de vorm van de vorige versie in de database, en er is niets verwijderd. Neem contact op met uw beheerder; tot dan kunt u met de vorige versie van Maatwerk verder werken.',
      dumpInvalid: 'De back-up bevat gegevens die niet kloppen. Er is niets gewijzigd.',
      dumpNewer: 'De back-up is gemaakt met een nieuwere versie van Maatwerk. Er is niets gewijzigd.',
      dumpUntouched:
        'Dit is een kopie van gegevens die deze versie van Maatwerk niet kon omzetten; ze kan hier niet worden teruggezet. Er is niets gewijzigd. Bewaar het bestand voor uw beheerder.',
      databaseLost:
        'De database is verwijderd of vervangen terwijl Maatwerk open stond. Er is niets opgeslagen.',
      databaseClosed: 'De database is gesloten. Er is niets opgeslagen. Start Maatwerk opnieuw.',
      dataMissing:
        'Uw gegevens ontbreken. Zet eerst een back-up terug of kies bewust om leeg te beginnen; tot dan wordt niets opgeslagen.',
      noRoom:
        'Er is niet genoeg opslagruimte: hiervoor is ongeveer {{neededMb}} MB nodig en er is {{freeMb}} MB vrij. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
      notStored:
        'Na een volle schijf bleken {{count}} eerder gemelde huishoudens toch niet bewaard. Ze zijn niet opgeslagen.',
      changedElsewhere:
        'Dit huishouden is gewijzigd in een ander venster. Uw laatste wijziging is niet opgeslagen; u ziet nu de opgeslagen gegevens.',
      importSame: '“{{label}}” is al aanwezig met dezelfde inhoud. Er is niets dubbel opgeslagen.',
      importChanged:
        '“{{label}}” is eerder geïmporteerd, maar dit bestand heeft een andere inhoud. Wilt u het als aparte kopie importeren?',
      atRestKeyMissing:
        'De sleutel waarmee BSN’s en notities op deze computer versleuteld zijn, is niet beschikbaar. Er is niets gewijzigd. Start Maatwerk opnieuw; lukt het dan niet, zet dan een back-up terug.',
      atRestKeyMismatch:
        'De sleutel van deze computer past niet bij de versleutelde BSN’s en notities in de database (de sleutel is vervangen of de database komt van een andere computer). Er is niets gewijzigd. Zet een back-up terug met uw wachtwoordzin.',
      sealedUnreadable:
        'Een versleuteld BSN of een versleutelde notitie van dit huishouden kan niet worden gelezen: de gegevens zijn beschadigd of gewijzigd. Er is niets gewijzigd.',
      caseChangedOutside:
        'Dit huishouden is buiten Maatwerk gewijzigd: de opgeslagen gegevens (bijvoorbeeld een naam, datum, bedrag, ZRM-score of een verwijderde regel) passen niet meer bij de controlecode die Maatwerk bij elke wijziging vastlegt. Er is niets hersteld of gewijzigd en dit is in het auditlog vastgelegd. U ziet de gegevens zoals ze nu zijn opgeslagen; wijzigen kan pas weer nadat u ze na controle accepteert, of zet een back-up terug.',
      exportChangedOutside:
        'Dit huishouden is buiten Maatwerk gewijzigd en wordt daarom niet geëxporteerd: het bestand zou gegevens doorgeven die niet meer bij de controlecode passen, alsof ze in orde zijn. Controleer de gegevens en accepteer ze eerst bij het huishouden (of zet een back-up terug). Er is niets opgeslagen; de geweigerde export is in het auditlog vastgelegd.',
      notPastRetention:
        'Deze zaak is niet (meer) afgesloten of de bewaartermijn is nog niet verstreken. Er is niets gewist.',
      memberInUse: 'Dit lid wordt nog gebruikt (door een mantelzorger, een regel of een inkomenswijziging).',
      carerInUse: 'Deze mantelzorger wordt nog gebruikt in een regel.',
    },
    lost: {
      title: 'De database is niet meer beschikbaar',
      deleted:
        'De database van Maatwerk is verwijderd terwijl de app open stond (bijvoorbeeld vanuit een ander tabblad of door het wissen van sitegegevens).',
      closed: 'De browser of het systeem heeft de database van Maatwerk gesloten terwijl de app open stond.',
      upgrade: 'Een nieuwere versie van Maatwerk in een ander venster werkt de database bij.',
      replaced: 'De database is vervangen door een andere database terwijl de app open stond.',
      body: 'Om geen gegevens te verliezen slaat Maatwerk vanaf nu niets meer op. Wijzigingen van na dit moment zijn niet bewaard.',
      advice:
        'Start Maatwerk opnieuw. Ontbreken uw gegevens dan, dan kunt u op het herstelscherm een back-up terugzetten.',
      reload: 'Maatwerk opnieuw starten',
    },
    recovery: {
      replacedBody:
        'Dit is niet de database waarin bij het laatste gebruik ({{lastSeen}}) {{count}} huishoudens stonden: hij heeft een andere installatiecode. Er is niets overschreven.',
      newestAutomatic: 'Nieuwste automatische back-up: {{createdAt}}',
      useNewest: 'Deze back-up kiezen',
      continueAnyway: 'Doorgaan met deze database',
    },
    contentChanged: {
      title: 'Buiten Maatwerk gewijzigd',
      body: 'De gegevens hieronder zijn zoals ze nu zijn opgeslagen, maar passen niet bij de controlecode van de laatste wijziging in Maatwerk. Wijzigen kan pas weer na acceptatie; of zet een back-up terug (Instellingen).',
      accept: 'Gegevens na controle accepteren',
      confirmTitle: 'Gewijzigde gegevens accepteren?',
      confirmBody:
        'Accepteer de gegevens van “{{household}}” alleen als u alle tabbladen hebt nagekeken en ze kloppen. Maatwerk legt de huidige gegevens dan vast als juist; de acceptatie komt met uw naam in het auditlog.',
    },
    conflict: {
      title: 'Gewijzigd in een ander venster',
      body: 'Dit huishouden is gewijzigd in een ander venster. Uw laatste wijziging is niet opgeslagen.',
      reload: 'Opnieuw laden',
    },
    import: {
      tooLarge: '“{{name}}” is te groot ({{sizeMb}} MB; hoogstens {{maxMb}} MB). Het is niet gelezen.',
      tooLargeTotal:
        'De gekozen bestanden zijn samen te groot ({{sizeMb}} MB; hoogstens {{maxMb}} MB). Er is niets gelezen.',
      alreadyPresent_one:
        '{{count, number}} huishouden was al aanwezig met dezelfde inhoud (niet dubbel opgeslagen).',
      alreadyPresent_other:
        '{{count, number}} huishoudens waren al aanwezig met dezelfde inhoud (niet dubbel opgeslagen).',
      changed:
        '{{count, number}} huishoudens zijn eerder geïmporteerd maar hebben nu een andere inhoud; ze zijn niet opgeslagen.',
      importChangedAsCopies: 'Toch als aparte kopieën importeren',
      importAsCopy: 'Als kopie importeren',
      cancel: 'Niet importeren',
    },
    tariffImport: {
      tooLarge:
        'Dit bestand is te groot voor een tarieventabel ({{sizeMb}} MB; hoogstens {{maxMb}} MB). Het is niet gelezen; er is niets gewijzigd.',
      tooManyRows:
        'Dit bestand heeft {{rows}} regels; een tarieventabel heeft er hoogstens {{maxRows}}. Het is niet gecontroleerd; er is niets gewijzigd.',
    },
    restore: {
      safetyMade: 'Eerst is een veiligheidsback-up van de huidige gegevens gemaakt ({{name}}).',
      safetyDownload:
        'Eerst wordt een veiligheidsback-up van de huidige gegevens gedownload, versleuteld met hetzelfde wachtwoord als de gekozen back-up.',
      safetyFailed:
        'De veiligheidsback-up van de huidige gegevens is mislukt ({{message}}). Er is niets teruggezet.',
    },
  },
  // Issue 15: a refusal of the desktop bridge by its code (stores/messages.ts desktopErrorMessage); the
  // bridge's own message is a developer's detail and never shown.
  desktop: {
    failed: 'Dat is niet gelukt: {{reason}}. Er is niets gewijzigd.',
    errors: {
      cancelled: 'het venster is gesloten zonder keuze',
      'invalid-argument': 'de app gaf de computer een onjuiste opdracht',
      'untrusted-sender': 'de opdracht kwam niet van de app zelf en is geweigerd',
      'not-allowed':
        'dit is niet toegestaan (alleen beveiligde links naar bekende openbare sites openen hier)',
      'too-large': 'het bestand is te groot',
      'not-found': 'het bestand is niet gevonden',
      corrupt: 'het bestand is beschadigd of onleesbaar',
      unsupported: 'dit kan alleen in de desktop-app, niet in de browser',
      io: 'de computer kon het bestand niet lezen of schrijven (is de schijf vol of de map beveiligd?)',
      internal: 'er ging onverwacht iets mis in de app',
    },
  },
  // A refused save keeps what the user typed (views/common/UnsavedDraftNotice.tsx).
  unsavedDraft: {
    quota:
      'Niet opgeslagen: de schijf is vol. Wat u hebt ingevuld staat hier nog; aan de opgeslagen gegevens is niets veranderd. Maak ruimte vrij en sla het opnieuw op.',
    other:
      'Niet opgeslagen. Wat u hebt ingevuld staat hier nog; aan de opgeslagen gegevens is niets veranderd. Probeer het opnieuw.',
    retry: 'Opnieuw opslaan',
  },
  // The failed-migration screen (views/startup/OpenFailedScreen.tsx): save the old data as it is.
  untouchedCopy: {
    title: 'Een kopie van uw gegevens bewaren',
    nothingChanged:
      'Er is niets gewijzigd: uw gegevens staan nog precies zo in de database als de vorige versie van Maatwerk ze achterliet. Sla hieronder een versleutelde kopie op voordat u iets anders probeert.',
    passphrase: 'Wachtwoordzin voor de kopie',
    passphraseRepeat: 'Wachtwoordzin herhalen',
    passphraseHelp:
      'Minstens 12 tekens. Wij bewaren de wachtwoordzin nergens; zonder haar is de kopie onleesbaar.',
    save: 'Kopie opslaan',
    working: 'Bezig met versleutelen…',
    made: 'Kopie opgeslagen: {{name}} ({{households}} huishoudens). Er is niets gewijzigd aan de database.',
  },
}

export const en: typeof nl = {
  data: {
    unclassified: 'Something went wrong. Please try again; if it keeps failing, tell your administrator.',
    technicalDetail: 'Technical details (for your administrator)',
    errors: {
      validation: 'The data is not valid and has not been saved.',
      notFound: 'This household does not exist (any more).',
      quota: 'The disk or the app’s storage is full. Nothing has been saved. Free some space and try again.',
      readOnly: 'The data is read-only: it was made with a newer version of Maatwerk.',
      conflict: 'The data was changed in the meantime. Please try again.',
      unknown: 'Something went wrong while saving. Nothing has been changed.',
      openFailed: 'Maatwerk could not open its local database. Nothing has been changed.',
      upgradeFailed:
        'Your data could not be converted to this version of Maatwerk. It has not been touched: it is still in the database in the form of the previous version, and nothing was deleted. Contact your administrator; until then you can keep working with the previous version of Maatwerk.',
      dumpInvalid: 'The backup holds data that does not check out. Nothing has been changed.',
      dumpNewer: 'The backup was made by a newer version of Maatwerk. Nothing has been changed.',
      dumpUntouched:
        'This is a copy of data this version of Maatwerk could not convert; it cannot be restored here. Nothing has been changed. Keep the file for your administrator.',
      databaseLost: 'The database was removed or replaced while Maatwerk was open. Nothing has been saved.',
      databaseClosed: 'The database was closed. Nothing has been saved. Restart Maatwerk.',
      dataMissing:
        'Your data is missing. Restore a backup first or choose deliberately to start empty; until then nothing is saved.',
      noRoom:
        'There is not enough storage space: this needs about {{neededMb}} MB and {{freeMb}} MB is free. Nothing has been saved. Free some space and try again.',
      notStored:
        'After the disk filled up, {{count}} households reported earlier turned out not to be kept. They have not been saved.',
      changedElsewhere:
        'This household was changed in another window. Your last change has not been saved; you now see the stored data.',
      importSame: '“{{label}}” is already present with the same content. Nothing was saved twice.',
      importChanged:
        '“{{label}}” was imported before, but this file has different content. Import it as a separate copy?',
      atRestKeyMissing:
        'The key that encrypts BSNs and notes on this computer is not available. Nothing was changed. Restart Maatwerk; if that does not help, restore a backup.',
      atRestKeyMismatch:
        'The key of this computer does not fit the encrypted BSNs and notes in the database (the key was replaced or the database comes from another computer). Nothing was changed. Restore a backup with your passphrase.',
      sealedUnreadable:
        'An encrypted BSN or note of this household cannot be read: the data is damaged or was altered. Nothing was changed.',
      caseChangedOutside:
        'This household was changed outside Maatwerk: its stored data (for example a name, date, amount, ZRM score or a deleted line) no longer fits the check code Maatwerk records with every change. Nothing was repaired or changed, and this was recorded in the audit log. You see the data as it is stored now; it can be changed again only after you accept it after review, or restore a backup.',
      exportChangedOutside:
        'This household was changed outside Maatwerk and is therefore not exported: the file would pass on data that no longer fits its check code as if it were sound. Review the data and accept it at the household first (or restore a backup). Nothing was saved; the refused export was recorded in the audit log.',
      notPastRetention:
        'This case is not (or no longer) closed, or its retention period has not yet passed. Nothing was erased.',
      memberInUse: 'This member is still in use (by a carer, a line or an income change).',
      carerInUse: 'This carer is still used in a line.',
    },
    lost: {
      title: 'The database is no longer available',
      deleted:
        'The Maatwerk database was removed while the app was open (for example from another tab, or by clearing site data).',
      closed: 'The browser or the system closed the Maatwerk database while the app was open.',
      upgrade: 'A newer version of Maatwerk in another window is upgrading the database.',
      replaced: 'The database was replaced by another database while the app was open.',
      body: 'So that no data is lost, Maatwerk saves nothing from now on. Changes made after this moment have not been kept.',
      advice:
        'Restart Maatwerk. If your data is missing then, you can restore a backup on the recovery screen.',
      reload: 'Restart Maatwerk',
    },
    recovery: {
      replacedBody:
        'This is not the database that held {{count}} households when it was last used ({{lastSeen}}): it has another install id. Nothing has been overwritten.',
      newestAutomatic: 'Newest automatic backup: {{createdAt}}',
      useNewest: 'Choose this backup',
      continueAnyway: 'Continue with this database',
    },
    contentChanged: {
      title: 'Changed outside Maatwerk',
      body: 'The data below is as it is stored now, but it does not fit the check code of the last change made in Maatwerk. It can be changed again only after you accept it; or restore a backup (Settings).',
      accept: 'Accept the data after review',
      confirmTitle: 'Accept the changed data?',
      confirmBody:
        'Accept the data of “{{household}}” only when you have checked every tab and it is right. Maatwerk then records the current data as correct; the acceptance goes into the audit log under your name.',
    },
    conflict: {
      title: 'Changed in another window',
      body: 'This household was changed in another window. Your last change has not been saved.',
      reload: 'Reload',
    },
    import: {
      tooLarge: '“{{name}}” is too large ({{sizeMb}} MB; at most {{maxMb}} MB). It was not read.',
      tooLargeTotal:
        'The chosen files are too large together ({{sizeMb}} MB; at most {{maxMb}} MB). Nothing was read.',
      alreadyPresent_one:
        '{{count, number}} household was already present with the same content (not saved twice).',
      alreadyPresent_other:
        '{{count, number}} households were already present with the same content (not saved twice).',
      changed:
        '{{count, number}} households were imported before but now have different content; they were not saved.',
      importChangedAsCopies: 'Import them as separate copies anyway',
      importAsCopy: 'Import as a copy',
      cancel: 'Do not import',
    },
    tariffImport: {
      tooLarge:
        'This file is too large for a tariff table ({{sizeMb}} MB; at most {{maxMb}} MB). It was not read; nothing has changed.',
      tooManyRows:
        'This file has {{rows}} rows; a tariff table has at most {{maxRows}}. It was not checked; nothing has changed.',
    },
    restore: {
      safetyMade: 'A safety backup of the current data was made first ({{name}}).',
      safetyDownload:
        'A safety backup of the current data is downloaded first, encrypted with the same passphrase as the chosen backup.',
      safetyFailed: 'The safety backup of the current data failed ({{message}}). Nothing was restored.',
    },
  },
  desktop: {
    failed: 'That did not work: {{reason}}. Nothing was changed.',
    errors: {
      cancelled: 'the dialog was closed without a choice',
      'invalid-argument': 'the app gave the computer a wrong instruction',
      'untrusted-sender': 'the request did not come from the app itself and was refused',
      'not-allowed': 'this is not allowed (only secure links to known public sites open here)',
      'too-large': 'the file is too large',
      'not-found': 'the file was not found',
      corrupt: 'the file is damaged or unreadable',
      unsupported: 'this works only in the desktop app, not in the browser',
      io: 'the computer could not read or write the file (is the disk full or the folder protected?)',
      internal: 'something went wrong unexpectedly in the app',
    },
  },
  unsavedDraft: {
    quota:
      'Not saved: the disk is full. What you entered is still here; the stored data has not changed. Free some space and save again.',
    other: 'Not saved. What you entered is still here; the stored data has not changed. Try again.',
    retry: 'Save again',
  },
  untouchedCopy: {
    title: 'Keep a copy of your data',
    nothingChanged:
      'Nothing has been changed: your data is still in the database exactly as the previous version of Maatwerk left it. Save an encrypted copy below before you try anything else.',
    passphrase: 'Passphrase for the copy',
    passphraseRepeat: 'Repeat passphrase',
    passphraseHelp:
      'At least 12 characters. We store the passphrase nowhere; without it the copy cannot be read.',
    save: 'Save copy',
    working: 'Encrypting…',
    made: 'Copy saved: {{name}} ({{households}} households). Nothing in the database has been changed.',
  },
}
