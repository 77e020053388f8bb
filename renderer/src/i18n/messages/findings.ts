/**
 * Messages of the engine: finding texts (`findings.<ruleId>` and variants), rule titles
 * (`rule.<ruleId>`), provision labels (`provision.<id>`), ZRM domains and levels, payers and laws.
 * Keys with dots are nested objects (i18next splits on '.'). Finding params are raw engine values:
 * callers format params whose name ends in `Cents` as money and ISO dates as dates before `t()`;
 * a `domain` param is a ZRM domain key (label: `zrm.domain.<key>`).
 * Keep nl and en in the same shape.
 */
export const nl = {
  findings: {
    wmo: {
      'client-age':
        'Wmo-maatwerk is voor volwassenen: deze ondersteuning valt tot de 18e verjaardag ({{adultFrom}}) onder de Jeugdwet.',
      'wlz-voorliggend':
        'Vanaf {{wlzFrom}} heeft {{person}} een Wlz-indicatie: de Wlz levert deze zorg, niet de Wmo.',
      'zvw-voorliggend':
        'Persoonlijke verzorging thuis voor een volwassene is wijkverpleging uit de Zorgverzekeringswet (geen eigen risico).',
      'gebruikelijke-hulp':
        'Gebruikelijke hulp: {{housemateName}} is een gezonde volwassen huisgenoot. Volgens het protocol wordt {{protocolHoursPerWeek}} uur per week verwacht; {{deductedHoursPerWeek}} uur per week is afgetrokken.',
      'gebruikelijke-hulp-overloaded':
        'Gebruikelijke hulp zou van {{housemateName}} verwacht kunnen worden, maar deze mantelzorger is overbelast: de hulp blijft volledig staan.',
      'eigen-bijdrage':
        'Eigen bijdrage Wmo (abonnementstarief): {{amountCents}} per maand voor deze cliënt (met partner samen één bijdrage).',
      'eigen-bijdrage-exempt':
        'Geen eigen bijdrage Wmo: meerpersoonshuishouden waarin ten minste één partner de AOW-leeftijd nog niet heeft bereikt.',
      'eigen-bijdrage-exempt-opvang':
        'Geen eigen bijdrage Wmo: de cliënt of de partner verblijft deze maand twee of meer nachten aaneengesloten in de maatschappelijke opvang (Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 3 sub b).',
      'eigen-bijdrage-none': 'Geen eigen bijdrage Wmo: deze maand geen Wmo-ondersteuning met eigen bijdrage.',
      'eigen-bijdrage-minima':
        'Eigen bijdrage Wmo verlaagd door het minimabeleid van de gemeente: {{amountCents}} per maand.',
      'eigen-bijdrage-beschermd-wonen':
        'Beschermd wonen heeft een eigen, inkomens- en vermogensafhankelijke bijdrage via het CAK (niet het abonnementstarief): schatting {{amountCents}} per maand zonder vermogen ({{regime}} bijdrage) — het box-3-vermogen is niet ingevuld; met vermogen tot wettelijk {{maxCents}}. Exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-beschermd-wonen-assets':
        'Beschermd wonen heeft een eigen, inkomens- en vermogensafhankelijke bijdrage via het CAK (niet het abonnementstarief): schatting {{amountCents}} per maand ({{regime}} bijdrage, inclusief {{bijtellingCents}} vermogensinkomensbijtelling; wettelijk tussen {{minCents}} en {{maxCents}}). Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-eigendom':
        'Deze voorziening is in eigendom: het abonnementstarief ({{tariefCents}}) loopt elke maand door zolang zij in gebruik is, ook naast andere Wmo-ondersteuning, tot de kostprijs ({{costCents}}) is bereikt — ongeveer {{months}} maanden. Het CAK trekt het tarief elke maand af van de kostprijs en int een maand niet meer als er minder dan één tarief over is (Uitvoeringsbesluit Wmo 2015 art. 3.10b).',
      'eigen-bijdrage-opvang':
        'Maatschappelijke opvang valt niet onder het abonnementstarief. Een bijdrage geldt alleen als de verordening van de gemeente die vastlegt. Volgens Uitvoeringsbesluit Wmo 2015 art. 3.20 houdt de cliënt van zijn inkomen ten minste zak- en kleedgeld en de standaardpremie min zorgtoeslag over; die bedragen zijn niet in Maatwerk opgenomen. De bijdrage ligt dus tussen {{minCents}} en minder dan het netto inkomen van {{incomeCents}} per maand. Gerekend met € 0; vraag de bijdrage na bij de gemeente of de opvanginstelling. Niet geverifieerd.',
      'eigen-bijdrage-opvang-income-unknown':
        'Maatschappelijke opvang valt niet onder het abonnementstarief. Een bijdrage geldt alleen als de verordening van de gemeente die vastlegt. Volgens Uitvoeringsbesluit Wmo 2015 art. 3.20 houdt de cliënt van zijn inkomen (ook bijstand) ten minste zak- en kleedgeld en de standaardpremie min zorgtoeslag over; die bedragen zijn niet in Maatwerk opgenomen en het inkomen staat niet als bedrag vastgelegd. De bijdrage ligt tussen {{minCents}} en een bedrag dat hier niet te berekenen is. Gerekend met € 0; vraag de bijdrage na bij de gemeente of de opvanginstelling. Niet geverifieerd.',
      'eigen-bijdrage-opvang-income-incomplete':
        'Maatschappelijke opvang valt niet onder het abonnementstarief. Een bijdrage geldt alleen als de verordening van de gemeente die vastlegt. Volgens Uitvoeringsbesluit Wmo 2015 art. 3.20 houdt de cliënt van zijn inkomen ten minste zak- en kleedgeld en de standaardpremie min zorgtoeslag over. In deze maand is bijstand of AIO (SVB) te verwachten, maar de bijstandsnormen staan pas vanaf {{firstMonth}} in Maatwerk: het inkomen is onvolledig. De bijdrage ligt tussen {{minCents}} en een bedrag dat hier niet te berekenen is. Gerekend met € 0; vraag de bijdrage na bij de gemeente of de opvanginstelling. Niet geverifieerd.',
      'eigen-bijdrage-wlz-samenloop':
        'Geen eigen bijdrage Wmo: deze cliënt of de partner betaalt al een eigen bijdrage voor de Wlz (samenloop). Let op: geldt niet voor een partner met AOW voor ongehuwden of bij scheiding van tafel en bed.',
      'pgb-tariff-cap':
        'Het pgb-tarief ({{rateCents}}) is hoger dan het tarief voor zorg in natura ({{capCents}}).',
      'pgb-tariff-cap-netwerk':
        'Het pgb-tarief voor hulp uit het sociaal netwerk ({{rateCents}}) is hoger dan het netwerktarief van de gemeente ({{capCents}}).',
      'mantelzorg-voluntary':
        'Mantelzorg is vrijwillig: {{carerName}} heeft geen toestemming gegeven, dus deze regel kan niet meetellen.',
      'mantelzorg-voluntary-no-carer':
        'Deze regel steunt op een mantelzorger, maar er is geen mantelzorger gekozen.',
      'algemene-voorziening-first':
        'Er is een algemene voorziening die dit kan bieden; ga na of die volstaat vóór maatwerk.',
      'procedure-deadlines':
        'Termijn verstreken: de stap "{{step}}" moest binnen {{weeks}} weken na {{start}} klaar zijn (uiterlijk {{deadline}}).',
    },
    jeugdwet: {
      age: 'Jeugdhulp is voor jongeren onder 18 (of tot 23 als voortzetting).',
      'age-adult-start':
        'Deze jeugdhulp begint na de 18e verjaardag ({{adultFrom}}) zonder voortzetting: dat kan niet onder de Jeugdwet.',
      'age-over-23': 'Verlengde jeugdhulp loopt uiterlijk tot de 23e verjaardag ({{until}}).',
      'age-over-21': 'Pleegzorg loopt zonder besluit tot voortzetting tot de 21e verjaardag ({{until}}).',
      'wlz-voorliggend':
        'Vanaf {{wlzFrom}} heeft {{person}} een Wlz-indicatie: de Wlz gaat voor op de Jeugdwet.',
      'turns-18-transition':
        'Op {{birthday18}} wordt {{person}} 18: de jeugdhulp stopt dan, tenzij voortzetting is afgesproken. Regel tijdig de overgang naar de Wmo of Wlz.',
      'turns-18-continuation':
        'Op {{birthday18}} wordt {{person}} 18: de hulp loopt door als verlengde jeugdhulp.',
      'turns-18-pleegzorg':
        'Op {{birthday18}} wordt {{person}} 18: pleegzorg loopt standaard door tot 21 jaar.',
      'no-parental-contribution': 'Voor jeugdhulp geldt geen ouderbijdrage (afgeschaft per 1 januari 2016).',
      'respite-for-parents':
        'Respijtzorg voor {{childName}} ontlast de ouders, zodat zij de zorg kunnen volhouden.',
    },
    participatiewet: {
      age: 'Bijstand en re-integratie zijn er van 18 jaar tot de AOW-leeftijd.',
      'age-minor': 'Bijstand en re-integratie zijn er pas vanaf 18 jaar.',
      'age-aow': 'Na de AOW-leeftijd ({{aowDate}}) is er geen bijstand of re-integratie meer.',
      'bijstand-norm': 'Bijstandsnorm: {{normCents}} per maand (incl. vakantietoeslag).',
      'bijzondere-bijstand':
        'Bijzondere bijstand (art. 35): alleen voor kosten die in dit geval noodzakelijk zijn door bijzondere omstandigheden en niet te betalen zijn uit de bijstandsnorm, het vermogen of het inkomen boven de norm (draagkracht). Een voorliggende voorziening gaat voor (art. 15). Het college beslist per geval.',
      'individuele-inkomenstoeslag':
        'Individuele inkomenstoeslag (art. 36): op aanvraag, voor wie 21 jaar of ouder is en jonger dan de AOW-leeftijd, langdurig een laag inkomen heeft, geen vermogen boven de grens (art. 34) en geen uitzicht op inkomensverbetering. Hoogstens eens per 12 maanden.',
      'individuele-inkomenstoeslag-prospects':
        'Individuele inkomenstoeslag (art. 36): in dit scenario gaat {{person}} verdienen; dat wijst op uitzicht op inkomensverbetering, terwijl de toeslag juist voor wie dat niet heeft is.',
      'individuele-inkomenstoeslag-age':
        'De individuele inkomenstoeslag is er vanaf 21 jaar (art. 36): niet vóór {{from}}.',
      'individuele-inkomenstoeslag-12-months':
        'Al een individuele inkomenstoeslag op {{earlier}}: een nieuwe aanvraag binnen 12 maanden wordt afgewezen (art. 36 lid 3), dus niet vóór {{until}}.',
      'bijstand-norm-unverified':
        'Bijstandsnorm: {{normCents}} per maand (incl. vakantietoeslag). Let op: voor deze periode is geen gepubliceerd bedrag gevonden; het vorige bedrag is aangehouden (niet geverifieerd).',
      'aio-svb':
        'Op {{aowDate}} bereikt {{person}}, een van de partners, de AOW-leeftijd: vanaf dan betaalt de SVB het paar een aanvulling (AIO) tot de norm voor gehuwden met AOW-leeftijd ({{normCents}} per maand), niet meer de gemeente. De re-integratie van de jongere partner blijft bij de gemeente.',
      'aio-svb-no-aow':
        'Op {{aowDate}} bereikt {{person}}, een van de partners, de AOW-leeftijd: vanaf dan betaalt de SVB het paar een aanvulling (AIO) tot {{normCents}} per maand, niet meer de gemeente. Er is geen AOW als inkomen vastgelegd, dus de hele norm is als AIO gerekend: leg de AOW vast als inkomenswijziging om het bedrag te laten kloppen.',
      'aio-svb-single':
        '{{person}} heeft de AOW-leeftijd ({{aowDate}}) en een AOW onder de norm voor alleenstaanden met AOW-leeftijd: de SVB vult aan tot {{normCents}} per maand (AIO, art. 47a Participatiewet), niet de gemeente.',
      'aio-svb-single-no-aow':
        'Op {{aowDate}} bereikt {{person}} de AOW-leeftijd: vanaf dan vult de SVB aan tot {{normCents}} per maand (AIO), niet meer de gemeente. Er is geen AOW als inkomen vastgelegd, dus de hele norm is als AIO gerekend: leg de AOW vast als inkomenswijziging om het bedrag te laten kloppen.',
      'aio-svb-couple':
        'Vanaf {{aowDate}} heeft (een van) de partners de AOW-leeftijd en blijft het inkomen van het paar onder de norm voor gehuwden met AOW-leeftijd: de SVB vult aan tot {{normCents}} per maand (AIO, art. 47a lid 1 sub b Participatiewet), niet de gemeente.',
      inkomstenvrijlating:
        'Inkomstenvrijlating: {{ratePercent}}% van de verdiensten (maximaal {{capCents}} per maand) telt niet mee, gedurende {{months}} maanden.',
      'aow-transition': 'Op {{aowDate}} bereikt {{person}} de AOW-leeftijd: deze regel stopt dan.',
      'aow-transition-bijstand':
        'Op {{aowDate}} bereikt {{person}} de AOW-leeftijd: de bijstand stopt; AOW en eventueel AIO via de SVB.',
      // AIO with a spouse without a right to bijstand (art. 11 lid 4, 13, 24 with art. 47a lid 2 Pw).
      'aio-svb-spouse-without-right':
        'Vanaf {{aowDate}} heeft {{person}} de AOW-leeftijd; de partner heeft (nog) geen recht op bijstand (jonger dan 18, of student jonger dan 27: art. 13 Participatiewet). De SVB vult daarom alleen voor {{person}} aan, tot {{normCents}} per maand: 50% van de norm voor gehuwden met AOW-leeftijd (art. 24), of met kostendelende medebewoners één deel van de kostendelersnorm (art. 22a lid 2).',
      'aio-svb-spouse-without-right-no-aow':
        'Op {{aowDate}} bereikt {{person}} de AOW-leeftijd; de partner heeft (nog) geen recht op bijstand (jonger dan 18, of student jonger dan 27: art. 13 Participatiewet). Vanaf dan vult de SVB alleen voor {{person}} aan, tot {{normCents}} per maand (art. 24 of art. 22a lid 2), niet meer de gemeente. Er is geen AOW als inkomen vastgelegd, dus de hele norm is als AIO gerekend: leg de AOW vast als inkomenswijziging om het bedrag te laten kloppen.',
    },
    wlz: {
      'indication-likely':
        'De scores wijzen op blijvend permanent toezicht of 24 uur zorg in de nabijheid: overweeg een aanvraag bij het CIZ.',
      'care-at-home':
        'Wlz-zorg thuis ({{provision}}, {{deliveryForm}}): het zorgkantoor beoordeelt of zorg thuis verantwoord en doelmatig is (niet duurder dan het verblijf dat zij vervangt); de cliënt betaalt de lage eigen bijdrage.',
      'care-at-home-ceiling':
        'Wlz-zorg thuis kost in deze maand {{costCents}}, meer dan het verblijf dat zij vervangt ({{ceilingCents}}; {{percentOfStay}}% van het verblijfstarief), in {{monthsOver}} maand(en). Het zorgkantoor toetst of zorg thuis doelmatig is en kan haar weigeren of beperken. Let op: deze grens is een schatting (niet geverifieerd).',
      'indication-required':
        'Wlz-zorg ({{provision}}) vraagt een indicatiebesluit van het CIZ; {{person}} heeft geen Wlz-indicatie. Vraag de indicatie aan of leg een aanname vast in het scenario.',
      'indication-required-from':
        'Wlz-zorg ({{provision}}) vraagt een indicatiebesluit van het CIZ; de indicatie geldt pas vanaf {{indicationFrom}}. Tot die datum telt deze regel niet mee.',
      'eigen-bijdrage-lage-first-months':
        'Eigen bijdrage Wlz (lage bijdrage, eerste maanden van het verblijf): schatting {{amountCents}} per maand zonder vermogen — het box-3-vermogen is niet ingevuld. Met vermogen boven het heffingsvrij vermogen telt {{bijtellingPercent}}% ervan mee (vermogensinkomensbijtelling), tot wettelijk {{maxCents}}. Vul het vermogen in om het bedrag te bepalen; exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-lage-first-months-assets':
        'Eigen bijdrage Wlz (lage bijdrage, eerste maanden van het verblijf): schatting {{amountCents}} per maand, inclusief {{bijtellingCents}} vermogensinkomensbijtelling ({{bijtellingPercent}}% van het vermogen boven de vrijgestelde grens van {{heffingsvrijCents}} per persoon); wettelijk tussen {{minCents}} en {{maxCents}}. Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-lage-partner-at-home':
        'Eigen bijdrage Wlz (lage bijdrage, partner woont thuis): schatting {{amountCents}} per maand zonder vermogen — het box-3-vermogen is niet ingevuld. Met vermogen boven het heffingsvrij vermogen telt {{bijtellingPercent}}% ervan mee (vermogensinkomensbijtelling), tot wettelijk {{maxCents}}. Vul het vermogen in om het bedrag te bepalen; exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-lage-partner-at-home-assets':
        'Eigen bijdrage Wlz (lage bijdrage, partner woont thuis): schatting {{amountCents}} per maand, inclusief {{bijtellingCents}} vermogensinkomensbijtelling ({{bijtellingPercent}}% van het vermogen boven de vrijgestelde grens van {{heffingsvrijCents}} per persoon); wettelijk tussen {{minCents}} en {{maxCents}}. Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-lage-children':
        'Eigen bijdrage Wlz (lage bijdrage, zorg voor thuiswonende kinderen): schatting {{amountCents}} per maand zonder vermogen — het box-3-vermogen is niet ingevuld. Met vermogen boven het heffingsvrij vermogen telt {{bijtellingPercent}}% ervan mee (vermogensinkomensbijtelling), tot wettelijk {{maxCents}}. Vul het vermogen in om het bedrag te bepalen; exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-lage-children-assets':
        'Eigen bijdrage Wlz (lage bijdrage, zorg voor thuiswonende kinderen): schatting {{amountCents}} per maand, inclusief {{bijtellingCents}} vermogensinkomensbijtelling ({{bijtellingPercent}}% van het vermogen boven de vrijgestelde grens van {{heffingsvrijCents}} per persoon); wettelijk tussen {{minCents}} en {{maxCents}}. Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-lage-care-at-home':
        'Eigen bijdrage Wlz (lage bijdrage, Wlz-zorg thuis: vpt, mpt of pgb): schatting {{amountCents}} per maand zonder vermogen — het box-3-vermogen is niet ingevuld. Met vermogen boven het heffingsvrij vermogen telt {{bijtellingPercent}}% ervan mee (vermogensinkomensbijtelling), tot wettelijk {{maxCents}}. Vul het vermogen in om het bedrag te bepalen; exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-lage-care-at-home-assets':
        'Eigen bijdrage Wlz (lage bijdrage, Wlz-zorg thuis: vpt, mpt of pgb): schatting {{amountCents}} per maand, inclusief {{bijtellingCents}} vermogensinkomensbijtelling ({{bijtellingPercent}}% van het vermogen boven de vrijgestelde grens van {{heffingsvrijCents}} per persoon); wettelijk tussen {{minCents}} en {{maxCents}}. Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-hoge':
        'Eigen bijdrage Wlz (hoge bijdrage): schatting {{amountCents}} per maand zonder vermogen — het box-3-vermogen is niet ingevuld. Met vermogen boven het heffingsvrij vermogen telt {{bijtellingPercent}}% ervan mee (vermogensinkomensbijtelling), tot wettelijk {{maxCents}}. Vul het vermogen in om het bedrag te bepalen; exact met het verzamelinkomen en vermogen van {{peiljaar}}.',
      'eigen-bijdrage-hoge-assets':
        'Eigen bijdrage Wlz (hoge bijdrage): schatting {{amountCents}} per maand, inclusief {{bijtellingCents}} vermogensinkomensbijtelling ({{bijtellingPercent}}% van het vermogen boven de vrijgestelde grens van {{heffingsvrijCents}} per persoon); wettelijk tussen {{minCents}} en {{maxCents}}. Exact met het verzamelinkomen van {{peiljaar}}.',
      'eigen-bijdrage-lage-waived-art23':
        'Eigen bijdrage Wlz: geen lage bijdrage, omdat de cliënt bijstand voor iemand in een inrichting ontvangt (art. 23 lid 1 Participatiewet; Besluit langdurige zorg art. 3.3.2.2 lid 7, tekst 2015). Dit geldt alleen op aanvraag bij het CAK; zonder aanvraag tussen {{minCents}} en {{maxCents}} per maand.',
      'eigen-bijdrage-lage-waived-low-income':
        'Eigen bijdrage Wlz: geen lage bijdrage, omdat het inkomen ({{incomeCents}} per maand) niet hoger is dan de bijstandsnorm voor iemand in een inrichting plus de minimale eigen bijdrage ({{thresholdCents}}; art. 23 lid 1 en 2 Participatiewet, Besluit langdurige zorg art. 3.3.2.2 lid 9). Het CAK past dit zelf toe of op aanvraag; anders tussen {{minCents}} en {{maxCents}} per maand.',
      'eigen-bijdrage-lage-waived-low-income-on-request':
        'Eigen bijdrage Wlz: geen lage bijdrage, omdat het inkomen ({{incomeCents}} per maand) niet hoger is dan de bijstandsnorm voor iemand in een inrichting ({{thresholdCents}}; art. 23 Participatiewet, Besluit langdurige zorg art. 3.3.2.2 lid 9, tekst 2017–2019). Dit geldt alleen op aanvraag bij het CAK; zonder aanvraag tussen {{minCents}} en {{maxCents}} per maand.',
      'eigen-bijdrage-mpt-low-hours':
        'Eigen bijdrage Wlz: {{mptHours}} uur zorg in natura via een modulair pakket thuis deze maand, niet meer dan {{mptLowHours}} uur. De bijdrage is dan het minimumbedrag min de korting: {{amountCents}} per maand, los van inkomen en vermogen (Besluit langdurige zorg art. 3.3.2.2 lid 5 en 6). Bij meer uren geldt de gewone lage bijdrage.',
      // Wlz amounts per year and the pgb reduction (wlz.eigen-bijdrage; shared/parameters/wlz.ts).
      'figures-unverified': 'bedragen niet geverifieerd',
      'eigen-bijdrage-year-unavailable':
        'Eigen bijdrage Wlz {{year}}: de bedragen uit het Besluit langdurige zorg voor {{year}} (minimum en maximum van de lage en de hoge bijdrage) zijn niet beschikbaar in de bronnen van Maatwerk. De eigen bijdrage is voor dit jaar daarom niet geschat en telt niet mee in de kosten voor de cliënt; het CAK brengt haar wel in rekening. Reken het bedrag na met de rekenhulp van het CAK.',
      'eigen-bijdrage-pgb-reduction':
        'Eigen bijdrage Wlz: de lage bijdrage is verlaagd met {{pgbReductionCents}} per maand voor het persoonsgebonden budget (Besluit langdurige zorg art. 3.3.2.2 lid 4, tekst 2015); te betalen {{amountCents}} per maand.',
      'eigen-bijdrage-mpt-pgb-reduction':
        'Eigen bijdrage Wlz met een modulair pakket thuis of persoonsgebonden budget: het bijdrageplichtig inkomen telt {{incomeReductionYearCents}} per jaar lager (Besluit langdurige zorg art. 3.3.2.4 lid 1) en de lage bijdrage is verlaagd met {{pgbReductionCents}} per maand (art. 3.3.2.2 lid 4); te betalen {{amountCents}} per maand.',
    },
    mantelzorg: {
      intensive:
        '{{carerName}} geeft {{hoursPerWeek}} uur per week mantelzorg, langer dan drie maanden: intensief.',
      overload:
        '{{carerName}} is overbelast: {{hoursPerWeek}} uur per week, terwijl {{carerName}} {{capacityHoursPerWeek}} uur kan volhouden, belastingscore {{burdenScore}}.',
      'respite-recommended':
        '{{carerName}} zorgt intensief en heeft geen respijtzorg in dit scenario: overweeg respijt.',
      'young-carer':
        '{{carerName}} is {{carerAge}} jaar en zou {{personName}} {{hoursPerWeek}} uur per week helpen. Van een kind van die leeftijd verwacht het protocol gebruikelijke hulp voor een volwassene hoogstens {{supportedHoursPerWeek, number}} uur per week (licht huishoudelijk werk); de uren daarboven ({{excessHoursPerWeek}} uur per week) tellen niet als dekking van de zorgbehoefte. Zoek andere hulp en bied de jonge mantelzorger steun. Dat aantal uren is een aanname (niet geverifieerd): de protocollen noemen taken per leeftijd, geen uren.',
      'young-carer-lines':
        '{{carerName}} is {{carerAge}} jaar en zou {{personName}} in totaal {{hoursPerWeek}} uur per week helpen, verdeeld over {{lineCount}} regels. Van een kind van die leeftijd verwacht het protocol gebruikelijke hulp voor een volwassene hoogstens {{supportedHoursPerWeek, number}} uur per week (licht huishoudelijk werk), voor alle regels samen; de uren daarboven ({{excessHoursPerWeek}} uur per week) tellen niet als dekking van de zorgbehoefte. Zoek andere hulp en bied de jonge mantelzorger steun. Dat aantal uren is een aanname (niet geverifieerd): de protocollen noemen taken per leeftijd, geen uren.',
      'young-carer-age-unknown-lines':
        '{{carerName}} is jonger dan 18 en zou {{personName}} in totaal {{hoursPerWeek}} uur per week helpen, verdeeld over {{lineCount}} regels. Van een minderjarige verwacht het protocol gebruikelijke hulp voor een volwassene hoogstens {{supportedHoursPerWeek, number}} uur per week (licht huishoudelijk werk), voor alle regels samen; de uren daarboven ({{excessHoursPerWeek}} uur per week) tellen niet als dekking van de zorgbehoefte. Leg de geboortedatum vast voor een precieze toets. Dat aantal uren is een aanname (niet geverifieerd): de protocollen noemen taken per leeftijd, geen uren.',
      'young-carer-age-unknown':
        '{{carerName}} is jonger dan 18 en zou {{personName}} {{hoursPerWeek}} uur per week helpen. Van een minderjarige verwacht het protocol gebruikelijke hulp voor een volwassene hoogstens {{supportedHoursPerWeek, number}} uur per week (licht huishoudelijk werk); de uren daarboven ({{excessHoursPerWeek}} uur per week) tellen niet als dekking van de zorgbehoefte. Leg de geboortedatum vast voor een precieze toets. Dat aantal uren is een aanname (niet geverifieerd): de protocollen noemen taken per leeftijd, geen uren.',
      'hours-above-today':
        'Dit scenario vraagt {{hoursPerWeek}} uur per week van {{carerName}}, die nu {{todayHoursPerWeek}} uur geeft: {{extraHoursPerWeek}} uur meer. Mantelzorg is vrijwillig: ga na of {{carerName}} dit wil en kan.',
      'hours-above-today-intensive':
        'Dit scenario vraagt {{hoursPerWeek}} uur per week van {{carerName}}, die nu {{todayHoursPerWeek}} uur geeft: {{extraHoursPerWeek}} uur meer, waarmee de zorg intensief wordt ({{thresholdHours}} uur per week of meer). Mantelzorg is vrijwillig: ga na of {{carerName}} dit wil en kan.',
    },
    coverage: {
      'unmet-need':
        'Een behoefte op het domein {{domain}} (score {{score}}) wordt door geen enkele regel gedekt.',
    },
    engine: {
      'missing-tariff':
        'Geen tarief voor deze voorziening en leveringsvorm in het gemeenteprofiel: vul een tarief in.',
      'unit-mismatch': 'De eenheid van deze regel past niet bij de eenheid van de voorziening.',
      'delivery-form-not-allowed': 'Deze leveringsvorm is niet mogelijk voor deze voorziening.',
      'before-birth':
        'Deze regel begint vóór de geboortedatum ({{birthDate}}): de dagen daarvóór worden niet meegeteld. Laat de regel op of na de geboorte beginnen.',
      'rule-not-in-force':
        'De regel {{ruleId}} geldt in deze vorm vanaf {{validFrom}}: in de maanden daarvóór (of na {{validTo}}) is zij niet toegepast; de regeling van toen is niet gemodelleerd.',
      // Months before the first entry of a parameter series (recordAmountsUnavailable).
      'amounts-unavailable': {
        'bijstand-norms':
          'Voor {{fromMonth}} tot en met {{untilMonth}} zijn de bedragen van de bijstandsnormen (Participatiewet art. 21–23) niet in Maatwerk opgenomen; Maatwerk heeft ze vanaf {{firstMonth}}. Dit deel is niet berekend: bijstand en AIO voor deze maanden tellen niet mee (dat is geen bedrag van € 0).',
        'wml-per-hour':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is het bedrag van het wettelijk minimumloon per uur niet in Maatwerk opgenomen; Maatwerk heeft het vanaf {{firstMonth}}. De waarde van de mantelzorguren in deze maanden is niet berekend en telt niet mee (dat is geen bedrag van € 0).',
        'wlz-income-bijstand':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is de Wlz-eigen bijdrage niet berekend: in die maanden is bijstand of AIO (SVB) te verwachten, maar de bijstandsnormen staan pas vanaf {{firstMonth}} in Maatwerk. Zonder dat inkomen zou de bijdrage te laag uitvallen; het CAK rekent met het werkelijke inkomen. Per maand ligt zij tussen {{minCents}} (de bijdrage op het vastgelegde inkomen zonder bijstand of AIO) en {{maxCents}} (het wettelijk maximum). Dit is geen bedrag van € 0.',
        'beschermd-wonen-bijdrage':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is de eigen bijdrage voor beschermd wonen (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19) niet berekend: de bedragen ervan staan pas vanaf {{firstMonth}} in Maatwerk. Het CAK rekent in die maanden wel een inkomensafhankelijke bijdrage. Dit is geen bedrag van € 0.',
        'beschermd-wonen-income-bijstand':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is de eigen bijdrage voor beschermd wonen niet berekend: in die maanden is bijstand of AIO (SVB) te verwachten, maar de bijstandsnormen staan pas vanaf {{firstMonth}} in Maatwerk. Zonder dat inkomen zou de bijdrage te laag uitvallen. Per maand ligt zij tussen {{minCents}} (de bijdrage op het vastgelegde inkomen zonder bijstand of AIO) en {{maxCents}} (het wettelijk maximum). Dit is geen bedrag van € 0.',
        'minima-income-bijstand':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is niet vast te stellen of het minimabeleid van de gemeente de eigen bijdrage Wmo verlaagt: in die maanden is bijstand of AIO (SVB) te verwachten, maar de bijstandsnormen staan pas vanaf {{firstMonth}} in Maatwerk, dus het inkomen is onvolledig. Per maand ligt de eigen bijdrage tussen {{minCents}} (met minimabeleid) en {{maxCents}} (zonder). Niet meegerekend; dit is geen bedrag van € 0.',
        'minima-social-minimum':
          'Voor {{fromMonth}} tot en met {{untilMonth}} is niet vast te stellen of het minimabeleid van de gemeente de eigen bijdrage Wmo verlaagt: de inkomensgrens is een percentage van het sociaal minimum (de bijstandsnorm), en die staat pas vanaf {{firstMonth}} in Maatwerk. Per maand ligt de eigen bijdrage tussen {{minCents}} (met minimabeleid) en {{maxCents}} (zonder). Niet meegerekend; dit is geen bedrag van € 0.',
      },
    },
  },
  rule: {
    wmo: {
      'client-age': 'Wmo: leeftijd cliënt',
      'wlz-voorliggend': 'Wmo: Wlz gaat voor',
      'zvw-voorliggend': 'Wmo: Zvw gaat voor',
      'gebruikelijke-hulp': 'Wmo: gebruikelijke hulp',
      'eigen-bijdrage': 'Wmo: eigen bijdrage',
      'pgb-tariff-cap': 'Wmo: pgb-tarief',
      'mantelzorg-voluntary': 'Wmo: mantelzorg is vrijwillig',
      'algemene-voorziening-first': 'Wmo: algemene voorziening eerst',
      'procedure-deadlines': 'Wmo: termijnen',
    },
    jeugdwet: {
      age: 'Jeugdwet: leeftijd',
      'wlz-voorliggend': 'Jeugdwet: Wlz gaat voor',
      'turns-18-transition': 'Jeugdwet: overgang naar 18',
      'no-parental-contribution': 'Jeugdwet: geen ouderbijdrage',
      'respite-for-parents': 'Jeugdwet: respijt voor ouders',
    },
    participatiewet: {
      age: 'Participatiewet: leeftijd',
      'bijstand-norm': 'Participatiewet: bijstandsnorm',
      inkomstenvrijlating: 'Participatiewet: inkomstenvrijlating',
      'aow-transition': 'Participatiewet: overgang naar AOW',
      'bijzondere-bijstand': 'Participatiewet: bijzondere bijstand en inkomenstoeslag',
    },
    wlz: {
      'indication-likely': 'Wlz: indicatie waarschijnlijk',
      'eigen-bijdrage': 'Wlz: eigen bijdrage',
      'care-at-home': 'Wlz: zorg thuis en indicatie',
    },
    mantelzorg: {
      intensive: 'Mantelzorg: intensief',
      overload: 'Mantelzorg: overbelasting',
      'respite-recommended': 'Mantelzorg: respijt aanbevolen',
      'young-carer': 'Mantelzorg: jonge mantelzorger',
      'hours-above-today': 'Mantelzorg: meer uren dan nu',
    },
    coverage: { 'unmet-need': 'Dekking: onvervulde behoefte' },
    engine: { 'line-costing': 'Berekening: tarief en eenheid' },
  },
  provision: {
    wmo: {
      'hulp-bij-het-huishouden': 'Hulp bij het huishouden',
      'begeleiding-individueel': 'Individuele begeleiding',
      'persoonlijke-verzorging': 'Persoonlijke verzorging (Wmo)',
      dagbesteding: 'Dagbesteding',
      'vervoer-dagbesteding': 'Vervoer naar dagbesteding',
      'kortdurend-verblijf': 'Kortdurend verblijf (logeeropvang)',
      woningaanpassing: 'Woningaanpassing',
      rolstoel: 'Rolstoel',
      hulpmiddel: 'Hulpmiddel',
      'beschermd-wonen': 'Beschermd wonen',
      opvang: 'Maatschappelijke opvang',
    },
    jeugd: {
      dagbehandeling: 'Jeugdhulp dagbehandeling',
      dagbesteding: 'Dagbesteding jeugd (daghulp)',
      ambulant: 'Jeugdhulp ambulant',
      verblijf: 'Jeugdhulp met verblijf',
      pleegzorg: 'Pleegzorg',
      jeugdreclassering: 'Jeugdreclassering',
      respijt: 'Respijtzorg jeugd (logeeropvang)',
    },
    pw: {
      jobcoach: 'Jobcoach',
      loonkostensubsidie: 'Loonkostensubsidie',
      'bijzondere-bijstand': 'Bijzondere bijstand',
      'individuele-inkomenstoeslag': 'Individuele inkomenstoeslag',
    },
    zvw: { wijkverpleging: 'Wijkverpleging (Zvw)' },
    wlz: {
      verblijf: 'Wlz-verblijf (verpleeghuis/instelling)',
      vpt: 'Wlz volledig pakket thuis (vpt)',
      mpt: 'Wlz modulair pakket thuis (mpt)',
    },
    informal: { mantelzorg: 'Mantelzorg', vrijwilliger: 'Vrijwilliger' },
    algemeen: { dagactiviteit: 'Dagactiviteit (algemene voorziening)', schuldhulp: 'Schuldhulpverlening' },
  },
  zrm: {
    domain: {
      financien: 'Financiën',
      'werk-opleiding': 'Werk en opleiding',
      tijdsbesteding: 'Tijdsbesteding',
      huisvesting: 'Huisvesting',
      'huiselijke-relaties': 'Huiselijke relaties',
      'geestelijke-gezondheid': 'Geestelijke gezondheid',
      'lichamelijke-gezondheid': 'Lichamelijke gezondheid',
      middelengebruik: 'Middelengebruik',
      'basale-adl': 'Basale ADL',
      'instrumentele-adl': 'Instrumentele ADL',
      'sociaal-netwerk': 'Sociaal netwerk',
      'maatschappelijke-participatie': 'Maatschappelijke participatie',
      justitie: 'Justitie',
    },
  },
}

