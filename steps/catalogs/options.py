"""Simple option lists (K1–K24 and the small lists of domain.md) as tuples of Option."""

from __future__ import annotations

from .base import Option

# --- Stap 1 -----------------------------------------------------------------

# K1 bronnen_cijfers
BRONNEN_CIJFERS: tuple[Option, ...] = (
    Option(
        "gezondheidsmonitor_ggd",
        "GGD-gezondheidsmonitor",
        "Een onderzoek van de GGD in de regio. Er staan ook vragen over mantelzorg in.",
    ),
    Option(
        "eigen_onderzoek",
        "Eigen mantelzorgonderzoek",
        "Een vragenlijst of panel dat de gemeente zelf heeft gehouden.",
    ),
    Option(
        "registratie_steunpunt",
        "Registratie steunpunt mantelzorg",
        "Hoeveel mantelzorgers bij het steunpunt bekend zijn of hulp krijgen.",
    ),
    Option(
        "cto_wmo",
        "Cliëntervaringsonderzoek Wmo",
        "Het onderzoek dat de gemeente elk jaar houdt onder mensen met Wmo-ondersteuning.",
    ),
    Option(
        "signalen_adviesraad",
        "Signalen Wmo-raad/adviesraad",
        "Wat de adviesraad hoort en meldt. Dit zijn geen cijfers, maar wel nuttige signalen.",
    ),
    Option(
        "landelijke_cijfers",
        "Landelijke cijfers (SCP/CBS)",
        "Cijfers voor heel Nederland, omgerekend naar het aantal inwoners van uw gemeente.",
    ),
    Option(
        "waarstaatjegemeente",
        "Gemeentelijke benchmarks",
        "Openbare overzichten waarin u uw gemeente met andere gemeenten kunt vergelijken.",
    ),
    Option("anders", "Anders", "Een andere bron. Noem die bron in het tekstveld."),
)

# K2 definitie_type
DEFINITIE_TYPES: tuple[Option, ...] = (
    Option(
        "wmo",
        "Wettelijke definitie (Wmo 2015)",
        "Alle hulp die iemand geeft omdat hij een persoonlijke band heeft met de ander, "
        "niet als beroep. Er is geen grens in tijd of uren.",
    ),
    Option(
        "onderzoek_8uur_3mnd",
        "Onderzoeksdefinitie (> 3 maanden en/of > 8 uur per week)",
        "Deze grens gebruiken landelijke onderzoeken en de GGD. "
        "Korte of lichte hulp valt er dan buiten.",
    ),
    Option(
        "breed_informele_zorg",
        "Brede definitie: informele zorg",
        "Mantelzorg, zorgvrijwilligers en hulp van buren samen in één beleid.",
    ),
    Option(
        "eigen",
        "Eigen definitie",
        "De gemeente schrijft zelf op wat zij onder mantelzorg verstaat.",
    ),
)

# K3 afbakening
AFBAKENING: tuple[Option, ...] = (
    Option(
        "incl_jonge_mantelzorgers",
        "Inclusief jonge mantelzorgers (< 18 jaar)",
        "Ook kinderen en tieners die voor iemand zorgen, tellen als mantelzorger.",
    ),
    Option(
        "incl_mantelzorgers_op_afstand",
        "Inclusief mantelzorgers die buiten de gemeente wonen",
        "Mensen die elders wonen, maar zorgen voor iemand in uw gemeente.",
    ),
    Option(
        "incl_zorgvrager_buiten_gemeente",
        "Inclusief inwoners die zorgen voor iemand buiten de gemeente",
        "Uw inwoners die zorgen voor iemand die in een andere plaats woont.",
    ),
    Option(
        "incl_wlz",
        "Inclusief mantelzorgers van mensen met Wlz-zorg / in een instelling",
        "De zorg stopt niet als iemand in een instelling gaat wonen. "
        "Deze mantelzorgers horen er ook bij.",
    ),
    Option(
        "incl_kortdurend",
        "Inclusief kortdurende of lichte hulp",
        "Niet alleen zware zorg die lang duurt, maar ook korte of lichte hulp.",
    ),
    Option(
        "alleen_intensief",
        "Alleen langdurige en intensieve mantelzorg",
        "Het beleid richt zich alleen op mensen die lang en veel zorgen.",
    ),
)

