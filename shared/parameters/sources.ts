/** Source citations used by several parameter files (see docs/legal-reference.md). */
export const SRC = {
  cakWmo: 'https://www.hetcak.nl/zakelijk/regelingen/wmo',
  drimmelen: 'https://drimmelen.nl/abonnementstarief-wmo',
  rijksoverheidEb:
    'https://www.rijksoverheid.nl/onderwerpen/verpleeghuizen-en-zorginstellingen/vraag-en-antwoord/eigen-bijdrage-wmo-2015',
  woerden: 'https://www.woerdenwijzer.nl/Onderwerpen/Geld_en_recht/Wet_en_regelgeving/Abonnementstarief_Wmo',
  stcrt2025_35082: 'https://zoek.officielebekendmakingen.nl/stcrt-2025-35082.html',
  cak2026:
    'https://www.hetcak.nl/wet-maatschappelijke-ondersteuning/laatste-nieuws/verandering-eigen-bijdrage-wmo-2026',
  westland:
    'https://www.gemeentewestland.nl/aanvragen-en-regelen/toeslagen-vergoedingen-en-bijdragen/normenoverzicht-minimuminkomen-voor-de-bijzondere-bijstand',
  velsen2024: 'https://velsen.nl/bijstandsnormen-per-1-juli-2024',
  regelrecht2026:
    'https://github.com/MinBZK/regelrecht/blob/BES/doc/experimenten/test1/wetsanalyse/participatiewet-2026-analyse.md (Normenbrief 1 januari 2026)',
  iasz: 'https://www.iasz.nl/bijstandsnormen-overige-bedragen',
  uithoorn: 'https://www.uithoorn.nl/Home/Werk_en_inkomen/Werk_en_uitkeringen/Inkomstenvrijlating',
  schulinckKdn: 'https://www.schulinck.nl/opinie/opinie-participatiewet-kostendelersnorm-per-2015-5/',
  drimmelenKdn: 'https://drimmelen.nl/wijziging-kostendelersnorm-vanaf-1-januari-2023',
  svbAow: 'MinBZK/poc-machine-law: laws/algemene_ouderdomswet/leeftijdsbepaling/SVB-2024-01-01.yaml',
  nosAow2030: 'https://nos.nl/artikel/2543722-aow-leeftijd-blijft-in-2030-staan-op-67-jaar-en-drie-maanden',
  syfersAow2031: 'https://syfers.nl/?p=2639',
  rdAow2027: 'https://www.rd.nl/artikel/997778-65-plusser-heeft-straks-nog-21-jaar-voor-de-boeg',
  wml2026:
    'https://www.mkbservicedesk.nl/nieuws/ondernemersnieuws/minimumloon-2026-dit-zijn-de-nieuwe-bedragen-per-1-januari',
  wml2026b: 'https://www.grootheddeaccountants.nl/wettelijk-minimumloon-per-1-januari-2026',
  cbsMantelzorg:
    'https://cbs.nl/nl-nl/longread/statistische-trends/2024/vader-en-moeder-op-leeftijd/4-aantal-mantelzorgers-en-ervaren-belasting',
  vzinfo: 'https://www.vzinfo.nl/participatie/mantelzorg',
  edizPlus:
    'https://tvgg-archief.nl/artikelen/ervaren-belasting-door-mantelzorg-constructie-van-de-ediz-plus/',
  cizGebruikelijkeZorg:
    'https://adoc.pub/protocol-gebruikelijke-zorg.html (CIZ, Protocol gebruikelijke zorg 13-11-2014, §3)',
  kamervraagGouda:
    'https://www.openkamer.org/kamervraag/2013Z19218/ (Kamervragen 2013Z19218, answered 8-11-2013)',
  binnenlandsBestuurGouda:
    'https://www.binnenlandsbestuur.nl/sociaal/opinie/commentaren/kleuterhype.9127671.lynkx',
  referenceGap: 'GAP in docs/legal-reference.md: derived by the engine team, not a source figure',
} as const