export const en: typeof nl = {
  findings: {
    wmo: {
      'client-age':
        'Wmo tailored support is for adults: until the 18th birthday ({{adultFrom}}) this support falls under the Youth Act (Jeugdwet).',
      'wlz-voorliggend':
        'From {{wlzFrom}} {{person}} has a Wlz indication: the Wlz provides this care, not the Wmo.',
      'zvw-voorliggend':
        'Personal care at home for an adult is district nursing under the Health Insurance Act (no deductible).',
      'gebruikelijke-hulp':
        'Customary help: {{housemateName}} is a healthy adult housemate. The protocol expects {{protocolHoursPerWeek}} hours a week; {{deductedHoursPerWeek}} hours a week were deducted.',
      'gebruikelijke-hulp-overloaded':
        'Customary help could be expected of {{housemateName}}, but this carer is overloaded: the help stays in full.',
      'eigen-bijdrage':
        'Wmo personal contribution (flat rate): {{amountCents}} a month for this client (one contribution for client and partner together).',
      'eigen-bijdrage-exempt':
        'No Wmo personal contribution: a household of more than one person in which at least one partner is below state-pension age.',
      'eigen-bijdrage-exempt-opvang':
        'No Wmo personal contribution: the client or partner stays two or more nights in a row in a shelter (maatschappelijke opvang) this month (Uitvoeringsbesluit Wmo 2015 art. 3.8(3)(b)).',
      'eigen-bijdrage-none': 'No Wmo personal contribution: no Wmo support with a contribution this month.',
      'eigen-bijdrage-minima':
        'Wmo personal contribution lowered by the municipal low-income policy: {{amountCents}} a month.',
      'eigen-bijdrage-beschermd-wonen':
        'Sheltered housing has its own income- and asset-dependent CAK contribution (not the flat rate): estimate {{amountCents}} a month without assets ({{regime}} contribution) — the box-3 assets are not recorded; with assets up to the legal {{maxCents}}. Exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-beschermd-wonen-assets':
        'Sheltered housing has its own income- and asset-dependent CAK contribution (not the flat rate): estimate {{amountCents}} a month ({{regime}} contribution, including {{bijtellingCents}} asset add-on; by law between {{minCents}} and {{maxCents}}). Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-eigendom':
        'This provision is owned: the flat rate ({{tariefCents}}) is charged every month while it is in use, also next to other Wmo support, until its cost price ({{costCents}}) is reached — about {{months}} months. The CAK deducts the rate from the cost price every month and does not collect a month when less than one rate is left (Uitvoeringsbesluit Wmo 2015 art. 3.10b).',
      'eigen-bijdrage-opvang':
        'Shelter (maatschappelijke opvang) is not under the flat rate. A contribution applies only where the municipal ordinance sets one. Under Uitvoeringsbesluit Wmo 2015 art. 3.20 the client keeps at least zak- en kleedgeld and the standard health-insurance premium less zorgtoeslag from his income; those amounts are not in Maatwerk. The contribution therefore lies between {{minCents}} and less than the net income of {{incomeCents}} a month. Calculated as € 0; ask the municipality or the shelter for the contribution. Not verified.',
      'eigen-bijdrage-opvang-income-unknown':
        'Shelter (maatschappelijke opvang) is not under the flat rate. A contribution applies only where the municipal ordinance sets one. Under Uitvoeringsbesluit Wmo 2015 art. 3.20 the client keeps at least zak- en kleedgeld and the standard health-insurance premium less zorgtoeslag from his income (bijstand too); those amounts are not in Maatwerk and the income is not recorded as an amount. The contribution lies between {{minCents}} and an amount that cannot be calculated here. Calculated as € 0; ask the municipality or the shelter for the contribution. Not verified.',
      'eigen-bijdrage-opvang-income-incomplete':
        'Shelter (maatschappelijke opvang) is not under the flat rate. A contribution applies only where the municipal ordinance sets one. Under Uitvoeringsbesluit Wmo 2015 art. 3.20 the client keeps at least zak- en kleedgeld and the standard health-insurance premium less zorgtoeslag from his income. Bijstand or AIO (SVB) is to be expected this month, but Maatwerk has the bijstand norms only from {{firstMonth}}: the income is incomplete. The contribution lies between {{minCents}} and an amount that cannot be calculated here. Calculated as € 0; ask the municipality or the shelter for the contribution. Not verified.',
      'eigen-bijdrage-wlz-samenloop':
        'No Wmo personal contribution: this client or the partner already pays a Wlz personal contribution. Note: not for a partner receiving the single-person AOW or legally separated.',
      'pgb-tariff-cap':
        'The personal-budget rate ({{rateCents}}) is higher than the in-kind rate ({{capCents}}).',
      'pgb-tariff-cap-netwerk':
        'The personal-budget rate for help from the social network ({{rateCents}}) is higher than the municipal network rate ({{capCents}}).',
      'mantelzorg-voluntary':
        'Informal care is voluntary: {{carerName}} has not given consent, so this line cannot count.',
      'mantelzorg-voluntary-no-carer': 'This line relies on an informal carer, but no carer was chosen.',
      'algemene-voorziening-first':
        'A general provision can offer this; check whether it is enough before tailored support.',
      'procedure-deadlines':
        'Deadline passed: the step "{{step}}" was due within {{weeks}} weeks after {{start}} (by {{deadline}}).',
    },
    jeugdwet: {
      age: 'Youth care is for young people under 18 (or up to 23 as a continuation).',
      'age-adult-start':
        'This youth care starts after the 18th birthday ({{adultFrom}}) without continuation: not possible under the Youth Act.',
      'age-over-23': 'Extended youth care runs at most until the 23rd birthday ({{until}}).',
      'age-over-21': 'Foster care runs until the 21st birthday ({{until}}) without a decision to continue.',
      'wlz-voorliggend':
        'From {{wlzFrom}} {{person}} has a Wlz indication: the Wlz takes precedence over the Youth Act.',
      'turns-18-transition':
        'On {{birthday18}} {{person}} turns 18: youth care stops then unless continuation was agreed. Arrange the move to the Wmo or Wlz in time.',
      'turns-18-continuation':
        'On {{birthday18}} {{person}} turns 18: the help continues as extended youth care.',
      'turns-18-pleegzorg': 'On {{birthday18}} {{person}} turns 18: foster care continues to 21 by default.',
      'no-parental-contribution':
        'There is no parental contribution for youth care (abolished on 1 January 2016).',
      'respite-for-parents': 'Respite care for {{childName}} relieves the parents so they can keep caring.',
    },
    participatiewet: {
      age: 'Social assistance and reintegration are available from 18 to state-pension age.',
      'age-minor': 'Social assistance and reintegration are only available from 18.',
      'age-aow': 'After state-pension age ({{aowDate}}) there is no social assistance or reintegration.',
      'bijstand-norm': 'Social-assistance norm: {{normCents}} a month (including holiday allowance).',
      'bijzondere-bijstand':
        'Special assistance (art. 35): only for costs that are necessary in this case because of special circumstances and cannot be met from the norm, assets or income above the norm. A prior provision comes first (art. 15). The municipality decides case by case.',
      'individuele-inkomenstoeslag':
        'Individual income supplement (art. 36): on application, for a person from 21 up to state-pension age with a long-term low income, no assets above the limit (art. 34) and no prospect of a better income. At most once every 12 months.',
      'individuele-inkomenstoeslag-prospects':
        'Individual income supplement (art. 36): in this scenario {{person}} starts earning, which points to a prospect of a better income — the supplement is for people without one.',
      'individuele-inkomenstoeslag-age':
        'The individual income supplement starts at 21 (art. 36): not before {{from}}.',
      'individuele-inkomenstoeslag-12-months':
        'An individual income supplement was already granted on {{earlier}}: a new application within 12 months is refused (art. 36 lid 3), so not before {{until}}.',
      'bijstand-norm-unverified':
        'Social assistance norm: {{normCents}} a month (incl. holiday allowance). Note: no published amount was found for this period; the previous amount is kept (unverified).',
      'aio-svb':
        'On {{aowDate}} {{person}}, one of the partners, reaches state-pension age: from then the SVB pays the couple a supplement (AIO) up to the state-pension-age couple norm ({{normCents}} a month), no longer the municipality. Reintegration of the younger partner stays with the municipality.',
      'aio-svb-no-aow':
        'On {{aowDate}} {{person}}, one of the partners, reaches state-pension age: from then the SVB pays the couple a supplement (AIO) up to {{normCents}} a month, no longer the municipality. No AOW income is recorded, so the whole norm is counted as AIO: record the AOW as an income change to make the amount right.',
      'aio-svb-single':
        '{{person}} has reached state-pension age ({{aowDate}}) and an AOW below the single state-pension-age norm: the SVB tops it up to {{normCents}} a month (AIO, art. 47a Participatiewet), not the municipality.',
      'aio-svb-single-no-aow':
        'On {{aowDate}} {{person}} reaches state-pension age: from then the SVB tops up to {{normCents}} a month (AIO), no longer the municipality. No AOW income is recorded, so the whole norm is counted as AIO: record the AOW as an income change to make the amount right.',
      'aio-svb-couple':
        "From {{aowDate}} (one of) the partners has reached state-pension age and the couple's income stays below the state-pension-age couple norm: the SVB tops it up to {{normCents}} a month (AIO, art. 47a lid 1 sub b Participatiewet), not the municipality.",
      inkomstenvrijlating:
        'Earnings exemption: {{ratePercent}}% of earnings (at most {{capCents}} a month) is not counted, for {{months}} months.',
      'aow-transition': 'On {{aowDate}} {{person}} reaches state-pension age: this line stops then.',
      'aow-transition-bijstand':
        'On {{aowDate}} {{person}} reaches state-pension age: social assistance stops; AOW and possibly AIO via the SVB.',
      // AIO with a spouse without a right to bijstand (art. 11 lid 4, 13, 24 with art. 47a lid 2 Pw).
      'aio-svb-spouse-without-right':
        'From {{aowDate}} {{person}} has reached state-pension age; the partner has no right to social assistance (yet) (under 18, or a student under 27: art. 13 Participatiewet). The SVB therefore tops up for {{person}} alone, to {{normCents}} a month: 50% of the state-pension-age couple norm (art. 24), or with cost-sharing housemates one share of the cost-sharing norm (art. 22a lid 2).',
      'aio-svb-spouse-without-right-no-aow':
        'On {{aowDate}} {{person}} reaches state-pension age; the partner has no right to social assistance (yet) (under 18, or a student under 27: art. 13 Participatiewet). From then the SVB tops up for {{person}} alone, to {{normCents}} a month (art. 24 or art. 22a lid 2), no longer the municipality. No AOW is recorded as income, so the whole norm is counted as AIO: record the AOW as an income change to make the amount right.',
    },
    wlz: {
      'indication-likely':
        'The scores point to a lasting need for permanent supervision or 24-hour care nearby: consider applying to the CIZ.',
      'care-at-home':
        'Wlz care at home ({{provision}}, {{deliveryForm}}): the zorgkantoor judges whether care at home is safe and efficient (not dearer than the stay it replaces); the client pays the low personal contribution.',
      'care-at-home-ceiling':
        'Wlz care at home costs {{costCents}} this month, more than the stay it replaces ({{ceilingCents}}; {{percentOfStay}}% of the stay tariff), in {{monthsOver}} month(s). The care office tests whether care at home is cost-effective and may refuse or limit it. Note: this ceiling is an estimate (unverified).',
      'indication-required':
        'Wlz care ({{provision}}) needs a CIZ indication decision; {{person}} has no Wlz indication. Apply for one or record an assumption in the scenario.',
      'indication-required-from':
        'Wlz care ({{provision}}) needs a CIZ indication decision; the indication applies only from {{indicationFrom}}. Until then this line does not count.',
      'eigen-bijdrage-lage-first-months':
        'Wlz personal contribution (low rate, first months of the stay): estimate {{amountCents}} a month without assets — the box-3 assets are not recorded. Assets above the tax-free allowance add {{bijtellingPercent}}% of the excess as income, up to the legal {{maxCents}}. Record the assets to settle the amount; exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-lage-first-months-assets':
        'Wlz personal contribution (low rate, first months of the stay): estimate {{amountCents}} a month, including {{bijtellingCents}} asset add-on ({{bijtellingPercent}}% of the assets above the exempt threshold of {{heffingsvrijCents}} a person); by law between {{minCents}} and {{maxCents}}. Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-lage-partner-at-home':
        'Wlz personal contribution (low rate, partner lives at home): estimate {{amountCents}} a month without assets — the box-3 assets are not recorded. Assets above the tax-free allowance add {{bijtellingPercent}}% of the excess as income, up to the legal {{maxCents}}. Record the assets to settle the amount; exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-lage-partner-at-home-assets':
        'Wlz personal contribution (low rate, partner lives at home): estimate {{amountCents}} a month, including {{bijtellingCents}} asset add-on ({{bijtellingPercent}}% of the assets above the exempt threshold of {{heffingsvrijCents}} a person); by law between {{minCents}} and {{maxCents}}. Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-lage-children':
        'Wlz personal contribution (low rate, supports children at home): estimate {{amountCents}} a month without assets — the box-3 assets are not recorded. Assets above the tax-free allowance add {{bijtellingPercent}}% of the excess as income, up to the legal {{maxCents}}. Record the assets to settle the amount; exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-lage-children-assets':
        'Wlz personal contribution (low rate, supports children at home): estimate {{amountCents}} a month, including {{bijtellingCents}} asset add-on ({{bijtellingPercent}}% of the assets above the exempt threshold of {{heffingsvrijCents}} a person); by law between {{minCents}} and {{maxCents}}. Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-lage-care-at-home':
        'Wlz personal contribution (low rate, Wlz care at home: vpt, mpt or pgb): estimate {{amountCents}} a month without assets — the box-3 assets are not recorded. Assets above the tax-free allowance add {{bijtellingPercent}}% of the excess as income, up to the legal {{maxCents}}. Record the assets to settle the amount; exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-lage-care-at-home-assets':
        'Wlz personal contribution (low rate, Wlz care at home: vpt, mpt or pgb): estimate {{amountCents}} a month, including {{bijtellingCents}} asset add-on ({{bijtellingPercent}}% of the assets above the exempt threshold of {{heffingsvrijCents}} a person); by law between {{minCents}} and {{maxCents}}. Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-hoge':
        'Wlz personal contribution (high rate): estimate {{amountCents}} a month without assets — the box-3 assets are not recorded. Assets above the tax-free allowance add {{bijtellingPercent}}% of the excess as income, up to the legal {{maxCents}}. Record the assets to settle the amount; exact with the income and assets of {{peiljaar}}.',
      'eigen-bijdrage-hoge-assets':
        'Wlz personal contribution (high rate): estimate {{amountCents}} a month, including {{bijtellingCents}} asset add-on ({{bijtellingPercent}}% of the assets above the exempt threshold of {{heffingsvrijCents}} a person); by law between {{minCents}} and {{maxCents}}. Exact with the taxable income of {{peiljaar}}.',
      'eigen-bijdrage-lage-waived-art23':
        'Wlz personal contribution: no low-rate contribution, because the client receives social assistance for someone in an institution (Participatiewet art. 23(1); Besluit langdurige zorg art. 3.3.2.2(7), 2015 text). This applies only when requested from the CAK; without the request between {{minCents}} and {{maxCents}} a month.',
      'eigen-bijdrage-lage-waived-low-income':
        'Wlz personal contribution: no low-rate contribution, because the income ({{incomeCents}} a month) is not above the social-assistance norm for someone in an institution plus the minimum contribution ({{thresholdCents}}; Participatiewet art. 23(1) and (2), Besluit langdurige zorg art. 3.3.2.2(9)). The CAK applies this itself or on request; otherwise between {{minCents}} and {{maxCents}} a month.',
      'eigen-bijdrage-lage-waived-low-income-on-request':
        'Wlz personal contribution: no low-rate contribution, because the income ({{incomeCents}} a month) is not above the social-assistance norm for someone in an institution ({{thresholdCents}}; Participatiewet art. 23, Besluit langdurige zorg art. 3.3.2.2(9), 2017–2019 text). This applies only when requested from the CAK; without the request between {{minCents}} and {{maxCents}} a month.',
      'eigen-bijdrage-mpt-low-hours':
        'Wlz personal contribution: {{mptHours}} hours of care in kind through a modular package at home (mpt) this month, not more than {{mptLowHours}} hours. The contribution is then the minimum less the reduction: {{amountCents}} a month, whatever the income and assets (Besluit langdurige zorg art. 3.3.2.2(5) and (6)). With more hours the usual low-rate contribution applies.',
      // Wlz amounts per year and the pgb reduction (wlz.eigen-bijdrage; shared/parameters/wlz.ts).
      'figures-unverified': 'amounts not verified',
      'eigen-bijdrage-year-unavailable':
        'Wlz personal contribution {{year}}: the amounts of the Besluit langdurige zorg for {{year}} (minimum and maximum of the low-rate and the high-rate contribution) are not available in Maatwerk’s sources. The contribution is therefore not estimated for this year and not counted in the client’s cost, although the CAK does charge it. Check the amount with the CAK’s calculator.',
      'eigen-bijdrage-pgb-reduction':
        'Wlz personal contribution: the low-rate contribution is reduced by {{pgbReductionCents}} a month for the personal budget (pgb) (Besluit langdurige zorg art. 3.3.2.2(4), 2015 text); to pay {{amountCents}} a month.',
      'eigen-bijdrage-mpt-pgb-reduction':
        'Wlz personal contribution with a modular package at home (mpt) or personal budget (pgb): the contributory income counts {{incomeReductionYearCents}} a year lower (Besluit langdurige zorg art. 3.3.2.4(1)) and the low-rate contribution is reduced by {{pgbReductionCents}} a month (art. 3.3.2.2(4)); to pay {{amountCents}} a month.',
    },
    mantelzorg: {
      intensive:
        '{{carerName}} gives {{hoursPerWeek}} hours a week of informal care for more than three months: intensive.',
      overload:
        '{{carerName}} is overloaded: {{hoursPerWeek}} hours a week, while {{carerName}} can sustain {{capacityHoursPerWeek}} hours, burden score {{burdenScore}}.',
      'respite-recommended':
        '{{carerName}} cares intensively and has no respite care in this scenario: consider respite.',
      'young-carer':
        '{{carerName}} is {{carerAge}} and would help {{personName}} {{hoursPerWeek}} hours a week. Of a child that age the customary-help protocol expects at most $t(oneTruth.hoursAWeek, {"count": {{supportedHoursPerWeek}} }) for an adult (light household tasks); the hours above that ({{excessHoursPerWeek}} hours a week) do not count as covering the care need. Find other help and offer the young carer support. That number of hours is an assumption (not verified): the protocols name tasks per age, not hours.',
      'young-carer-lines':
        '{{carerName}} is {{carerAge}} and would help {{personName}} {{hoursPerWeek}} hours a week in all, over {{lineCount}} lines. Of a child that age the customary-help protocol expects at most $t(oneTruth.hoursAWeek, {"count": {{supportedHoursPerWeek}} }) for an adult (light household tasks), for all lines together; the hours above that ({{excessHoursPerWeek}} hours a week) do not count as covering the care need. Find other help and offer the young carer support. That number of hours is an assumption (not verified): the protocols name tasks per age, not hours.',
      'young-carer-age-unknown-lines':
        '{{carerName}} is under 18 and would help {{personName}} {{hoursPerWeek}} hours a week in all, over {{lineCount}} lines. Of a minor the customary-help protocol expects at most $t(oneTruth.hoursAWeek, {"count": {{supportedHoursPerWeek}} }) for an adult (light household tasks), for all lines together; the hours above that ({{excessHoursPerWeek}} hours a week) do not count as covering the care need. Record the date of birth for an exact check. That number of hours is an assumption (not verified): the protocols name tasks per age, not hours.',
      'young-carer-age-unknown':
        '{{carerName}} is under 18 and would help {{personName}} {{hoursPerWeek}} hours a week. Of a minor the customary-help protocol expects at most $t(oneTruth.hoursAWeek, {"count": {{supportedHoursPerWeek}} }) for an adult (light household tasks); the hours above that ({{excessHoursPerWeek}} hours a week) do not count as covering the care need. Record the date of birth for an exact check. That number of hours is an assumption (not verified): the protocols name tasks per age, not hours.',
      'hours-above-today':
        'This scenario asks {{hoursPerWeek}} hours a week of {{carerName}}, who gives {{todayHoursPerWeek}} hours today: {{extraHoursPerWeek}} hours more. Informal care is voluntary: check that {{carerName}} is willing and able.',
      'hours-above-today-intensive':
        'This scenario asks {{hoursPerWeek}} hours a week of {{carerName}}, who gives {{todayHoursPerWeek}} hours today: {{extraHoursPerWeek}} hours more, which makes the care intensive ({{thresholdHours}} hours a week or more). Informal care is voluntary: check that {{carerName}} is willing and able.',
    },
    coverage: {
      'unmet-need': 'A need in the domain {{domain}} (score {{score}}) is not covered by any line.',
    },
    engine: {
      'missing-tariff':
        'No tariff for this provision and delivery form in the municipality profile: enter a rate.',
      'unit-mismatch': 'The unit of this line does not match the unit of the provision.',
      'delivery-form-not-allowed': 'This delivery form is not possible for this provision.',
      'before-birth':
        'This line starts before the date of birth ({{birthDate}}): the days before it are not counted. Let the line start on or after the birth.',
      'rule-not-in-force':
        'Rule {{ruleId}} holds in this form from {{validFrom}}: in the months before (or after {{validTo}}) it was not applied; the arrangement of that time is not modelled.',
      // Months before the first entry of a parameter series (recordAmountsUnavailable).
      'amounts-unavailable': {
        'bijstand-norms':
          'For {{fromMonth}} to {{untilMonth}} the amounts of the bijstand norms (Participatiewet art. 21–23) are not in Maatwerk; Maatwerk has them from {{firstMonth}}. This part is not calculated: bijstand and AIO for these months are not counted (this is not an amount of €0).',
        'wml-per-hour':
          'For {{fromMonth}} to {{untilMonth}} the amount of the statutory minimum wage per hour is not in Maatwerk; Maatwerk has it from {{firstMonth}}. The value of the mantelzorg hours in these months is not calculated and not counted (this is not an amount of €0).',
        'wlz-income-bijstand':
          'For {{fromMonth}} to {{untilMonth}} the Wlz eigen bijdrage is not calculated: bijstand or AIO (SVB) is to be expected in those months, but Maatwerk has the bijstand norms only from {{firstMonth}}. Without that income the contribution would come out too low; the CAK uses the actual income. Per month it lies between {{minCents}} (the contribution on the recorded income without bijstand or AIO) and {{maxCents}} (the legal maximum). This is not an amount of €0.',
        'beschermd-wonen-bijdrage':
          'For {{fromMonth}} to {{untilMonth}} the sheltered-housing contribution (Uitvoeringsbesluit Wmo 2015 art. 3.11–3.19) is not calculated: Maatwerk has its amounts only from {{firstMonth}}. The CAK does charge an income-dependent contribution in those months. This is not an amount of €0.',
        'beschermd-wonen-income-bijstand':
          'For {{fromMonth}} to {{untilMonth}} the sheltered-housing contribution is not calculated: bijstand or AIO (SVB) is to be expected in those months, but Maatwerk has the bijstand norms only from {{firstMonth}}. Without that income the contribution would come out too low. Per month it lies between {{minCents}} (the contribution on the recorded income without bijstand or AIO) and {{maxCents}} (the legal maximum). This is not an amount of €0.',
        'minima-income-bijstand':
          'For {{fromMonth}} to {{untilMonth}} it cannot be established whether the municipal low-income policy lowers the Wmo personal contribution: bijstand or AIO (SVB) is to be expected in those months, but Maatwerk has the bijstand norms only from {{firstMonth}}, so the income is incomplete. Per month the contribution lies between {{minCents}} (with the policy) and {{maxCents}} (without). Not counted; this is not an amount of €0.',
        'minima-social-minimum':
          'For {{fromMonth}} to {{untilMonth}} it cannot be established whether the municipal low-income policy lowers the Wmo personal contribution: its income threshold is a percentage of the social minimum (the bijstand norm), which Maatwerk has only from {{firstMonth}}. Per month the contribution lies between {{minCents}} (with the policy) and {{maxCents}} (without). Not counted; this is not an amount of €0.',
      },
    },
  },
  rule: {
    wmo: {
      'client-age': 'Wmo: client age',
      'wlz-voorliggend': 'Wmo: Wlz comes first',
      'zvw-voorliggend': 'Wmo: Zvw comes first',
      'gebruikelijke-hulp': 'Wmo: customary help',
      'eigen-bijdrage': 'Wmo: personal contribution',
      'pgb-tariff-cap': 'Wmo: personal-budget rate',
      'mantelzorg-voluntary': 'Wmo: informal care is voluntary',
      'algemene-voorziening-first': 'Wmo: general provision first',
      'procedure-deadlines': 'Wmo: deadlines',
    },
    jeugdwet: {
      age: 'Youth Act: age',
      'wlz-voorliggend': 'Youth Act: Wlz comes first',
      'turns-18-transition': 'Youth Act: turning 18',
      'no-parental-contribution': 'Youth Act: no parental contribution',
      'respite-for-parents': 'Youth Act: respite for parents',
    },
    participatiewet: {
      age: 'Participation Act: age',
      'bijstand-norm': 'Participation Act: assistance norm',
      inkomstenvrijlating: 'Participation Act: earnings exemption',
      'aow-transition': 'Participation Act: reaching pension age',
      'bijzondere-bijstand': 'Participation Act: special assistance and income supplement',
    },
    wlz: {
      'indication-likely': 'Wlz: indication likely',
      'eigen-bijdrage': 'Wlz: personal contribution',
      'care-at-home': 'Wlz: care at home and indication',
    },
    mantelzorg: {
      intensive: 'Informal care: intensive',
      overload: 'Informal care: overload',
      'respite-recommended': 'Informal care: respite recommended',
      'young-carer': 'Informal care: young carer',
      'hours-above-today': 'Informal care: more hours than today',
    },
    coverage: { 'unmet-need': 'Coverage: unmet need' },
    engine: { 'line-costing': 'Costing: tariff and unit' },
  },
  provision: {
    wmo: {
      'hulp-bij-het-huishouden': 'Household help',
      'begeleiding-individueel': 'Individual support',
      'persoonlijke-verzorging': 'Personal care (Wmo)',
      dagbesteding: 'Day activities',
      'vervoer-dagbesteding': 'Transport to day activities',
      'kortdurend-verblijf': 'Short stay (respite)',
      woningaanpassing: 'Home adaptation',
      rolstoel: 'Wheelchair',
      hulpmiddel: 'Aid',
      'beschermd-wonen': 'Sheltered housing',
      opvang: 'Shelter',
    },
    jeugd: {
      ambulant: 'Youth care, outpatient',
      dagbehandeling: 'Youth day treatment (dagbehandeling)',
      dagbesteding: 'Youth day activities (dagbesteding)',
      verblijf: 'Youth care with residence',
      pleegzorg: 'Foster care',
      jeugdreclassering: 'Youth probation',
      respijt: 'Youth respite care (short stay)',
    },
    pw: {
      jobcoach: 'Job coach',
      loonkostensubsidie: 'Wage-cost subsidy',
      'bijzondere-bijstand': 'Special assistance',
      'individuele-inkomenstoeslag': 'Individual income supplement',
    },
    zvw: { wijkverpleging: 'District nursing (Zvw)' },
    wlz: {
      verblijf: 'Wlz residential care (nursing home/institution)',
      vpt: 'Wlz full package at home (vpt)',
      mpt: 'Wlz modular package at home (mpt)',
    },
    informal: { mantelzorg: 'Informal care', vrijwilliger: 'Volunteer' },
    algemeen: { dagactiviteit: 'Day activity (general provision)', schuldhulp: 'Debt counselling' },
  },
  zrm: {
    domain: {
      financien: 'Finances',
      'werk-opleiding': 'Work and education',
      tijdsbesteding: 'Use of time',
      huisvesting: 'Housing',
      'huiselijke-relaties': 'Domestic relationships',
      'geestelijke-gezondheid': 'Mental health',
      'lichamelijke-gezondheid': 'Physical health',
      middelengebruik: 'Substance use',
      'basale-adl': 'Basic ADL',
      'instrumentele-adl': 'Instrumental ADL',
      'sociaal-netwerk': 'Social network',
      'maatschappelijke-participatie': 'Participation in society',
      justitie: 'Justice',
    },
  },
}