# K4 redenen
REDENEN: tuple[Option, ...] = (
    Option(
        "wettelijke_taak",
        "Wettelijke taak (Wmo 2015)",
        "De wet zegt dat de gemeente mantelzorgers moet steunen en elk jaar waardering moet geven.",
    ),
    Option(
        "overbelasting_voorkomen",
        "Overbelasting voorkomen",
        "We willen niet dat mantelzorgers zelf ziek worden of vastlopen.",
    ),
    Option(
        "langer_thuis",
        "Mensen kunnen langer thuis wonen",
        "Door mantelzorg kunnen mensen met een ziekte of beperking langer zelfstandig wonen.",
    ),
    Option(
        "preventie_kosten",
        "Preventie en beheersing van zorgkosten",
        "Goede steun op tijd voorkomt zwaardere zorg. Die is ook duurder.",
    ),
    Option(
        "erkenning_waardering",
        "Erkenning en waardering",
        "Mantelzorgers doen veel. Zij verdienen het om gezien te worden.",
    ),
    Option(
        "participatie_mantelzorger",
        "Participatie van de mantelzorger zelf",
        "Naast de zorg moeten werk, school en vrije tijd mogelijk blijven.",
    ),
    Option(
        "kwaliteit_zorg",
        "Kwaliteit van zorg en leven zorgvrager",
        "Mensen die de zorgvrager goed kennen, geven vaak de beste zorg.",
    ),
    Option(
        "signalen_veld",
        "Signalen uit het veld / adviesraad",
        "Partners of de adviesraad melden concrete problemen.",
    ),
    Option(
        "politieke_opdracht",
        "Politieke opdracht (coalitieakkoord, motie)",
        "De raad of het college vraagt erom.",
    ),
    Option(
        "demografie",
        "Vergrijzing en demografische ontwikkeling",
        "Er komen meer mensen die zorg nodig hebben, en minder mensen die zorg kunnen geven.",
    ),
    Option(
        "arbeidsmarkt",
        "Arbeidsmarkt (werkende mantelzorgers)",
        "We willen dat mantelzorgers kunnen blijven werken en minder vaak uitvallen.",
    ),
    Option(
        "evaluatie_vorig_beleid",
        "Uitkomsten evaluatie vorig beleid",
        "Uit de evaluatie van het vorige plan blijkt dat er een vervolg nodig is.",
    ),
)

# K5 breedte_beleid
BREEDTE_BELEID: tuple[Option, ...] = (
    Option(
        "breed",
        "Breed beleid",
        "Steun in alle vormen, voor alle mantelzorgers. De gemeente versterkt het hele veld.",
    ),
    Option(
        "smal",
        "Smal (gericht) beleid",
        "Extra aandacht voor een paar groepen of soorten steun, bijvoorbeeld groepen met veel risico.",
    ),
    Option(
        "gemengd",
        "Brede basis met gerichte accenten",
        "Een basisaanbod voor iedereen, met extra's voor een paar groepen. "
        "Dit komt in de praktijk vaak voor.",
    ),
)

# K6 sturing
STURING: tuple[Option, ...] = (
    Option(
        "dirigent",
        "Dirigent",
        "De gemeente voelt zich sterk verantwoordelijk. Zij stuurt zelf, stelt eisen en volgt alles van dichtbij.",
    ),
    Option(
        "regisseur_op_afstand",
        "Regisseur op afstand",
        "De gemeente houdt zich wat terug. Zij zorgt voor goede voorwaarden "
        "en laat de invulling aan partners en mantelzorgers.",
    ),
    Option(
        "tussenvorm",
        "Tussenvorm",
        "Op sommige onderwerpen stuurt de gemeente zelf, op andere laat zij het aan anderen.",
    ),
)

# K7 typetest_kwadrant (derived from K5 x K6)
TYPETEST_KWADRANTEN: tuple[Option, ...] = (
    Option(
        "brede_dirigent",
        "Brede dirigent",
        "Een breed aanbod waar de gemeente zelf actief op stuurt, "
        "bijvoorbeeld met veel afspraken in contracten en eigen metingen.",
    ),
    Option(
        "brede_regisseur",
        "Brede regisseur",
        "Een breed aanbod dat vooral door partners wordt gedragen. "
        "De gemeente helpt en brengt partijen bij elkaar.",
    ),
    Option(
        "gerichte_dirigent",
        "Gerichte dirigent",
        "Een paar groepen of thema's krijgen voorrang. De gemeente stuurt daar strak op.",
    ),
    Option(
        "gerichte_regisseur",
        "Gerichte regisseur",
        "Een paar groepen of thema's krijgen voorrang. Partners krijgen ruimte om die zelf in te vullen.",
    ),
)

# --- Stap 2 -----------------------------------------------------------------

LADDER_VARIANTEN: tuple[Option, ...] = (
    Option(
        "vijf_treden",
        "Vijf treden",
        "De ladder loopt van informeren tot en met meebeslissen.",
    ),
    Option(
        "zes_treden",
        "Zes treden (met zelfbeheer)",
        "De ladder heeft ook een zesde trede: mantelzorgers regelen en beheren zelf iets.",
    ),
)

# K8 comfort
COMFORT: tuple[Option, ...] = (
    Option(
        "comfortabel",
        "Comfortabel",
        "Dit doen we vaak. We weten dat we het kunnen waarmaken.",
    ),
    Option(
        "twijfel",
        "Twijfel / onder voorwaarden",
        "Dit kan, maar alleen als we eerst een paar dingen goed regelen.",
    ),
    Option(
        "buiten_comfortzone",
        "Buiten comfortzone",
        "Nu niet, of alleen met een speciale opdracht van het bestuur.",
    ),
)

# K9 actor
ACTOREN: tuple[Option, ...] = (
    Option("beleidsmedewerker", "Beleidsmedewerker / ambtelijk team"),
    Option("management", "Afdelingsmanagement"),
    Option("wethouder", "Wethouder (portefeuillehouder)"),
    Option("college", "College van B&W"),
    Option("gemeenteraad", "Gemeenteraad"),
    Option("uitvoeringspartners", "Uitvoeringspartners (steunpunt, welzijn)"),
)

# --- Stap 3 -----------------------------------------------------------------

# K11 doel_betrekken
DOEL_BETREKKEN: tuple[Option, ...] = (
    Option(
        "ervaringskennis",
        "Ervaringskennis benutten",
        "Mantelzorgers weten uit ervaring wat in het dagelijks leven werkt.",
    ),
    Option(
        "aansluiting_aanbod",
        "Aanbod beter laten aansluiten",
        "De steun past dan beter bij wat mantelzorgers echt nodig hebben.",
    ),
    Option(
        "draagvlak",
        "Draagvlak vergroten",
        "Mantelzorgers herkennen zich in het beleid en staan erachter.",
    ),
    Option(
        "erkenning",
        "Erkenning geven",
        "Als u mantelzorgers om hun mening vraagt, laat u zien dat u hen waardeert.",
    ),
    Option(
        "verborgen_in_beeld",
        "Verborgen mantelzorgers in beeld krijgen",
        "Door mensen te laten meedoen, vindt u ook mantelzorgers die nog niet bekend zijn.",
    ),
    Option(
        "legitimiteit",
        "Legitimiteit en wettelijke plicht",
        "De Wmo vraagt de gemeente om inwoners bij het beleid te betrekken.",
    ),
    Option(
        "netwerk_versterken",
        "Netwerk rond mantelzorgers versterken",
        "Deelnemers leren elkaar en organisaties kennen.",
    ),
    Option(
        "eigen_kracht",
        "Eigen kracht en regie versterken",
        "Meedoen geeft mantelzorgers meer stem en meer grip.",
    ),
)

# K12 vorm_betrokkenheid
VORM_BETROKKENHEID: tuple[Option, ...] = (
    Option("direct", "Direct", "Mantelzorgers doen zelf mee."),
    Option(
        "indirect",
        "Via vertegenwoordigers",
        "Mantelzorgers doen mee via de adviesraad, het steunpunt of belangenorganisaties.",
    ),
    Option(
        "beide",
        "Beide",
        "Een combinatie van zelf meedoen en vertegenwoordigers. Dit raden we aan.",
    ),
)

# K13 rol_deelnemers
ROL_DEELNEMERS: tuple[Option, ...] = (
    Option(
        "ervaringsdeskundige",
        "Ervaringsdeskundige",
        "Iemand die heeft geleerd om bewust over de eigen ervaring na te denken en daarover te vertellen.",
    ),
    Option(
        "individuele_inwoner",
        "Individuele mantelzorger",
        "Iemand die vertelt over de eigen situatie.",
    ),
    Option(
        "vertegenwoordiger",
        "Vertegenwoordiger van een groep",
        "Iemand die spreekt namens een groep, bijvoorbeeld een Alzheimer café of een migrantenorganisatie.",
    ),
    Option(
        "co_onderzoeker",
        "Co-onderzoeker",
        "Iemand die helpt om informatie te verzamelen bij andere mantelzorgers.",
    ),
    Option(
        "ambassadeur",
        "Ambassadeur",
        "Iemand die helpt om anderen te vinden en het verhaal te vertellen.",
    ),
)

# K14 rol_adviesraad
ROL_ADVIESRAAD: tuple[Option, ...] = (
    Option(
        "formeel_advies",
        "Formeel (gevraagd) advies op het concept",
        "De bekende rol: de adviesraad geeft aan het eind advies op het concept.",
    ),
    Option(
        "vanaf_start",
        "Vanaf de start betrokken (meedenken in alle fasen)",
        "Leden denken vanaf het begin mee, bijvoorbeeld in de klankbordgroep of het kernteam.",
    ),
    Option(
        "mede_organisator",
        "Mede-organisator van de participatie",
        "De adviesraad helpt deelnemers te vinden en bijeenkomsten te houden.",
    ),
    Option(
        "ongevraagd",
        "Alleen ongevraagd advies",
        "De adviesraad doet niet actief mee, maar kan zelf advies geven.",
    ),
    Option(
        "geen",
        "Niet betrokken",
        "De adviesraad heeft geen rol in dit traject.",
    ),
)

# K15 procesbegeleiding
PROCESBEGELEIDING: tuple[Option, ...] = (
    Option("intern", "Zelf (beleidsmedewerker)"),
    Option("intern_collega", "Collega participatie/communicatie"),
    Option("steunpunt", "Steunpunt mantelzorg / welzijnsorganisatie"),
    Option("extern_bureau", "Extern bureau / onafhankelijke procesbegeleider"),
    Option("adviesraad", "Adviesraad sociaal domein"),
    Option("geen", "Nog niet geregeld"),
)

# K16 faciliteiten_deelnemers
FACILITEITEN: tuple[Option, ...] = (
    Option(
        "vervangende_zorg",
        "Vervangende zorg tijdens deelname",
        "Iemand anders neemt de zorg even over, zodat de mantelzorger kan komen.",
    ),
    Option("reiskosten", "Reiskostenvergoeding"),
    Option("vergoeding", "Vrijwilligers-/deelnamevergoeding of attentie"),
    Option("toegankelijke_locatie", "Toegankelijke locatie dichtbij"),
    Option("flexibele_tijden", "Avond-/weekendtijden en korte sessies"),
    Option("online", "Online deelname mogelijk"),
    Option("tolk", "Tolk of vertaling / eenvoudige taal"),
    Option("kinderopvang", "Kinderopvang"),
    Option("thuisbezoek", "Gesprek aan huis mogelijk"),
    Option("vervoer", "Vervoer geregeld"),
)

# --- Stap 5 -----------------------------------------------------------------

# K17 combinatieprincipes
COMBINATIEPRINCIPES: tuple[Option, ...] = (
    Option(
        "breed_en_diep",
        "Breed én diep",
        "Een vragenlijst of panel geeft cijfers. Gesprekken of focusgroepen laten de verhalen achter die cijfers zien.",
    ),
    Option(
        "direct_en_vertegenwoordigd",
        "Direct én via vertegenwoordigers",
        "Mantelzorgers doen zelf mee, en ook de adviesraad en organisaties denken mee.",
    ),
    Option(
        "online_en_fysiek",
        "Online én fysiek",
        "U gebruikt allebei. Zo valt niemand af omdat een vorm niet past.",
        "Beide vormen worden gebruikt. Zo valt niemand af omdat een vorm niet past.",
    ),
    Option(
        "continu_en_eenmalig",
        "Doorlopend én eenmalig",
        "Een vast panel of een vaste klankbordgroep, en daarnaast losse bijeenkomsten.",
    ),
    Option(
        "outreach",
        "Outreachend",
        "Minstens één werkvorm gaat naar de mensen toe: thuis, op school of in een gebedshuis.",
    ),
    Option(
        "trechter",
        "Trechter",
        "Eerst vraagt u veel mensen iets. Daarna gaan kleinere groepen met de uitkomsten verder.",
        "Eerst krijgen veel mensen een vraag. Daarna gaan kleinere groepen met de uitkomsten verder.",
    ),
    Option(
        "validatie",
        "Terugtoetsen",
        "Deelnemers kijken of de uitkomsten kloppen, voordat die in het plan komen.",
    ),
    Option(
        "hergebruik",
        "Aansluiten bij bestaande structuren",
        "U gebruikt cafés, panels en bijeenkomsten die er al zijn, in plaats van iets nieuws.",
        "Cafés, panels en bijeenkomsten die er al zijn, worden gebruikt in plaats van iets nieuws.",
    ),
)

# --- Stap 6 -----------------------------------------------------------------

# K18 wervingsaanpak
WERVINGSAANPAK: tuple[Option, ...] = (
    Option(
        "persoonlijke_uitnodiging_professional",
        "Persoonlijke uitnodiging via vertrouwde professional",
        "Een huisarts, consulent of mentor geeft de uitnodiging zelf aan de mantelzorger.",
    ),
    Option(
        "warme_overdracht",
        "Warme overdracht",
        "Een professional stelt de mantelzorger persoonlijk voor aan de organisator.",
    ),
    Option(
        "sleutelfiguur",
        "Via sleutelfiguur uit de gemeenschap",
        "Iemand die mensen in de gemeenschap kennen en vertrouwen, nodigt hen uit.",
    ),
    Option(
        "aanhaken_bijeenkomst",
        "Aanhaken bij bestaande bijeenkomst",
        "U gaat langs bij een café, een lotgenotengroep of een vereniging.",
    ),
    Option(
        "flyer_poster",
        "Flyer/poster op de vindplaats",
        "Bijvoorbeeld in de wachtkamer, de apotheek of op school.",
    ),
    Option(
        "social_media",
        "Social media / online advertentie",
        "Berichten die u online richt op mensen in uw gemeente.",
    ),
    Option("lokale_media", "Artikel of advertentie in lokale media"),
    Option("nieuwsbrief_partner", "Nieuwsbrief van partnerorganisatie"),
    Option(
        "sneeuwbal",
        "Sneeuwbal",
        "Deelnemers nodigen andere mensen uit die zij kennen.",
    ),
    Option("werkgeversnetwerk", "Via werkgevers / intranet"),
    Option("school_ouderbrief", "Via school (ouderbrief, mentorles)"),
    Option("panel_selectie", "Selectie uit bestaand (burger)panel"),
    Option("straat_outreach", "Op straat / outreachend aanspreken"),
)

WERVING_STATUS: tuple[Option, ...] = (
    Option("gepland", "Gepland"),
    Option("loopt", "Loopt"),
    Option("afgerond", "Afgerond"),
    Option("vertraagd", "Vertraagd"),
)

BESTAANDE_RELATIE: tuple[Option, ...] = (
    Option("ja", "Ja, goed contact"),
    Option("beperkt", "Beperkt"),
    Option("nee", "Nog geen contact"),
)

# --- Stap 7 -----------------------------------------------------------------

# K19 opdracht_type
OPDRACHT_TYPES: tuple[Option, ...] = (
    Option("raadsopdracht", "Opdracht van de gemeenteraad (motie, raadsbesluit)"),
    Option("collegebesluit", "Collegebesluit / bestuursopdracht"),
    Option("coalitieakkoord", "Afspraak in coalitieakkoord / programmabegroting"),
    Option("ambtelijke_opdracht", "Ambtelijke opdracht (management)"),
    Option("eigen_initiatief", "Eigen initiatief, nog geen formele opdracht"),
)

# K20 beleidsterrein
BELEIDSTERREINEN: tuple[Option, ...] = (
    Option("wmo_zorg", "Wmo / zorg"),
    Option("welzijn", "Welzijn / sociale basis"),
    Option("jeugd", "Jeugd / onderwijs"),
    Option("werk_inkomen", "Werk en inkomen"),
    Option("wonen", "Wonen / ruimtelijke ordening"),
    Option("communicatie", "Communicatie"),
    Option("participatie", "Participatie / burgerinitiatieven"),
    Option("gezondheid", "Publieke gezondheid"),
    Option("financien", "Financiën"),
    Option("inkoop", "Inkoop / contractmanagement"),
)

# 7.3 budget_vastgelegd
BUDGET_VASTGELEGD: tuple[Option, ...] = (
    Option("ja_begroting", "Ja, in de begroting"),
    Option("ja_incidenteel", "Ja, incidenteel"),
    Option("aangevraagd", "Aangevraagd"),
    Option("nee", "Nee"),
)

HOUDING: tuple[Option, ...] = (
    Option("voorstander", "Voorstander"),
    Option("neutraal", "Neutraal"),
    Option("kritisch", "Kritisch"),
    Option("onbekend", "Onbekend"),
)

# K21 strategie (derived from belang x invloed)
STRATEGIEEN: tuple[Option, ...] = (
    Option(
        "nauw_betrekken",
        "Nauw betrekken (sleutelspeler)",
        "Veel belang en veel invloed. Werk nauw samen en overleg vaak.",
    ),
    Option(
        "tevreden_houden",
        "Tevreden houden / actief informeren",
        "Weinig belang, maar wel veel invloed. Houd deze partij goed en op tijd op de hoogte.",
    ),
    Option(
        "betrokken_houden",
        "Betrokken houden en versterken",
        "Veel belang, maar weinig invloed. Betrek deze partij en help haar stem sterker te maken.",
    ),
    Option(
        "monitoren",
        "Op de hoogte houden",
        "Weinig belang en weinig invloed. Houd deze partij af en toe op de hoogte.",
    ),
)

ACTIE_STATUS: tuple[Option, ...] = (
    Option("gepland", "Gepland"),
    Option("loopt", "Loopt"),
    Option("afgerond", "Afgerond"),
    Option("vertraagd", "Vertraagd"),
    Option("gestopt", "Gestopt"),
)

COMMUNICATIE_TYPES: tuple[Option, ...] = (
    Option("aankondiging", "Aankondiging/uitnodiging"),
    Option("tussenstand", "Tussenstand"),
    Option("terugkoppeling", "Terugkoppeling aan deelnemers"),
    Option("besluit", "Communicatie over besluit"),
    Option("resultaat", "Zichtbaar resultaat / quick win"),
)

COMMUNICATIE_MIDDELEN: tuple[Option, ...] = (
    Option("persoonlijke_brief_mail", "Persoonlijke brief/e-mail"),
    Option("terugkombijeenkomst", "Terugkombijeenkomst"),
    Option("nieuwsbrief", "Nieuwsbrief"),
    Option("website", "Website/social media"),
    Option("lokale_krant", "Lokale krant"),
    Option("raadsinformatiebrief", "Raadsinformatiebrief"),
    Option("via_partner", "Via partnerorganisatie"),
    Option("dag_van_de_mantelzorg", "Tijdens Dag van de Mantelzorg"),
)

# inbreng_log.besluit
BESLUITEN: tuple[Option, ...] = (
    Option("overgenomen", "Overgenomen"),
    Option("deels", "Deels overgenomen"),
    Option("niet", "Niet overgenomen"),
    Option("later", "Later/in onderzoek"),
)

# 4.3 beslismomenten.orgaan
ORGANEN: tuple[Option, ...] = (
    Option("college", "College van B&W"),
    Option("raad", "Gemeenteraad"),
    Option("raadscommissie", "Raadscommissie"),
    Option("adviesraad", "Adviesraad sociaal domein"),
)

# --- Stap 8 -----------------------------------------------------------------

# K22 evaluatievorm
EVALUATIEVORMEN: tuple[Option, ...] = (
    Option("zelfevaluatie", "Zelfevaluatie door projectteam"),
    Option("met_deelnemers", "Evaluatie met deelnemers (mantelzorgers)"),
    Option("adviesraad", "Evaluatie door/met adviesraad"),
    Option("extern", "Extern onderzoek / kennispartij"),
    Option("monitor", "Aansluiten bij bestaande monitor (GGD, cliëntervaringsonderzoek)"),
    Option("raad", "Verantwoording aan de gemeenteraad"),
)

# 8.2 evaluatiemomenten.type
EVALUATIEMOMENT_TYPES: tuple[Option, ...] = (
    Option("tussentijds", "Tussentijds"),
    Option("eind_proces", "Einde participatietraject"),
    Option("jaarlijks", "Jaarlijkse monitor"),
    Option("eind_beleidsperiode", "Einde beleidsperiode"),
)

# 8.5 tevredenheid_meting
TEVREDENHEID_METING: tuple[Option, ...] = (
    Option("korte_enquete", "Korte vragenlijst na elke bijeenkomst"),
    Option("evaluatiegesprek", "Evaluatiegesprek met (een deel van) de deelnemers"),
    Option("beide", "Beide"),
    Option("niet", "Niet"),
)

# 8.4 indicatoren.soort
INDICATOR_SOORTEN: tuple[Option, ...] = (
    Option(
        "proces",
        "Procesindicator",
        "Zegt iets over hoe het participatietraject zelf verloopt.",
    ),
    Option(
        "output",
        "Output",
        "Telt wat er is gedaan of gemaakt, bijvoorbeeld het aantal afspraken.",
    ),
    Option(
        "effect",
        "Effect/outcome",
        "Laat zien wat er voor mantelzorgers echt is veranderd.",
    ),
)

# 8.4 indicatoren.bron: K1 without "anders", plus own registration
INDICATOR_BRONNEN: tuple[Option, ...] = tuple(
    option for option in BRONNEN_CIJFERS if option.code != "anders"
) + (
    Option(
        "registratie_participatie",
        "Eigen registratie participatie",
        "Wat u zelf bijhoudt over het traject, zoals aantallen deelnemers en reacties.",
    ),
)

# K24 scenario
SCENARIOS: tuple[Option, ...] = (
    Option(
        "continueren",
        "Voortzetten zoals het is",
        "Het proces en de resultaten zijn goed. We blijven werken zoals nu.",
        "Het proces en de resultaten zijn goed. De gemeente blijft werken zoals nu.",
    ),
    Option(
        "bijstellen",
        "Bijstellen en voortzetten",
        "De ambitie blijft gelijk. We passen werkvormen, groepen of planning aan.",
        "De ambitie blijft gelijk. De gemeente past werkvormen, groepen of planning aan.",
    ),
    Option(
        "trede_omhoog",
        "Meer invloed geven (trede omhoog)",
        "De voorwaarden zijn op orde. Mantelzorgers krijgen meer invloed, "
        "bijvoorbeeld coproduceren in plaats van adviseren.",
    ),
    Option(
        "verbreden",
        "Verbreden",
        "Mantelzorgers doen in meer fasen mee, of we verbinden het met andere terreinen "
        "zoals wonen, werk en jeugd.",
        "Mantelzorgers doen in meer fasen mee, of de gemeente verbindt het met andere terreinen "
        "zoals wonen, werk en jeugd.",
    ),
    Option(
        "verankeren",
        "Structureel verankeren",
        "Meedoen wordt vast onderdeel van het beleid, bijvoorbeeld met een vast panel "
        "en afspraken met de adviesraad.",
    ),
    Option(
        "overdragen",
        "Overdragen",
        "Het steunpunt, de adviesraad of mantelzorgers zelf nemen (een deel van) het werk over.",
    ),
    Option(
        "trede_omlaag",
        "Terugschalen (trede omlaag)",
        "De ambitie was te hoog voor de tijd, het geld of het vertrouwen van nu. "
        "We bouwen eerst de voorwaarden op.",
        "De ambitie was te hoog voor de tijd, het geld of het vertrouwen van nu. "
        "De gemeente bouwt eerst de voorwaarden op.",
    ),
    Option(
        "afronden",
        "Afronden / stoppen",
        "Het doel is bereikt of niet meer nodig. We sluiten netjes af en laten deelnemers weten hoe het ging.",
        "Het doel is bereikt of niet meer nodig. De gemeente sluit netjes af en laat deelnemers weten hoe "
        "het ging.",
    ),
)

# K23 default process questions (pre-filled rows of 8.3)
PROCESVRAGEN: tuple[str, ...] = (
    "Hebben we alle kennis gebruikt: de ervaring van mantelzorgers, de kennis van professionals en de cijfers die er zijn?",
    "Konden we de doelen en maatregelen waarmaken met de tijd, het geld en de mensen die we hadden? Waren ze realistisch?",
    "Hebben we de groepen mantelzorgers bereikt die we wilden bereiken, ook de groepen die lastig te vinden zijn?",
    "Hoe tevreden zijn de deelnemers over de manier waarop wij hen hebben betrokken?",
    "Wat hebben we met de inbreng gedaan? En hebben we dat aan de deelnemers laten weten?",
    "Hadden deelnemers echt zoveel invloed als we hadden beloofd (de gekozen trede)?",
    "Waren de voorwaarden uit stap 3 goed genoeg geregeld? Welke niet?",
    "Was de opbrengst de moeite, de tijd en het geld waard?",
    "Steunen bestuur, raad en partners de aanpak nu meer dan eerst?",
    "Wat merken mantelzorgers in hun dagelijks leven van het nieuwe beleid?",
)

# --- Gedeelde lijsten (2.3 – 2.5) ----------------------------------------------

# 2.3 Vier V's
V_GEBIEDEN: tuple[Option, ...] = (
    Option(
        "vinden",
        "Vinden",
        "Mantelzorgers op tijd zien en bereiken, ook als ze zichzelf geen mantelzorger noemen. "
        "Liefst voordat de zorg te zwaar wordt.",
    ),
    Option(
        "versterken",
        "Versterken",
        "Mantelzorgers sterker maken: meer kennis, meer vaardigheden en meer grip op hun situatie.",
    ),
    Option(
        "verlichten",
        "Verlichten",
        "De zorg lichter maken, bijvoorbeeld met respijtzorg, praktische hulp of afspraken op het werk.",
    ),
    Option(
        "verbinden",
        "Verbinden",
        "Mantelzorgers en professionals laten samenwerken, en het netwerk rond de mantelzorger versterken.",
    ),
)

# 2.3 vraaggebieden (optional goal tags)
VRAAGGEBIEDEN: tuple[Option, ...] = (
    Option("informatie", "Informatie"),
    Option("advies", "Advies en begeleiding"),
    Option("emotionele_steun", "Emotionele steun"),
    Option("educatie", "Educatie/training"),
    Option("praktische_hulp", "Praktische hulp"),
    Option("respijtzorg", "Respijtzorg"),
    Option("financieel_materieel", "Financiële en materiële hulp"),
    Option("waardering", "Erkenning en waardering"),
)

# 2.4 SOFA-rollen
SOFA_ROLLEN: tuple[Option, ...] = (
    Option(
        "samenwerken",
        "Collega / partner in de zorg",
        "De mantelzorger zorgt samen met professionals. Werken zij echt met hem of haar samen?",
    ),
    Option(
        "ondersteunen",
        "Cliënt / hulpvrager",
        "De mantelzorger kan zelf steun nodig hebben als de zorg zwaar wordt. Is die steun er op tijd?",
    ),
    Option(
        "faciliteren",
        "Naaste",
        "De mantelzorger is partner, kind of vriend. Is er ook tijd voor die band, en niet alleen voor taken?",
    ),
    Option(
        "afstemmen",
        "Expert",
        "De mantelzorger kent de zorgvrager het best. Gebruiken we die kennis, in de zorg en in het beleid?",
    ),
)

# 2.5 Gemeentelijke rollen
GEMEENTE_ROLLEN: tuple[Option, ...] = (
    Option(
        "opdrachtgever",
        "Opdrachtgever",
        "De gemeente koopt in of geeft subsidie, bijvoorbeeld aan het steunpunt of voor respijtzorg.",
    ),
    Option(
        "regisseur",
        "Regisseur",
        "De gemeente weet wat er nodig is en wat er is. Zij brengt partijen samen en stuurt bij.",
    ),
    Option(
        "uitvoerder",
        "Uitvoerder",
        "De gemeente doet het zelf, bijvoorbeeld via het wijkteam of de mantelzorgwaardering.",
    ),
)

# risicos.kans / risicos.impact (scale 1–3)
KANS_IMPACT: tuple[Option, ...] = (
    Option("1", "Klein"),
    Option("2", "Middel"),
    Option("3", "Groot"),
)
